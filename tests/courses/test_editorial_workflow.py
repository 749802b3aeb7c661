"""An editor (not a superuser) writes a lesson with every block type and submits it; a moderator publishes it."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from courses.h5p.models import H5PPackage, PackageStatus
from courses.models import CaseStudy, CoursePage, Guidebook, LessonPage, ModulePage
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db


def _items(values: list) -> dict:
    """ListBlock form data: one entry per child value."""
    data = {str(i): {"value": value, "id": "", "deleted": "", "order": str(i)} for i, value in enumerate(values)}
    data["count"] = str(len(values))
    return data


def _staff(email: str, group: str):
    user = make_user(email, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    give_mfa(user)  # staff reach the admin only with two-factor authentication
    return user


def _every_block(module: ModulePage) -> dict:
    case = CaseStudy.objects.filter(locale=module.locale).first()
    guide = Guidebook.objects.filter(locale=module.locale).first()
    image = get_image_model().objects.first()
    document = get_document_model().objects.first()
    # A package row is enough for the chooser; no files are needed to write the lesson.
    package = H5PPackage.objects.create(
        title="Sort the partners", file="h5p/packages/editorial.h5p", status=PackageStatus.READY
    )
    text = rich_text("<p>Start with the people who already work with young people.</p>")
    return streamfield(
        [
            ("heading", "Where to begin"),
            ("rich_text", text),
            ("key_takeaways", {"title": "", "items": _items(["Map first", "Then convene"])}),
            ("callout", {"kind": "practice", "title": "Rabat", "text": text}),
            ("case_study", {"case_study": str(case.pk), "note": "A city that started with schools."}),
            ("guidebook_reference", {"guidebook": str(guide.pk), "chapter": "Ch. 2", "page": "14", "url": ""}),
            ("quote", {"text": "Listen first.", "speaker": "A youth councillor", "role": "Irbid"}),
            ("image", {"image": str(image.pk), "alt_text": "Three circles", "caption": ""}),
            (
                "video",
                {
                    "title": "Levers",
                    "url": "https://youtu.be/abcdefghijk",
                    "file": "",
                    "duration": "",
                    "transcript": text,
                },
            ),
            ("document", {"document": str(document.pk), "title": "", "description": "Worksheet"}),
            ("context_variants", {"intro": "Choose", "stable": text, "fragile": text, "post_conflict": text}),
            ("checklist", {"title": "This week", "items": _items(["Call the youth centre", "Book a room"])}),
            (
                "quiz",
                {
                    "title": "",
                    "pass_mark": "70",
                    "max_attempts": "0",
                    "required": "on",
                    "questions": _items(
                        [
                            {
                                "kind": "true_false",
                                "prompt": "Mapping comes first.",
                                "options": _items(
                                    [
                                        {"text": "True", "correct": "on", "feedback": "Yes."},
                                        {"text": "False", "correct": "", "feedback": "No."},
                                    ]
                                ),
                            }
                        ]
                    ),
                },
            ),
            ("reflection", {"prompt": "Who would you call first?"}),
            ("h5p", {"package": str(package.pk), "title": "", "pass_mark": "70", "required": "on"}),
        ]
    )


def test_editor_submits_and_moderator_publishes(client, demo_site):
    module = ModulePage.objects.filter(locale__language_code="en").first()
    editor = _staff("new-editor@example.org", "Editors")
    moderator = _staff("new-moderator@example.org", "Moderators")
    assert not editor.is_superuser and not moderator.is_superuser

    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=["courses", "lessonpage", module.pk])
    assert client.get(add_url).status_code == 200
    data = nested_form_data(
        {
            "title": "Mapping your partners",
            "slug": "mapping-your-partners",
            "estimated_minutes": "6",
            "is_required": "on",
            "body": _every_block(module),
        }
    )
    data["action-submit"] = "Submit for moderation"
    response = client.post(add_url, data)
    assert response.status_code == 302, response.context["form"].errors if response.context else response

    lesson = LessonPage.objects.get(slug="mapping-your-partners")
    assert not lesson.live
    assert lesson.has_unpublished_changes
    state = WorkflowState.objects.get(object_id=str(lesson.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    revision_blocks = {block.block_type for block in lesson.get_latest_revision_as_object().body}
    assert revision_blocks == set(LessonPage.body.field.stream_block.child_blocks)

    # The editor cannot publish it themselves.
    data.pop("action-submit")
    data["action-publish"] = "Publish"
    client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)
    lesson.refresh_from_db()
    assert not lesson.live

    client.force_login(moderator)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[lesson.pk, "approve", state.current_task_state.pk])
    response = client.post(approve, {"comment": "Clear and practical."})
    assert response.status_code in (200, 302)
    lesson.refresh_from_db()
    assert lesson.live
    assert client.get(lesson.get_url()).status_code == 200


def test_every_page_type_previews(client, demo_site):
    admin = make_user("preview-admin@example.org", is_staff=True, is_superuser=True)
    give_mfa(admin)
    client.force_login(admin)
    course = CoursePage.objects.filter(locale__language_code="ar").first()
    pages = [
        Page.objects.get(pk=course.get_parent().get_parent().pk),
        course.get_parent(),
        course,
        ModulePage.objects.child_of(course).first(),
        LessonPage.objects.descendant_of(course).first(),
    ]
    for page in pages:
        response = client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
        assert response.status_code == 200, page
