"""Load test, step 2: learners doing what our lesson pages let them do (run by tests/load/run.py).

Each Locust user is one prepared learner (tests/load/prepare.py) who logs in through the allauth form
(CSRF token from the page) from a loopback address of their own (127.0.1.N: learners do not share one
address, so the per-address login limit applies to each as in production), then works in the course in
their language. Every write is the one the page makes, read from the page's HTML as the browser reads
it: the "Mark as complete" form, the quiz form with its CSRF token and submission id, the reflection's
autosave (``X-Requested-With: fetch``), and for H5P the signed frame URL, the frame's activity IRI,
the state's ETag (If-Match / If-None-Match, as lms/static/js/h5p.js does) and a statement id per
statement. After each form POST the browser follows the redirect, so the page is loaded again.

A share of learners (LOAD_COMPLETERS) first walk their course to the end (every lesson, then skipping
the final check), so that the certificate is issued and the db_worker renders its PDF under load.
A share of writes (LOAD_RETRY_SHARE) is sent twice, identically, as a weak connection would.

Every acknowledged write is appended to LOAD_WRITES (JSON lines) for tests/load/verify.py. Statistics
are reset once every learner has logged in: the report measures the learners' mix, and the logins
(one password hash each) are reported apart (LOAD_LOGINS).
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import os
import random
import re
import time
import uuid
from datetime import UTC, datetime

import urllib3
from locust import HttpUser, between, events, task
from locust.clients import LocustHttpAdapter

urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)  # the stack's certificate is self-signed

with open(os.environ["LOAD_PLAN"], encoding="utf-8") as plan_file:
    PLAN = json.load(plan_file)
WRITES_PATH = os.environ["LOAD_WRITES"]
LOGINS_PATH = os.environ.get("LOAD_LOGINS", WRITES_PATH + ".logins")
COMPLETERS = float(os.environ.get("LOAD_COMPLETERS", "0.2"))
RETRY_SHARE = float(os.environ.get("LOAD_RETRY_SHARE", "0.1"))
WAIT_MIN, WAIT_MAX = (float(value) for value in os.environ.get("LOAD_WAIT", "0.5,1.5").split(","))

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
QUIZ_FORM = re.compile(r'<form method="post" action="([^"]*/quizzes/([^/"]+)/)" class="quiz__form">(.*?)</form>', re.S)
SUBMISSION = re.compile(r'name="submission_id" value="([^"]+)"')
COMPLETE_FORM = re.compile(r'action="([^"]*/learn/lessons/\d+/complete/)"')
REFLECTION_FORM = re.compile(r'action="([^"]*/reflections/([^/"]+)/)" data-autosave')
SKIP_FINAL_FORM = re.compile(r'action="([^"]*/skip-final/)"')
FINAL_CHECK_LINK = re.compile(r'href="([^"]*/learn/evidence/\d+/check/post/)"')
H5P_SECTION = re.compile(r'<section class="h5p-activity" id="activity-([^"]+)"[^>]*data-h5p-activity[^>]*>')
ATTRIBUTE = re.compile(r'data-([a-z-]+)="([^"]*)"')
FRAME_CONFIG = re.compile(r'<script id="h5p-config" type="application/json">(.*?)</script>', re.S)

_accounts = itertools.count()
_logged_in = 0
_write_log = None


def _log_write(**entry) -> None:
    global _write_log
    if _write_log is None:
        _write_log = open(WRITES_PATH, "a", encoding="utf-8")  # noqa: SIM115 (kept open for the whole run)
    _write_log.write(json.dumps(entry) + "\n")
    _write_log.flush()


def state_etag(data: str) -> str:
    """What the server's ETag for a state is (courses.h5p.services.state_etag): checked on every save."""
    return f'"{hashlib.sha256(data.encode()).hexdigest()}"'


class SourceAddressAdapter(LocustHttpAdapter):
    """Connections from one loopback address: each learner comes from an address of their own."""

    def __init__(self, source: str):
        self.source = source
        super().__init__(pool_manager=None)

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.source, 0)
        super().init_poolmanager(*args, **kwargs)


class Learner(HttpUser):
    wait_time = between(WAIT_MIN, WAIT_MAX)

    def on_start(self) -> None:
        number = next(_accounts)
        if number >= len(PLAN["users"]):
            raise RuntimeError(f"Only {len(PLAN['users'])} learners were prepared; run prepare with more.")
        account = PLAN["users"][number]
        self.email, self.language = account["email"], account["language"]
        self.client.verify = False
        adapter = SourceAddressAdapter(f"127.0.{1 + number // 250}.{1 + number % 250}")
        self.client.mount("https://", adapter)
        self.client.mount("http://", adapter)
        self.course = next(course for course in PLAN["courses"] if course["awards"])
        self.pages = self.course["pages"].get(self.language) or next(iter(self.course["pages"].values()))
        self.lessons = self.pages["lessons"]
        self.journey: list = []
        if number < round(COMPLETERS * len(PLAN["users"])):
            self.journey = [*self.lessons, "finish"]
        self._log_in()

    # Requests

    def _headers(self, referer: str = "", **extra) -> dict:
        headers = {"Origin": self.host, "Referer": self.host + (referer or "/")}
        headers.update(extra)
        return headers

    def _get(self, url: str, name: str, **kwargs):
        with self.client.get(url, name=name, catch_response=True, **kwargs) as response:
            if response.status_code != 200:
                response.failure(f"{response.status_code}")
            return response

    def _post(self, url: str, name: str, *, expect, referer: str, check=None, retry: bool = True, **kwargs):
        """POST once, or twice when it is one of the retried writes; True when every send was acknowledged."""
        sends = 2 if retry and random.random() < RETRY_SHARE else 1
        headers = self._headers(referer, **kwargs.pop("headers", {}))
        acknowledged = True
        for attempt in range(sends):
            label = name if attempt == 0 else f"{name} (retry)"
            with self.client.post(
                url,
                name=label,
                catch_response=True,
                allow_redirects=False,
                headers=headers,
                **kwargs,
            ) as response:
                problem = None
                if response.status_code not in expect:
                    problem = f"{response.status_code} {response.text[:120]!r}"
                elif check is not None:
                    problem = check(response)
                if problem:
                    response.failure(problem)
                    acknowledged = False
                self.last_response = response
        return acknowledged

    def _follow(self, response, name: str = "lesson view") -> None:
        location = response.headers.get("Location", "")
        if location:
            self._get(location.split("#")[0], name)

    def _log_in(self) -> None:
        global _logged_in
        started = time.monotonic()
        page = self._get(PLAN["login_url"], "login page")
        token = CSRF.search(page.text or "")
        data = {
            "login": self.email,
            "password": PLAN["password"],
            "csrfmiddlewaretoken": token.group(1) if token else "",
        }
        ok = self._post(
            PLAN["login_url"],
            "login",
            expect=(302,),
            referer=PLAN["login_url"],
            retry=False,
            data=data,
            check=lambda response: None if "sessionid" in self.client.cookies else "no session cookie",
        )
        with open(LOGINS_PATH, "a", encoding="utf-8") as log:
            log.write(json.dumps({"user": self.email, "ok": ok, "seconds": time.monotonic() - started}) + "\n")
        _logged_in += 1
        if _logged_in == self.environment.runner.target_user_count:
            # Everyone is in: from here on the statistics are the learners' mix only.
            self.environment.stats.reset_all()
            self.environment.measure_started = time.time()

    # What a learner does

    @task
    def next_action(self) -> None:
        if self.journey:
            step = self.journey.pop(0)
            if step == "finish":
                self.finish_course()
            else:
                self.pass_lesson(step)
            return
        action = random.choices(
            [self.read_lesson, self.answer_quiz, self.do_h5p, self.mark_complete, self.dashboard, self.course_page],
            weights=[4, 2, 2, 1, 1, 1],
        )[0]
        action()

    def _lesson_with(self, what: str) -> dict:
        lessons = [lesson for lesson in self.lessons if lesson[what]] or self.lessons
        return random.choice(lessons)

    def view(self, lesson: dict):
        return self._get(lesson["url"], "lesson view")

    def read_lesson(self) -> None:
        lesson = random.choice(self.lessons)
        page = self.view(lesson)
        if lesson["reflections"] and random.random() < 0.5:
            self.save_reflection(lesson, page.text or "")

    def answer_quiz(self) -> None:
        lesson = self._lesson_with("quizzes")
        page = self.view(lesson)
        self.submit_quizzes(lesson, page.text or "", right=random.random() < 0.6)

    def do_h5p(self) -> None:
        lesson = self._lesson_with("h5p")
        page = self.view(lesson)
        self.play_h5p(lesson, page.text or "", passing=random.random() < 0.5)

    def mark_complete(self) -> None:
        lesson = self._lesson_with("button")
        page = self.view(lesson)
        self.press_complete(lesson, page.text or "")

    def dashboard(self) -> None:
        self._get(PLAN["urls"][self.language]["dashboard"], "dashboard")

    def course_page(self) -> None:
        self._get(self.pages["url"], "course page")

    def pass_lesson(self, lesson: dict) -> None:
        """A completer's lesson: pass what it requires (or press the button)."""
        page = self.view(lesson).text or ""
        if lesson["h5p"]:
            self.play_h5p(lesson, page, passing=True)
        if lesson["quizzes"]:
            self.submit_quizzes(lesson, page, right=True)
        if lesson["button"]:
            self.press_complete(lesson, page)

    def finish_course(self) -> None:
        """Every lesson done: the course page links to the final check, whose page offers to skip it."""
        course_page = self._get(self.pages["url"], "course page").text or ""
        link = FINAL_CHECK_LINK.search(course_page)
        if not link:
            self._report_failure("final check page", "the course page does not link to the final check")
            return
        check_url = html.unescape(link.group(1))
        page = self._get(check_url, "final check page").text or ""
        form = SKIP_FINAL_FORM.search(page)
        if not form:
            self._report_failure("skip final check", "the final check page offers no way to skip it")
            return
        if self._post(
            html.unescape(form.group(1)),
            "skip final check",
            expect=(302,),
            referer=check_url,
            data={"csrfmiddlewaretoken": self._csrf(page)},
        ):
            _log_write(kind="course", user=self.email, course=self.course["key"])
            self._follow(self.last_response, "course page")

    def _report_failure(self, name: str, message: str) -> None:
        self.environment.events.request.fire(
            request_type="POST", name=name, response_time=0, response_length=0, exception=Exception(message)
        )

    @staticmethod
    def _csrf(page: str) -> str:
        found = CSRF.search(page)
        return found.group(1) if found else ""

    # The page's own writes

    def press_complete(self, lesson: dict, page: str) -> None:
        form = COMPLETE_FORM.search(page)
        if not form:
            return  # already complete: the page shows no button
        if self._post(
            form.group(1),
            "mark complete",
            expect=(302,),
            referer=lesson["url"],
            data={"csrfmiddlewaretoken": self._csrf(page)},
        ):
            _log_write(kind="complete", user=self.email, lesson=lesson["key"])
            self._follow(self.last_response)

    def submit_quizzes(self, lesson: dict, page: str, *, right: bool) -> None:
        for action, quiz_id, form in QUIZ_FORM.findall(page):
            submission = SUBMISSION.search(form)
            quiz = lesson["quizzes"].get(quiz_id)
            if not submission or quiz is None:
                self._report_failure("quiz submit", "the quiz form has no submission id")
                continue
            data = {"csrfmiddlewaretoken": self._csrf(form), "submission_id": submission.group(1)}
            data.update(quiz["right" if right else "wrong"])
            anchor = f"#quiz-{quiz_id}"
            if self._post(
                html.unescape(action),
                "quiz submit",
                expect=(302,),
                referer=lesson["url"],
                data=data,
                # Redirected to the quiz: the attempt was kept (otherwise, to the lesson with a refusal).
                check=lambda response, anchor=anchor: (
                    None if response.headers.get("Location", "").endswith(anchor) else "attempt refused"
                ),
            ):
                _log_write(kind="quiz", user=self.email, id=submission.group(1), lesson=lesson["key"], passed=right)
                self._follow(self.last_response)

    def save_reflection(self, lesson: dict, page: str) -> None:
        form = REFLECTION_FORM.search(page)
        if not form:
            return
        text = f"Note {uuid.uuid4()}: what our city could try next."
        if self._post(
            html.unescape(form.group(1)),
            "reflection save",
            expect=(200,),
            referer=lesson["url"],
            data={"csrfmiddlewaretoken": self._csrf(page), "text": text},
            headers={"X-Requested-With": "fetch", "Accept": "application/json"},
        ):
            _log_write(kind="reflection", user=self.email, lesson=lesson["key"], block=form.group(2), text=text)

    def play_h5p(self, lesson: dict, page: str, *, passing: bool) -> None:
        for found in H5P_SECTION.finditer(page):
            block_id = found.group(1)
            data = {name: html.unescape(value) for name, value in ATTRIBUTE.findall(found.group(0))}
            block = lesson["h5p"].get(block_id, {"pass_mark": 100})
            frame = self._get(data["frame-url"], "h5p frame").text or ""
            config = FRAME_CONFIG.search(frame)
            if not config:
                self._report_failure("h5p frame", "the frame has no player configuration")
                continue
            config = json.loads(config.group(1))
            self._get(config["h5pJsonPath"] + "/h5p.json", "h5p content")
            state = self._get(data["state-url"], "h5p state read", headers={"Accept": "application/json"})
            etag = state.headers.get("ETag")
            iri = config["xAPIObjectIRI"]
            for _question in range(random.randint(1, 3)):
                self.send_statement(lesson, block_id, data, self._answered(iri, lesson))
            progress = json.dumps({"progress": random.randint(1, 9), "answers": [random.randint(0, 3)] * 3})
            self.save_state(lesson, block_id, data, progress, etag)
            score = random.randint(block["pass_mark"], 100) if passing else random.randint(0, block["pass_mark"] - 1)
            self.send_statement(lesson, block_id, data, self._completed(iri, score))

    def _answered(self, iri: str, lesson: dict) -> dict:
        return {
            "id": str(uuid.uuid4()),
            "actor": {"objectType": "Agent", "name": "browser"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/answered", "display": {"en-US": "answered"}},
            "object": {"id": f"{iri}?subContentId={uuid.uuid4()}", "objectType": "Activity"},
            "context": {"contextActivities": {"parent": [{"id": iri, "objectType": "Activity"}]}},
            "result": {"score": {"min": 0, "max": 1, "raw": random.randint(0, 1)}, "success": True},
            "timestamp": datetime.now(UTC).isoformat(),
        }

    def _completed(self, iri: str, score: int) -> dict:
        return {
            "id": str(uuid.uuid4()),
            "actor": {"objectType": "Agent", "name": "browser"},
            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed", "display": {"en-US": "completed"}},
            "object": {"id": iri, "objectType": "Activity"},
            "result": {"score": {"min": 0, "max": 100, "raw": score}, "completion": True},
            "timestamp": datetime.now(UTC).isoformat(),
        }

    def send_statement(self, lesson: dict, block_id: str, data: dict, statement: dict) -> None:
        if self._post(
            data["statements-url"],
            "h5p statement",
            expect=(200, 201),
            referer=lesson["url"],
            data=json.dumps(statement),
            headers={"Content-Type": "application/json", "Accept": "application/json", "X-CSRFToken": data["csrf"]},
        ):
            _log_write(kind="statement", user=self.email, id=statement["id"], lesson=lesson["key"], block=block_id)

    def save_state(self, lesson: dict, block_id: str, data: dict, state: str, etag: str | None) -> None:
        expected = state_etag(state)
        precondition = {"If-Match": etag} if etag else {"If-None-Match": "*"}
        if self._post(
            data["state-url"],
            "h5p state save",
            expect=(200,),
            referer=lesson["url"],
            data=json.dumps({"state": state}),
            headers={
                "Content-Type": "application/json",
                "Accept": "application/json",
                "X-CSRFToken": data["csrf"],
                **precondition,
            },
            check=lambda response: None if response.headers.get("ETag") == expected else "unexpected ETag",
        ):
            _log_write(kind="state", user=self.email, lesson=lesson["key"], block=block_id, etag=expected)


@events.quitting.add_listener
def _close_log(environment, **_kwargs) -> None:
    if _write_log is not None:
        _write_log.close()
    started = getattr(environment, "measure_started", None)
    with open(WRITES_PATH + ".meta", "w", encoding="utf-8") as meta:
        json.dump({"measure_started": started, "ended": time.time()}, meta)
