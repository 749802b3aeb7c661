"""Inserted values are isolated (issue #13): in flash messages, e-mails and translated sentences.

An e-mail address, a Latin name or a title inside an Arabic sentence must not take part in the
sentence's right-to-left order. Plain text isolates it between U+2068 and U+2069, HTML wraps it in
``<bdi>`` (lms/languages/bidi.py). The browser check of the visual order is tests/e2e/test_bidi.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.contrib import messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core import mail
from django.template import engines
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from lms.languages.bidi import FSI, PDI, bdi, isolate, isolates_to_html
from tests.factories import make_user

ROOT = Path(__file__).resolve().parents[2]
EMAIL = "walk-31893@example.org"


def isolated(value: str) -> str:
    return f"{FSI}{value}{PDI}"


# --- The helpers ---------------------------------------------------------------------------------


def test_isolate_wraps_text_and_leaves_empty_values_empty():
    assert isolate(EMAIL) == f"\u2068{EMAIL}\u2069"
    assert isolate(31893) == "\u206831893\u2069"
    assert isolate("") == ""
    assert isolate(None) == ""


def test_bdi_escapes_and_marks_one_word_values_as_tokens():
    assert bdi("<b>Jean</b> Dupont") == "<bdi>&lt;b&gt;Jean&lt;/b&gt; Dupont</bdi>"
    assert bdi(EMAIL) == f'<bdi class="bidi-token">{EMAIL}</bdi>'
    assert bdi("") == ""


def test_isolates_become_balanced_bdi_elements_in_html():
    text = f"تم إرسال رسالة تأكيد إلى {isolated(EMAIL)}. {isolated('<Jean> Dupont')}{PDI} {FSI}x"
    assert isolates_to_html(text) == (
        f'تم إرسال رسالة تأكيد إلى <bdi class="bidi-token">{EMAIL}</bdi>. '
        '<bdi>&lt;Jean&gt; Dupont</bdi> <bdi class="bidi-token">x</bdi>'
    )


def test_filters_keep_the_message_id_of_blocktranslate():
    """`with email=email|isolate` still finds allauth's Arabic translation of "… %(email)s.\""""
    template = engines["django"].from_string(
        "{% load i18n bidi %}{% blocktrans with email=email|isolate %}Confirmation email sent to {{email}}."
        "{% endblocktrans %}|{% blocktranslate with name=name|bdi %}Hello {{ name }},{% endblocktranslate %}"
    )
    with translation.override("ar"):
        text = template.render({"email": EMAIL, "name": "Jean <Dupont>"})
        sentence = translation.gettext("Confirmation email sent to %(email)s.")
    assert sentence != "Confirmation email sent to %(email)s."
    assert text.startswith(sentence % {"email": isolated(EMAIL)})
    assert "<bdi>Jean &lt;Dupont&gt;</bdi>" in text


# --- Flash messages ------------------------------------------------------------------------------

# allauth's message templates with an inserted value, overridden in lms/templates/account/messages/.
ALLAUTH_MESSAGES = {
    "cannot_delete_primary_email": {"email": EMAIL},
    "email_confirmation_failed": {"email": EMAIL},
    "email_confirmation_sent": {"email": EMAIL},
    "email_confirmed": {"email": EMAIL},
    "email_deleted": {"email": EMAIL},
    "login_code_sent": {"recipient": EMAIL},
    "phone_verification_sent": {"phone": "+212 600-000000"},
    "phone_verified": {"phone": "+212 600-000000"},
}


@pytest.mark.parametrize("name", sorted(ALLAUTH_MESSAGES))
@pytest.mark.parametrize("language", ["ar", "en"])
def test_allauth_messages_isolate_the_inserted_value(name, language):
    context = ALLAUTH_MESSAGES[name]
    with translation.override(language):
        text = render_to_string(f"account/messages/{name}.txt", context)
    assert isolated(next(iter(context.values()))) in text


@pytest.mark.django_db
def test_signed_in_message_isolates_the_name():
    user = make_user(EMAIL, full_name="Jean-Pierre Dupont")
    with translation.override("ar"):
        text = render_to_string("account/messages/logged_in.txt", {"user": user})
    assert isolated("Jean-Pierre Dupont") in text or isolated(EMAIL) in text


@pytest.mark.django_db
def test_signing_up_in_arabic_shows_the_address_as_a_bdi(client):
    """The whole path: allauth adds the message, the page shows the isolated address as a <bdi>."""
    response = client.post(
        "/accounts/signup/",
        {
            "full_name": "سلمى",
            "email": EMAIL,
            "password1": "a-long-pass-2026-walk",
            "password2": "a-long-pass-2026-walk",
        },
        headers={"accept-language": "ar"},
        follow=True,
    )
    assert f'<bdi class="bidi-token">{EMAIL}</bdi>' in response.content.decode()
    assert len(mail.outbox) == 1


def test_messages_template_turns_isolates_into_bdi():
    request = RequestFactory().get("/")
    request.session = {}
    request._messages = FallbackStorage(request)
    messages.success(request, "Bienvenue dans la cohorte " + isolate("Rabat <staff>") + " !")
    html = render_to_string("includes/messages.html", {"messages": messages.get_messages(request)})
    assert "<bdi>Rabat &lt;staff&gt;</bdi>" in html
    assert FSI not in html and PDI not in html


@pytest.mark.django_db
def test_the_email_confirmation_page_isolates_the_name(client):
    from allauth.account.models import EmailAddress, EmailConfirmationHMAC

    user = make_user(EMAIL, full_name="Jean-Pierre Dupont", verified=False)
    confirmation = EmailConfirmationHMAC(EmailAddress.objects.get(user=user))
    response = client.get(f"/accounts/confirm-email/{confirmation.key}/", headers={"accept-language": "ar"})
    html = response.content.decode()
    assert f'<a href="mailto:{EMAIL}">{EMAIL}</a>' in html
    assert "<bdi>Jean-Pierre Dupont</bdi>" in html or f'<bdi class="bidi-token">{EMAIL}</bdi>' in html


# --- E-mails -------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_signup_confirmation_mail_isolates_the_name_and_the_site(client):
    client.post(
        "/accounts/signup/",
        {
            "full_name": "Jean Dupont",
            "email": EMAIL,
            "password1": "a-long-pass-2026-walk",
            "password2": "a-long-pass-2026-walk",
        },
        headers={"accept-language": "ar"},
    )
    (message,) = mail.outbox
    assert isolated("Jean Dupont") in message.body or isolated(EMAIL) in message.body
    assert isolated("testserver") in message.body or isolated("example.com") in message.body


@pytest.mark.parametrize(
    ("template", "context", "value"),
    [
        ("account/email/email_changed_message.txt", {"from_email": EMAIL, "to_email": "b@example.org"}, EMAIL),
        ("account/email/email_deleted_message.txt", {"deleted_email": EMAIL}, EMAIL),
        ("account/email/unknown_account_message.txt", {"email": EMAIL, "signup_url": "/"}, EMAIL),
        (
            "account/email/password_reset_key_message.txt",
            {"username": "walk-31893", "password_reset_url": "/"},
            "walk-31893",
        ),
        (
            "account/email/email_changed_message.txt",
            {"ip": "192.0.2.1", "user_agent": "Firefox/140.0"},
            "Firefox/140.0",
        ),
    ],
)
def test_allauth_mails_isolate_the_inserted_value(template, context, value):
    context = {"current_site": SimpleNamespace(name="Young Cities Academy", domain="academy.example"), **context}
    with translation.override("ar"):
        body = render_to_string(template, context)
    assert isolated(value) in body
    assert isolated("Young Cities Academy") in body


def _cohort():
    country = SimpleNamespace(name="Maroc")
    name, city = "Rabat municipal staff", "Rabat"
    # The names the mails may use: the typed ones and those in the reader's language.
    return SimpleNamespace(name=name, local_name=name, city=city, city_name=city, place_name=city, country=country)


@pytest.mark.parametrize(
    "template",
    [
        "cohorts/mail/invitation_body.txt",
        "cohorts/mail/invitation_subject.txt",
        "cohorts/mail/reminder_body.txt",
        "cohorts/mail/reminder_subject.txt",
    ],
)
def test_cohort_mails_isolate_names(template):
    trainer = SimpleNamespace(get_full_name="Imane Alaoui")
    context = {
        "cohort": _cohort(),
        "trainer": trainer,
        "learner": SimpleNamespace(full_name="Jean-Pierre Dupont"),
        "report": SimpleNamespace(row=SimpleNamespace(last_activity=None), courses=[]),
        "invitation": SimpleNamespace(expires_at=None),
    }
    with translation.override("ar"):
        text = render_to_string(template, context)
    assert isolated("Rabat municipal staff") in text
    if "body" in template:
        assert isolated("Imane Alaoui") in text


# --- Every translated sentence in the templates ---------------------------------------------------

TEMPLATE_ROOTS = ["lms", "courses", "home", "search"]
# Certificates are another piece of work (names on certificates), not checked here.
SKIPPED = ("courses/certificates/",)
BLOCKTRANSLATE = re.compile(r"\{%-?\s*blocktrans(?:late)?\b(.*?)%\}(.*?)\{%-?\s*endblocktrans", re.DOTALL)
ASSIGNMENT = re.compile(r"(\w+)=((?:\"[^\"]*\"|'[^']*'|[^\s\"'])+)")
# Numbers, counts and dates need no isolation: digits and the reader's own month names form one run in either
# direction, and isolating a number would move the "%" after it. They are known by their filter or by the
# attribute that holds them (the last part of the expression).
NUMERIC_FILTERS = ("|date", "|local_date", "|timesince", "|filesizeformat", "|length", "|duration", "|floatformat")
NUMBERS = {
    "active", "attempts_left", "best_score", "completed", "completion_rate", "count", "days_inactive", "done",
    "in_progress", "learners", "mean", "members", "missing", "new_lessons", "not_followed", "num_pages", "number",
    "page", "pass_mark", "pending_invitations", "position", "rating", "removed_options", "respondents", "score",
    "stalled", "stalled_days", "total", "translated", "unlinked_city_count",
    "move.before", "move.after", "item.before", "item.after",  # places in a ranking (courses/cities)
    "places_left", "line", "taken", "shared_questions", "registered",  # places, place in line, counts
    "matching",  # the number of learners matching the matrix filters (courses/cohorts)
    "answers", "attended", "minimum", "min_named", "changes_requested",  # feedback and practices counts
    "gain",  # the plural's count only: the signed figure shown is isolated (evidence/includes/before_after.html)
}  # fmt: skip


def template_files():
    for root in TEMPLATE_ROOTS:
        for path in sorted((ROOT / root).rglob("templates/**/*")):
            relative = path.relative_to(ROOT).as_posix()
            if path.suffix in (".html", ".txt") and not relative.startswith(SKIPPED):
                yield relative, path.read_text(encoding="utf-8")


def unisolated_values(source: str, plain_text: bool) -> list[str]:
    # FSI and PDI work in HTML too: in <title> and attributes, where no <bdi> element can go.
    wrappers = ("|isolate",) if plain_text else ("|bdi", "|isolate")
    found = []
    for tag in BLOCKTRANSLATE.finditer(source):
        for name, expression in ASSIGNMENT.findall(tag.group(1)):
            base = expression.split("|")[0]
            if {base, base.rsplit(".", 1)[-1]} & NUMBERS or any(f in expression for f in NUMERIC_FILTERS):
                continue
            # A translator's sentence may hold the element itself: "add <bdi>{{ name }}</bdi> to the list";
            # an address in a mailto: link is isolated by the style sheet (lms/static/css/lms.css).
            placeholder = r"\{\{\s*" + name + r"\s*\}\}"
            if re.search(rf"<bdi>{placeholder}</bdi>|<a href=\"mailto:{placeholder}\">{placeholder}</a>", tag.group(2)):
                continue
            if not expression.endswith(wrappers):
                found.append(f"{name}={expression}")
    return found


def test_every_text_value_in_a_translated_sentence_is_isolated():
    """`{% blocktranslate with city=cohort.city|bdi %}`: |bdi in HTML, |isolate in e-mails and other text."""
    problems = []
    for relative, source in template_files():
        plain_text = relative.endswith(".txt")
        problems += [f"{relative}: {value}" for value in unisolated_values(source, plain_text)]
    assert problems == []


def test_the_guard_sees_an_unisolated_value():
    assert unisolated_values("{% blocktranslate with name=user.name %}Hi {{ name }}{% endblocktranslate %}", False)
    assert unisolated_values("{% blocktrans with name=user.name|bdi %}Hi {{ name }}{% endblocktrans %}", True)
    assert not unisolated_values(
        "{% blocktranslate with name=user.name|bdi n=x.total %}…{% endblocktranslate %}", False
    )
