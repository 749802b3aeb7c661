"""Translations go through moderation: "Translate this page" makes drafts, an editor submits them from
wagtail-localize's translation editor, a moderator is warned about untranslated texts and approves.

Every step goes through the real admin and wagtail-localize views with the test client.
"""

import json

import pytest
from django.contrib.auth.models import Group
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale, WorkflowState
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation

from courses.models import CoursePage, LessonPage, ModulePage
from tests.factories import give_mfa, make_user

pytestmark = pytest.mark.django_db

SUBMIT = {"courses-translation-moderation": "submit"}
WARNING = 'class="untranslated-warning"'


def _staff(email: str, group: str):
    user = make_user(email, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    give_mfa(user)
    # The admin in English, so that the assertions can read its labels.
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def editor():
    return _staff("translating-editor@example.org", "Editors")


@pytest.fixture
def moderator():
    return _staff("translation-moderator@example.org", "Moderators")


@pytest.fixture
def new_lesson(demo_site):
    """A required lesson just published in English, in a module that exists in all three languages."""
    module = ModulePage.objects.filter(locale__language_code="en").first()
    lesson = module.add_child(
        instance=LessonPage(
            title="Mapping your partners",
            slug="mapping-your-partners",
            is_required=True,
            body=[
                {"type": "heading", "value": "Where to begin"},
                {"type": "rich_text", "value": "<p>Start with the people who already work with young people.</p>"},
            ],
        )
    )
    lesson.save_revision().publish()
    return lesson


def _translate(client, user, lesson, languages, commit_callbacks):
    """The editor's "Translate this page" form; wagtail-localize publishes on commit, so run those callbacks."""
    client.force_login(user)
    url = reverse("wagtail_localize:submit_page_translation", args=[lesson.pk])
    assert client.get(url).status_code == 200
    locales = [Locale.objects.get(language_code=language).pk for language in languages]
    with commit_callbacks(execute=True):
        response = client.post(url, {"locales": locales})
    assert response.status_code == 302
    return {language: LessonPage.objects.get(translation_key=lesson.translation_key, locale__language_code=language)
            for language in languages}  # fmt: skip


def _translation(page) -> Translation:
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=page.locale)


def _translate_every_text(client, page, prefix="AR"):
    """Fill in every text through the translation editor's own API (what its React form sends)."""
    translation = _translation(page)
    for number, segment in enumerate(StringSegment.objects.filter(source=translation.source)):
        url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
        value = f"{prefix} {number} {segment.string.data}"
        response = client.put(url, encode_multipart(BOUNDARY, {"value": value}), content_type=MULTIPART_CONTENT)
        assert response.status_code in (200, 201), response.content


def test_translate_this_page_makes_drafts_in_arabic_and_french(
    client, editor, new_lesson, django_capture_on_commit_callbacks
):
    pages = _translate(client, editor, new_lesson, ["ar", "fr"], django_capture_on_commit_callbacks)
    for language, page in pages.items():
        assert not page.live, language
        assert page.get_latest_revision() is not None
    # The Arabic course does not gain a lesson (still in English) that its learners would have to do.
    arabic_course = CoursePage.objects.ancestor_of(pages["ar"]).get()
    client.logout()
    html = client.get(arabic_course.get_url()).content.decode()
    assert "Mapping your partners" not in html


def test_editor_submits_the_translation_and_a_moderator_approves_it(
    client, editor, moderator, new_lesson, django_capture_on_commit_callbacks
):
    arabic = _translate(client, editor, new_lesson, ["ar"], django_capture_on_commit_callbacks)["ar"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[arabic.pk])

    # The editor sees wagtail-localize's translation editor, without "Publish", and our submit button.
    html = client.get(edit_url).content.decode()
    assert "js-translation-editor" in html
    props = json.loads(_props(html))
    assert props["perms"]["canPublish"] is False
    assert 'name="courses-translation-moderation" value="submit"' in html
    assert "Submit for moderation" in html

    _translate_every_text(client, arabic)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, SUBMIT)
    assert response.status_code == 302
    arabic.refresh_from_db()
    assert not arabic.live
    state = WorkflowState.objects.get(object_id=str(arabic.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    assert state.requested_by == editor
    assert arabic.get_latest_revision().as_object().title.startswith("AR ")

    # Publishing from the translation editor stays refused to the editor.
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")  # permission denied
    arabic.refresh_from_db()
    assert not arabic.live

    client.force_login(moderator)
    html = client.get(edit_url).content.decode()
    assert "Approve and publish" in html
    assert WARNING not in html  # every text is translated
    approve = reverse("wagtailadmin_pages:workflow_action", args=[arabic.pk, "approve", state.current_task_state.pk])
    assert f'formaction="{approve}"' in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(approve, {"comment": "Clear."})
    assert response.status_code == 302
    arabic.refresh_from_db()
    assert arabic.live
    assert arabic.title.startswith("AR ")
    client.logout()
    assert client.get(arabic.get_url()).status_code == 200


def test_changes_requested_then_submitted_again(
    client, editor, moderator, new_lesson, django_capture_on_commit_callbacks
):
    french = _translate(client, editor, new_lesson, ["fr"], django_capture_on_commit_callbacks)["fr"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    client.post(edit_url, SUBMIT)
    state = WorkflowState.objects.get(object_id=str(french.pk), status=WorkflowState.STATUS_IN_PROGRESS)

    client.force_login(moderator)
    reject = reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "reject", state.current_task_state.pk])
    client.post(reject, {"comment": "Translate the heading."})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    client.force_login(editor)
    html = client.get(edit_url).content.decode()
    assert "Submit again for moderation" in html
    client.post(edit_url, SUBMIT)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    french.refresh_from_db()
    assert not french.live


def test_moderator_is_warned_about_untranslated_texts(
    client, editor, moderator, new_lesson, django_capture_on_commit_callbacks
):
    arabic = _translate(client, editor, new_lesson, ["ar"], django_capture_on_commit_callbacks)["ar"]
    edit_url = reverse("wagtailadmin_pages:edit", args=[arabic.pk])
    client.post(edit_url, SUBMIT)
    state = WorkflowState.objects.get(object_id=str(arabic.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    total, translated = _translation(arabic).get_progress()
    assert total > 0 and translated == 0

    client.force_login(moderator)
    # In the translation editor, where the moderator can publish or approve.
    html = client.get(edit_url).content.decode()
    assert WARNING in html
    assert f"{total} of the {total} texts of this translation are not translated yet" in html
    assert "English" in html
    assert json.loads(_props(html))["perms"]["canPublish"] is True
    # In the approval dialog of the workflow (the dashboard's and the page listing's "Approve with comment").
    approve = reverse("wagtailadmin_pages:workflow_action", args=[arabic.pk, "approve", state.current_task_state.pk])
    dialog = client.get(approve, headers={"x-requested-with": "XMLHttpRequest"})
    assert WARNING in dialog.json()["html"]
    reject = reverse("wagtailadmin_pages:workflow_action", args=[arabic.pk, "reject", state.current_task_state.pk])
    assert WARNING not in client.get(reject, headers={"x-requested-with": "XMLHttpRequest"}).json()["html"]

    # Once every text is translated, the warning goes.
    client.force_login(editor)
    _translate_every_text(client, arabic)
    client.force_login(moderator)
    assert WARNING not in client.get(edit_url).content.decode()
    assert WARNING not in client.get(approve, headers={"x-requested-with": "XMLHttpRequest"}).json()["html"]


def test_an_original_page_shows_no_warning_in_the_approval_dialog(client, editor, moderator, new_lesson):
    client.force_login(editor)
    edit_url = reverse("wagtailadmin_pages:edit", args=[new_lesson.pk])
    html = client.get(edit_url).content.decode()
    assert "js-translation-editor" not in html and WARNING not in html
    new_lesson.get_workflow().start(new_lesson, editor)
    state = WorkflowState.objects.get(object_id=str(new_lesson.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(moderator)
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[new_lesson.pk, "approve", state.current_task_state.pk]
    )
    dialog = client.get(approve, headers={"x-requested-with": "XMLHttpRequest"}).json()["html"]
    assert 'name="comment"' in dialog and WARNING not in dialog


def test_submitting_a_live_translation_changes_nothing_readers_see_until_approved(
    client, editor, moderator, new_lesson, django_capture_on_commit_callbacks
):
    french = _translate(client, editor, new_lesson, ["fr"], django_capture_on_commit_callbacks)["fr"]
    french.save_revision(user=moderator).publish(user=moderator)
    french.refresh_from_db()
    assert french.live and french.title == "Mapping your partners"
    live_url = french.get_url()

    client.force_login(editor)
    _translate_every_text(client, french, prefix="FR")
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(edit_url, SUBMIT)
    french.refresh_from_db()
    assert french.title == "Mapping your partners"  # the live page is untouched...
    assert french.slug == "mapping-your-partners"
    assert french.has_unpublished_changes
    assert french.get_latest_revision().as_object().title.startswith("FR ")  # ...the draft has the translation
    client.logout()
    assert "Mapping your partners" in client.get(live_url).content.decode()

    state = WorkflowState.objects.get(object_id=str(french.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    client.force_login(moderator)
    approve = reverse("wagtailadmin_pages:workflow_action", args=[french.pk, "approve", state.current_task_state.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve, {"comment": ""})
    french.refresh_from_db()
    assert french.title.startswith("FR ")


def test_sync_translated_pages_does_not_publish_for_an_editor(
    client, editor, moderator, new_lesson, django_capture_on_commit_callbacks
):
    french = _translate(client, editor, new_lesson, ["fr"], django_capture_on_commit_callbacks)["fr"]
    french.save_revision(user=moderator).publish(user=moderator)
    new_lesson.title = "Mapping your partners, step by step"
    new_lesson.save_revision(user=moderator).publish(user=moderator)
    source = _translation(french).source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])

    client.force_login(editor)
    html = client.get(url).content.decode()
    assert "Only moderators can publish translations" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    french.refresh_from_db()
    assert french.title == "Mapping your partners"
    assert not french.has_unpublished_changes

    # A moderator still can.
    client.force_login(moderator)
    assert "Only moderators can publish translations" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"publish_translations": "on"})
    french.refresh_from_db()
    assert french.title == "Mapping your partners, step by step"


def _props(html: str) -> str:
    """The JSON the translation editor's React component reads from its data-props attribute."""
    import html as html_module
    import re

    match = re.search(r'class="js-translation-editor" data-props="([^"]*)"', html)
    assert match, "translation editor not rendered"
    return html_module.unescape(match.group(1))
