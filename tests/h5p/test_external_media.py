"""External media in H5P packages: what the content loads from other sites is listed at upload, the editor is
warned, the player frame's policy adds exactly the allowed origins an activity uses, and an activity that needs
a site lessons may not load shows a message instead of a blank frame (a part of one shows a notice)."""

import json
import re
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.users.models import UserProfile

from courses.h5p import external_media, player
from courses.h5p.access import grant_for
from courses.h5p.external_media import ExternalMedia, Kind, find_external, origin_of
from courses.h5p.models import H5PPackage
from courses.models import CourseIndexPage, LessonPage
from courses.progress import services as progress
from lms.languages.bidi import isolate
from tests.factories import give_mfa, make_course, make_user
from tests.h5p.helpers import SHARED, add_h5p_blocks, h5p_block, tiny_library_files, upload_package, zip_bytes

pytestmark = pytest.mark.django_db

HUB = SHARED / "hub"
H5P_ORG_VIDEO = "https://h5p.org/sites/default/files/h5p/iv.mp4"


def _hub_content(name: str) -> dict:
    with zipfile.ZipFile(HUB / f"{name}.h5p") as archive:
        return json.loads(archive.read("content/content.json"))


def _video_files(url: str = H5P_ORG_VIDEO, mime: str = "video/mp4", part: str = "") -> dict[str, bytes]:
    """A tiny package whose content names a video elsewhere, at the top level or inside a part."""
    video = {"files": [{"path": url, "mime": mime, "copyright": {"license": "U"}}]}
    content = {"text": "Watch this", "video": video}
    if part:
        content = {"text": "Watch this", "parts": [{"library": "H5P.Video 1.5", "params": video, "subContentId": part}]}
    return tiny_library_files() | {"content/content.json": json.dumps(content).encode()}


# Finding the media ---------------------------------------------------------------------------------


def test_the_hub_interactive_video_needs_its_video_from_h5p_org():
    found = find_external(_hub_content("H5P.InteractiveVideo"))
    assert found == [ExternalMedia(url=H5P_ORG_VIDEO, origin="https://h5p.org", kind=Kind.VIDEO, part="")]
    assert [item.host for item in external_media.needed(found)] == ["h5p.org"]


def test_the_hub_course_presentation_embeds_twitter_and_the_video_in_parts():
    found = external_media.needed(find_external(_hub_content("H5P.CoursePresentation")))
    assert [(item.origin, item.kind) for item in found] == [
        ("https://platform.twitter.com", Kind.EMBED),
        ("https://h5p.org", Kind.VIDEO),
    ]
    assert all(item.part for item in found), "both sit in a slide element, not in the presentation itself"


@pytest.mark.parametrize(
    "name", ["H5P.Audio", "H5P.DragQuestion", "H5P.Essay", "H5P.MarkTheWords", "H5P.SingleChoiceSet", "H5P.Summary"]
)
def test_hub_packages_that_carry_their_media_use_nothing_elsewhere(name):
    assert find_external(_hub_content(name)) == []


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://h5p.org/sites/default/files/h5p/iv.mp4", "https://h5p.org"),
        ("HTTPS://Media.Example.org:8443/a.mp4", "https://media.example.org:8443"),
        ("https://media.example.org:443/a.mp4", "https://media.example.org"),
        ("//cdn.example.org/a.ogg", "https://cdn.example.org"),
        ("https://www.youtube.com/watch?v=abc", "https://www.youtube.com"),
        ("https://youtu.be/abc", "https://www.youtube.com"),
        ("https://vimeo.com/12345", "https://player.vimeo.com"),
        ("videos/local.mp4", ""),
        ("javascript:alert(1)", ""),
        ("http://", ""),
    ],
)
def test_origin_of(url, origin):
    assert origin_of(url) == origin


def test_sources_in_html_text_are_needed_and_plain_addresses_are_links():
    content = {
        "text": '<p>Map: <img src="https://maps.example.org/m.png"> and <iframe src="https://embed.example.org/x"></iframe></p>',
        "link": {"url": "https://www.example.org/read-more"},
        "protocol": "http://",
    }
    found = find_external(content)
    assert [(item.origin, item.kind, item.needed) for item in found] == [
        ("https://maps.example.org", Kind.EMBED, True),
        ("https://embed.example.org", Kind.EMBED, True),
        ("https://www.example.org", Kind.LINK, False),
    ]


def test_youtube_and_audio_sources_are_named_by_their_kind():
    found = find_external(
        {
            "sources": [
                {"path": "https://www.youtube.com/watch?v=abc", "mime": "video/YouTube"},
                {"path": "https://cdn.example.org/a.mp3", "mime": "audio/mpeg"},
            ]
        }
    )
    assert [(item.origin, item.kind) for item in found] == [
        ("https://www.youtube.com", Kind.VIDEO),
        ("https://cdn.example.org", Kind.AUDIO),
    ]


def test_unreadable_content_lists_nothing():
    assert external_media.find_in_files({"content/content.json": b"{not json"}) == []
    assert external_media.find_in_files({}) == []


def test_refused_media_are_those_outside_the_allowed_origins(settings):
    found = find_external(_hub_content("H5P.CoursePresentation"))
    settings.H5P_MEDIA_ORIGINS = ["https://h5p.org/"]
    assert [item.origin for item in external_media.refused(found)] == ["https://platform.twitter.com"]
    settings.H5P_MEDIA_ORIGINS = []
    assert len(external_media.refused(found)) == 2


# The frame's policy ---------------------------------------------------------------------------------


def _directives(policy: str) -> dict[str, list[str]]:
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in policy.split(";")) if part}


def test_the_frame_policy_loads_nothing_from_elsewhere_by_default():
    directives = _directives(player.frame_policy("https://academy.example"))
    assert directives["media-src"] == ["https://academy.example", "blob:"]
    assert directives["frame-src"] == ["'none'"]
    assert all("https://h5p.org" not in sources for sources in directives.values())


def test_the_frame_policy_adds_exactly_the_given_origins():
    directives = _directives(
        player.frame_policy("https://academy.example", ["https://h5p.org", "https://www.youtube.com"])
    )
    for name in ("media-src", "img-src", "frame-src"):
        assert {"https://h5p.org", "https://www.youtube.com"} <= set(directives[name]), name
    # YouTube's player is a script; a plain video host gets no script.
    assert "https://www.youtube.com" in directives["script-src"]
    assert "https://h5p.org" not in directives["script-src"]
    assert directives["connect-src"] == ["https://academy.example"]


# Upload, lesson and frame ---------------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.PRIVATE_MEDIA_ROOT


def _upload(files, capture, title="External video") -> H5PPackage:
    with capture(execute=True):
        package = upload_package(zip_bytes(files), title=title)
    package.refresh_from_db()
    assert package.is_ready, package.error
    return package


def test_unpacking_stores_the_external_media_on_the_package(media, django_capture_on_commit_callbacks):
    package = _upload(_video_files(), django_capture_on_commit_callbacks)
    assert package.external_media == [{"url": H5P_ORG_VIDEO, "origin": "https://h5p.org", "kind": "video", "part": ""}]
    plain = _upload(tiny_library_files(), django_capture_on_commit_callbacks, title="Plain")
    assert plain.external_media == []


@pytest.fixture
def lesson_with(demo_site, media, django_capture_on_commit_callbacks):
    def build(files, slug="h5p-external"):
        package = _upload(files, django_capture_on_commit_callbacks)
        index = CourseIndexPage.objects.filter(locale__language_code="en").first()
        course = make_course(index, slug=slug, modules=1, lessons_per_module=1)
        lesson = LessonPage.objects.live().descendant_of(course).first()
        learner = make_user(f"{slug}@example.org")
        progress.enrol(user=learner, course=course)
        client = Client()
        client.force_login(learner)
        return package, add_h5p_blocks(lesson, h5p_block(package, block_id="h5p-one")), client, learner

    return build


def _frame_url(page: str) -> str | None:
    found = re.search(r'data-frame-url="([^"]+)"', page)
    return found.group(1) if found else None


def test_an_activity_that_needs_a_refused_site_shows_a_message_instead_of_the_player(lesson_with):
    _package, lesson, client, _ = lesson_with(_video_files())
    page = client.get(lesson.get_url()).content.decode()
    assert _frame_url(page) is None
    assert "data-h5p-start" not in page
    assert "which this site does not load, so it cannot be shown" in page
    assert "h5p.org" in page


def test_an_allowed_site_gets_the_player_and_the_size_note_says_the_video_is_streamed(lesson_with, settings):
    settings.H5P_MEDIA_ORIGINS = ["https://h5p.org"]
    _package, lesson, client, _ = lesson_with(_video_files())
    page = client.get(lesson.get_url()).content.decode()
    frame_url = _frame_url(page)
    assert frame_url
    assert "it is streamed from" in page and "h5p.org" in page
    directives = _directives(Client().get(frame_url)["Content-Security-Policy"])
    assert "https://h5p.org" in directives["media-src"] and "https://h5p.org" in directives["img-src"]


def test_allowed_origins_the_activity_does_not_use_stay_out_of_its_policy(lesson_with, settings):
    settings.H5P_MEDIA_ORIGINS = ["https://h5p.org", "https://www.youtube.com"]
    _package, lesson, client, _ = lesson_with(_video_files())
    policy = Client().get(_frame_url(client.get(lesson.get_url()).content.decode()))["Content-Security-Policy"]
    assert "https://h5p.org" in policy and "youtube" not in policy


def test_a_part_that_needs_a_refused_site_is_replaced_by_a_notice_in_the_learners_language(lesson_with):
    part = "5f9e7496-1ba7-4ea7-960b-09c29c96b057"
    package, lesson, client, learner = lesson_with(_video_files(part=part))
    page = client.get(lesson.get_url()).content.decode()
    assert _frame_url(page), "the activity itself plays"
    assert "it is streamed from" not in page
    token = grant_for(
        user_id=learner.pk, folder=package.folder, lesson_key=lesson.translation_key, block_id="h5p-one", language="en"
    ).seal()
    response = Client().get(reverse("h5p_frame", args=[token]))
    config = json.loads(
        re.search(r'id="h5p-config" type="application/json">(.*?)</script>', response.content.decode())[1]
    )
    assert config["blockedParts"] == {
        part: f"This part uses media from {isolate('h5p.org')}, which this site does not load."
    }
    assert "h5p.org" not in response["Content-Security-Policy"]
    with translation.override("ar"):
        arabic = player.blocked_parts(package, "ar")[part]
    assert arabic and isolate("h5p.org") in arabic


# The editor's warning ---------------------------------------------------------------------------------


def test_the_editor_warning_names_the_refused_and_the_streamed_sites(settings):
    found = find_external(_hub_content("H5P.CoursePresentation"))
    with translation.override("en"):
        refused = external_media.editor_warning(found)
        assert "Parts of this activity load media from" in refused
        assert isolate("platform.twitter.com") in refused and isolate("h5p.org") in refused
        assert "H5P_MEDIA_ORIGINS" in refused
        settings.H5P_MEDIA_ORIGINS = ["https://h5p.org", "https://platform.twitter.com"]
        streamed = external_media.editor_warning(found)
        assert "which lessons may not load" not in streamed and "streams media from" in streamed
        assert external_media.editor_warning(find_external(_hub_content("H5P.Essay"))) == ""


def _editor(email: str):
    user = make_user(email, is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    give_mfa(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def test_the_editor_is_warned_at_upload_and_on_the_list_and_the_form(
    client, demo_site, media, django_capture_on_commit_callbacks
):
    client.force_login(_editor("editor-external@example.org"))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailsnippets_h5p_h5ppackage:add"),
            {"title": "External video", "file": SimpleUploadedFile("video.h5p", zip_bytes(_video_files()))},
        )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert escape(f"This activity loads media from {isolate('h5p.org')}, which lessons may not load") in page
    package = H5PPackage.objects.get(title="External video")
    listing = client.get(reverse("wagtailsnippets_h5p_h5ppackage:list")).content.decode()
    assert "External media" in listing and "h5p.org" in listing
    form = client.get(reverse("wagtailsnippets_h5p_h5ppackage:edit", args=[package.pk])).content.decode()
    assert "which lessons may not load" in form
