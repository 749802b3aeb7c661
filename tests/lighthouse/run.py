"""Lighthouse on the production stack (`make lighthouse`): the brief's mobile targets, page by page, in Arabic.

Every page a learner, a trainer and a programme manager open most is audited by Lighthouse (pinned in
tests/lighthouse/package.json) in its default mobile mode (a mid-range phone, slow 4G and a 4× slower CPU,
simulated) with the machine's Debian Chromium, against the stack that `make stack-up` starts (nginx, two
app servers, PostgreSQL, Redis). Anonymous pages are audited as a visitor; the others with the session of
a demo account, logged in through the login form (staff with their two-factor code), passed to Lighthouse
as a cookie header. Targets: performance ≥ 95 and accessibility 100 on every page.

    .venv/bin/python tests/lighthouse/run.py [--only learner]

Reports (JSON, one per page) go to .stack/lighthouse/; the table and the verdicts are printed. Exit status 1
when a page misses a target or cannot be audited.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import re
import ssl
import subprocess
import sys
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.load.run import loopback_only, stack_environment  # noqa: E402

LIGHTHOUSE = ROOT / "tests" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
REPORTS = ROOT / ".stack" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
TARGET_PERFORMANCE = 95
TARGET_ACCESSIBILITY = 100
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# Lighthouse sometimes loses the trace of a load on a busy machine (NO_NAVSTART, NO_FCP): audited again.
ATTEMPTS = 3


@dataclass(frozen=True)
class Page:
    role: str  # "visitor", or a demo account's role
    name: str
    path: str | None  # None: the demo has no such page (no H5P lesson, cohort or session); not audited


@dataclass(frozen=True)
class Result:
    page: Page
    performance: int | None
    accessibility: int | None
    metrics: str = ""
    failing: tuple[str, ...] = ()
    error: str = ""

    @property
    def met(self) -> bool:
        return (
            not self.error
            and self.performance is not None
            and self.performance >= TARGET_PERFORMANCE
            and self.accessibility is not None
            and self.accessibility >= TARGET_ACCESSIBILITY
        )


def _pages() -> list[Page]:
    """The pages to audit, read from the stack's database: the demo's first Arabic course, module, lessons (one
    with an H5P activity), and the trainer's first cohort and session."""
    import django

    django.setup()
    from django.urls import reverse
    from django.utils import translation

    from courses.cohorts.access import visible_cohorts
    from courses.convenings.models import Session
    from courses.models import CourseIndexPage, CoursePage, LessonPage, ModulePage
    from courses.progress.activities import H5P_BLOCK
    from lms.accounts.models import User

    with translation.override("ar"):
        catalogue = CourseIndexPage.objects.live().get(locale__language_code="ar")
        course = CoursePage.objects.live().child_of(catalogue).order_by("path").first()
        module = ModulePage.objects.live().child_of(course).order_by("path").first()
        lessons = LessonPage.objects.live().descendant_of(course).order_by("path")
        first_lesson = lessons.first()
        h5p_lesson = next(
            (lesson for lesson in lessons if any(block["type"] == H5P_BLOCK for block in lesson.body.raw_data)), None
        )
        trainer = User.objects.get(email="trainer@academy.example")
        cohort = visible_cohorts(trainer).order_by("pk").first()
        session = Session.objects.order_by("pk").first()
        pages = [
            Page("visitor", "home", "/ar/"),
            Page("visitor", "catalogue", catalogue.url),
            Page("visitor", "course", course.url),
            Page("visitor", "module", module.url),
            Page("visitor", "lesson", first_lesson.url),
            Page("visitor", "search", reverse("search") + "?q=" + urllib.parse.quote("الشباب")),
            Page("visitor", "login", reverse("account_login")),
            Page("learner", "my learning", reverse("my_learning")),
            Page("learner", "lesson", first_lesson.url),
            Page("learner", "lesson with H5P", h5p_lesson and h5p_lesson.url),
            Page("learner", "certificates", reverse("my_certificates")),
            Page("learner", "my city", reverse("my_city")),
            Page("learner", "my cohorts", reverse("my_cohorts")),
            Page("learner", "offline", reverse("offline_storage")),
            Page("trainer", "trainer dashboard", reverse("trainer_dashboard")),
            Page("trainer", "cohort matrix", cohort and reverse("trainer_cohort", args=[cohort.pk])),
            Page("trainer", "sessions", reverse("trainer_sessions")),
            Page("trainer", "attendance", session and reverse("session_attendance", args=[session.pk])),
            Page("trainer", "cities", reverse("trainer_cities")),
            Page("programme manager", "region", reverse("trainer_region")),
            Page("programme manager", "programme report", reverse("evidence_report")),
        ]
    return [page for page in pages if page.path]


def _opener():
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the stack's own self-signed certificate, on loopback only
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=context), urllib.request.HTTPCookieProcessor(jar)
    )
    return opener, jar


def _post_form(opener, host: str, path: str, fields: dict) -> None:
    page = opener.open(host + path).read().decode()
    token = CSRF.search(page)
    data = urllib.parse.urlencode({**fields, "csrfmiddlewaretoken": token.group(1) if token else ""}).encode()
    # host passed loopback_only: an https URL of this machine.
    request = urllib.request.Request(host + path, data=data, headers={"Referer": host + path, "Origin": host})  # noqa: S310
    opener.open(request).read()


def log_in(host: str, role: str) -> str:
    """The Cookie header of a demo account's session, logged in through the forms (staff: with the code)."""
    from home.demo.accounts import DEMO_ACCOUNTS, DEMO_TOTP_SECRET
    from tests.factories import totp_code

    account = next(account for account in DEMO_ACCOUNTS if account.role == role)
    opener, jar = _opener()
    _post_form(opener, host, "/accounts/login/", {"login": account.email, "password": account.password})
    if account.two_factor:
        _post_form(opener, host, "/accounts/2fa/authenticate/", {"code": totp_code(DEMO_TOTP_SECRET)})
    cookies = {cookie.name: cookie.value for cookie in jar}
    if "sessionid" not in cookies:
        raise SystemExit(f"could not log in as the demo {role} ({account.email}): is the demo loaded?")
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def audit(host: str, page: Page, cookie: str | None) -> Result:
    slug = re.sub(r"[^a-z0-9]+", "-", f"{page.role} {page.name}".lower()).strip("-")
    output = REPORTS / f"{slug}.json"
    headers = {"Accept-Language": "ar"}
    if cookie:
        headers["Cookie"] = cookie
    command = [
        str(LIGHTHOUSE),
        host + page.path,
        "--quiet",
        "--only-categories=performance,accessibility",
        "--chrome-flags=--headless=new --no-sandbox --ignore-certificate-errors",
        f"--extra-headers={json.dumps(headers)}",
        "--output=json",
        f"--output-path={output}",
    ]
    error = ""
    for _attempt in range(ATTEMPTS):
        done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
        if done.returncode == 0:
            break
        error = (done.stderr.strip().splitlines() or ["lighthouse failed"])[-1][:200]
    else:
        return Result(page, None, None, error=error)
    report = json.loads(output.read_text())
    final = (report.get("finalDisplayedUrl") or "").removeprefix(host)
    if final.split("?")[0] != page.path.split("?")[0]:
        return Result(page, None, None, error=f"redirected to {final}")
    categories = report["categories"]
    accessibility_audits = {ref["id"] for ref in categories["accessibility"]["auditRefs"] if ref["weight"] > 0}
    failing = tuple(
        sorted(
            audit_id
            for audit_id, found in report["audits"].items()
            if audit_id in accessibility_audits and found.get("score") is not None and found["score"] < 1
        )
    )
    audits = report["audits"]
    metrics = ", ".join(
        f"{label} {audits[key]['displayValue'].replace(chr(160), ' ')}"
        for label, key in (
            ("FCP", "first-contentful-paint"),
            ("LCP", "largest-contentful-paint"),
            ("TBT", "total-blocking-time"),
            ("CLS", "cumulative-layout-shift"),
        )
    )
    return Result(
        page,
        round(categories["performance"]["score"] * 100),
        round(categories["accessibility"]["score"] * 100),
        metrics,
        failing,
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--host", default="https://127.0.0.1:8443")
    parser.add_argument("--only", help="audit only this role's pages (visitor, learner, trainer, programme manager)")
    args = parser.parse_args()
    host = loopback_only(args.host)
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `make lighthouse` (npm ci in tests/lighthouse)")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"{CHROMIUM} is missing: `make debian-packages` installs it")
    os.environ.update(stack_environment(ROOT / ".stack" / "env"))
    REPORTS.mkdir(parents=True, exist_ok=True)

    pages = [page for page in _pages() if not args.only or page.role == args.only]
    cookies = {role: log_in(host, role) for role in {page.role for page in pages} - {"visitor"}}
    print(f"Lighthouse (mobile) on {host}, {len(pages)} pages in Arabic; reports in {REPORTS}", flush=True)
    print(f"{'role':18} {'page':20} {'perf':>4} {'a11y':>4}  metrics / problems", flush=True)
    results = []
    for page in pages:
        result = audit(host, page, cookies.get(page.role))
        results.append(result)
        scores = (
            f"{'-' if result.performance is None else result.performance:>4} "
            f"{'-' if result.accessibility is None else result.accessibility:>4}"
        )
        problems = result.error or ", ".join(result.failing)
        print(f"{page.role:18} {page.name:20} {scores}  {result.metrics} {problems}".rstrip(), flush=True)

    audited = [result for result in results if not result.error]
    missed = [result for result in results if not result.met]
    if audited:
        lowest_performance = min(result.performance for result in audited)
        lowest_accessibility = min(result.accessibility for result in audited)
        print(
            f"Lowest: performance {lowest_performance} (target ≥ {TARGET_PERFORMANCE}), "
            f"accessibility {lowest_accessibility} (target {TARGET_ACCESSIBILITY})"
        )
    verdict = "met" if not missed else f"not met on {len(missed)} of {len(results)} pages"
    print(f"  performance ≥ {TARGET_PERFORMANCE} and accessibility {TARGET_ACCESSIBILITY} on every page: {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
