"""The moderators' list, the workflow set up for case studies, the demo's practice, themes in Arabic and the
personal data export."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import WorkflowContentType

from courses.models import CaseStudy
from courses.practices.forms import PracticeForm
from courses.practices.models import PracticeSubmission, SubmissionStatus
from lms.accounts.services import export_personal_data
from tests.factories import give_mfa, make_user
from tests.practices.conftest import practice_post

pytestmark = pytest.mark.django_db


def test_case_studies_use_the_moderators_workflow_and_the_library_stays_live():
    content_type = ContentType.objects.get_for_model(CaseStudy)
    assert WorkflowContentType.objects.get(content_type=content_type).workflow.name == "Moderators approval"
    drafts = CaseStudy.objects.filter(live=False)
    assert set(drafts.values_list("pk", flat=True)) == set(
        PracticeSubmission.objects.values_list("case_study_id", flat=True)
    )
    assert CaseStudy.objects.live().count() == CaseStudy.objects.count() - drafts.count() > 0


def test_moderators_may_publish_case_studies_editors_may_not():
    moderator = make_user("m-perm@example.org", is_staff=True)
    moderator.groups.add(*Group.objects.filter(name="Moderators"))
    editor = make_user("e-perm@example.org", is_staff=True)
    editor.groups.add(*Group.objects.filter(name="Editors"))
    assert moderator.has_perm("courses.publish_casestudy")
    assert not editor.has_perm("courses.publish_casestudy")


def test_the_demo_has_a_practice_in_moderation_from_irbid():
    submission = PracticeSubmission.objects.select_related("case_study__locale").get(
        submitter__email="learner-irbid-1@academy.example"
    )
    assert submission.status == SubmissionStatus.IN_REVIEW
    assert submission.case_study.locale.language_code == "ar" and not submission.case_study.live
    assert submission.case_study.current_workflow_state.status == "in_progress"


def test_the_demo_loads_its_practice_once():
    from home.demo.practices import load_demo_practices

    before = PracticeSubmission.objects.count()
    load_demo_practices()
    assert PracticeSubmission.objects.count() == before


@pytest.mark.parametrize("themes", ["الشباب، المشاركة", "youth; participation", "youth, participation, Youth"])
def test_themes_are_split_on_latin_and_arabic_commas(themes):
    form = PracticeForm(practice_post(themes=themes))
    assert form.is_valid(), form.errors
    assert len(form.cleaned_data["themes"]) == 2


def test_the_moderators_list_shows_practices_to_editors_only(client, learner):
    client.force_login(learner)
    client.post("/en/practices/new/", practice_post(title="Listed practice"))
    editor = make_user("list-editor@example.org", is_staff=True)
    editor.groups.add(Group.objects.get(name="Editors"))
    give_mfa(editor)
    client.force_login(editor)
    html = client.get("/admin/practices/").content.decode()
    assert "Listed practice" in html and "Salma Idrissi" in html
    trainer = make_user("list-trainer@example.org", is_staff=True)
    give_mfa(trainer)
    trainer.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(trainer)
    assert client.get("/admin/practices/").status_code == 404


def test_the_personal_data_export_has_the_learners_practices(client, learner):
    client.force_login(learner)
    client.post("/en/practices/new/", practice_post(title="Exported practice", credit="anonymous"))
    data = export_personal_data(user=learner)
    assert data["practices"] == [
        {
            "title": "Exported practice",
            "language": "en",
            "credit": "anonymous",
            "status": "in_review",
            "moderator_comment": "",
            "submitted_at": data["practices"][0]["submitted_at"],
            "published_at": None,
        }
    ]
