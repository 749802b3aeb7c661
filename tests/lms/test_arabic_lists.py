"""Lists in running text are joined with the comma of the reader's language (lms/languages/lists.py): an
Arabic page reads "الرباط، المغرب", never "الرباط, المغرب", wherever the list is made (a flash message, a
selector, a block, a page, a form, the admin)."""

import pytest
from django.contrib.auth.models import Group
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.users.models import UserProfile

from courses.blocks import DocumentBlock, QuoteBlock
from courses.cities.questionnaire import MULTIPLE, Option, Question
from courses.cities.selectors import answer_changes
from courses.h5p.external_media import ExternalMedia, editor_warning
from courses.practices.forms import PracticeForm, initial_from
from courses.practices.models import PracticeSubmission
from lms.languages.bidi import bdi
from lms.languages.lists import join_list
from tests.cohorts.conftest import add_member, make_cohort, make_trainer
from tests.factories import give_mfa, make_user
from tests.lms.test_documents import make_document
from tests.practices.conftest import practice_post

pytestmark = pytest.mark.django_db

ARABIC_COMMA = "، "


def test_join_list_uses_the_arabic_comma_in_arabic_and_the_latin_one_in_french():
    with translation.override("ar"):
        assert join_list(["الرباط", "", None, "المغرب"]) == "الرباط، المغرب"
    with translation.override("fr"):
        assert join_list(["Rabat", "Maroc"]) == "Rabat, Maroc"


def _remind(client, cohort, learners, capture):
    with capture(execute=True), translation.override("ar"):
        return client.post(
            reverse("trainer_send_reminders", args=[cohort.pk]),
            {"learners": [str(learner.pk) for learner in learners]},
            follow=True,
        )


@pytest.fixture
def reminder_cohort(demo_site):
    trainer = make_trainer("list-trainer@example.org", full_name="Trainer List")
    cohort = make_cohort(name="Lists", trainers=[trainer], country="MA", city_name="Rabat")
    return trainer, cohort


def _members(cohort, count):
    learners = [make_user(f"listed-{n}@example.org", full_name=f"متعلّم {n}") for n in range(count)]
    for learner in learners:
        add_member(cohort, learner)
    return learners


def test_the_reminder_message_lists_every_name_with_arabic_commas_and_no_ellipsis(
    client, reminder_cohort, django_capture_on_commit_callbacks
):
    trainer, cohort = reminder_cohort
    learners = _members(cohort, 3)
    client.force_login(trainer)
    html = _remind(client, cohort, learners, django_capture_on_commit_callbacks).content.decode()
    names = ARABIC_COMMA.join(f"<bdi>متعلّم {n}</bdi>" for n in range(3))
    assert f"({names})" in html
    assert "…" not in html.split(names)[1][:5], "every name is listed: no ellipsis"


def test_the_reminder_message_ends_with_an_ellipsis_only_when_names_are_left_out(
    client, reminder_cohort, django_capture_on_commit_callbacks
):
    trainer, cohort = reminder_cohort
    learners = _members(cohort, 7)
    client.force_login(trainer)
    html = _remind(client, cohort, learners, django_capture_on_commit_callbacks).content.decode()
    shown = ARABIC_COMMA.join(f"<bdi>متعلّم {n}</bdi>" for n in range(5))
    assert f"({shown}…)" in html


def test_the_city_pages_multiple_choice_answers_are_joined_with_the_arabic_comma():
    question = Question(
        id="q",
        kind=MULTIPLE,
        prompt="ما الشركاء؟",
        options=(Option("a", "الشباب"), Option("b", "الجمعيات"), Option("c", "المدارس")),
    )
    with translation.override("ar"):
        (change,) = answer_changes({"q": question}, {"q": [["a"]]}, {"q": [["a", "b"]]})
    assert change.after == "الشباب، الجمعيات"


def test_a_quote_caption_separates_speaker_and_role_with_the_arabic_comma():
    block = QuoteBlock()
    value = block.to_python({"text": "نص", "speaker": "نائبة العمدة", "role": "مشاركة في الورشة"})
    with translation.override("ar"):
        html = block.render(value)
    assert f"نائبة العمدة{ARABIC_COMMA}<span" in html


def test_a_document_link_separates_type_and_size_with_the_arabic_comma():
    document = get_document_model().objects.first()
    assert document is not None and document.get_file_size(), "the demo has a document"
    block = DocumentBlock()
    with translation.override("ar"):
        html = block.render(block.to_python({"document": document.pk, "title": "", "description": ""}))
    assert f"({bdi(document.file_extension.upper())}{ARABIC_COMMA}<bdi>" in html


def test_a_document_links_type_and_size_are_each_isolated(storage_roots):
    """Side by side in Arabic text, unisolated, the Latin "CSV" pulled the size's digits into its left-to-right
    run and the line read «236، CSV بايت». Each part is its own isolate now, in the sentence's order."""
    document = make_document("stakeholder-directory")
    block = DocumentBlock()
    value = block.to_python({"document": document.pk, "title": "Directory", "description": ""})
    with translation.override("ar"):
        html = block.render(value)
        size = filesizeformat(document.get_file_size())
    assert "بايت" in size
    assert f'<span class="muted">(<bdi class="bidi-token">CSV</bdi>{ARABIC_COMMA}<bdi>{size}</bdi>)</span>' in html
    with translation.override("en"):
        html = block.render(value)
        size = filesizeformat(document.get_file_size())
    assert f'(<bdi class="bidi-token">CSV</bdi>, <bdi>{size}</bdi>)' in html


def test_my_cohorts_lists_trainers_with_the_arabic_comma(client):
    cohort = make_cohort(
        name="Trainers listed",
        trainers=[make_trainer("t-one@example.org", full_name="سلمى بناني"), make_trainer("t-two@example.org")],
    )
    cohort.trainers.filter(email="t-two@example.org").update(full_name="Mehdi Tazi")
    learner = make_user("my-cohorts-list@example.org")
    add_member(cohort, learner)
    client.force_login(learner)
    with translation.override("ar"):
        html = client.get(reverse("my_cohorts")).content.decode()
    trainers = {"<bdi>سلمى بناني</bdi>", "<bdi>Mehdi Tazi</bdi>"}
    assert any(f"{first}{ARABIC_COMMA}{second}" in html for first in trainers for second in trainers - {first})


def test_practice_themes_come_back_joined_with_the_arabic_comma_and_parse_again():
    submission = PracticeSubmission.objects.get(submitter__email="learner-irbid-1@academy.example")
    with translation.override("ar"):
        themes = initial_from(submission.case_study, submission.credit)["themes"]
    assert themes == "الشباب، المشاركة", "the demo's practice from Irbid"
    form = PracticeForm(practice_post(themes=themes))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["themes"] == ("الشباب", "المشاركة")


def test_the_practices_admin_list_writes_city_and_country_with_the_arabic_comma(client):
    editor = make_user("list-editor-ar@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    give_mfa(editor)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "ar"
    profile.save()
    client.force_login(editor)
    html = client.get("/admin/practices/").content.decode()
    assert f"</bdi>{ARABIC_COMMA}الأردن" in html, "the demo's practice from Irbid, Jordan"


def test_h5p_hosts_are_listed_with_the_arabic_comma():
    items = [
        ExternalMedia(url=f"https://{host}/v.mp4", origin=f"https://{host}", kind="video")
        for host in ("a.example", "b.example")
    ]
    with translation.override("ar"):
        warning = editor_warning(items, allowed=set())
    assert f"\u2069{ARABIC_COMMA}\u2068" in warning
