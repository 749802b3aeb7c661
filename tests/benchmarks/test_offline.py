"""Offline use: what downloading the Arabic demo foundation course costs a phone, and the download list's time.

The pages are fetched for real as an enrolled learner (their bytes as sent, and gzipped as the production
server sends them); files count at their real size. The issue's budget: at most 1.5 MB without videos.
"""

import gzip
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from courses.models import CoursePage
from tests.benchmarks.timing import measure, publish
from tests.factories import make_user

pytestmark = pytest.mark.django_db
REPORT = Path(__file__).resolve().parents[1] / "artifacts" / "benchmarks-offline.md"
BUDGET = 1_500_000
ROUNDS = 15


def test_the_arabic_foundation_course_downloads_within_the_budget(client, demo_site):
    course = CoursePage.objects.live().get(locale__language_code="ar", slug="city-role-in-prevention")
    client.force_login(make_user("bench-offline@example.org"))
    client.post(reverse("enrol", args=[course.pk]))
    with translation.override("ar"):
        manifest_url = reverse("offline_course_download", args=[course.pk])
    data = client.get(manifest_url).json()

    sent = compressed = files = 0
    for item in data["items"]:
        if item["optional"] or not item["url"]:
            files += item["size"] if not item["optional"] else 0
            continue
        if item["kind"] == "page":
            body = client.get(item["url"]).content
            sent += len(body)
            compressed += len(gzip.compress(body))
        else:
            files += item["size"]
            compressed += item["size"]
    total = sent + files
    timed = measure({"plain": lambda: client.get("/ar/"), "manifest": lambda: client.get(manifest_url)}, ROUNDS)
    plain_ms, manifest_ms = timed["plain"][0], timed["manifest"][0]
    table = (
        "### Offline download of the Arabic foundation course\n\n| measure | value |\n|---|---:|\n"
        f"| pages ({sum(1 for i in data['items'] if i['kind'] == 'page')}), as sent | {sent / 1024:.0f} KB |\n"
        f"| images, activities, stylesheet and scripts | {files / 1024:.0f} KB |\n"
        f"| total without videos and documents | {total / 1024:.0f} KB (budget {BUDGET / 1024:.0f} KB) |\n"
        f"| total with pages gzipped, as production sends them | {compressed / 1024:.0f} KB |\n"
        f"| estimate shown before downloading | {data['sizes']['included'] / 1024:.0f} KB |\n"
        f"| optional: documents / videos | {data['sizes']['documents'] / 1024:.0f} KB / "
        f"{data['sizes']['videos'] / 1024:.0f} KB |\n"
        f"| download list, median of {ROUNDS} | {manifest_ms:.1f} ms "
        f"({manifest_ms / plain_ms:.1f} × the plain home page, {plain_ms:.1f} ms) |\n"
    )
    publish(REPORT, table)
    assert total <= BUDGET
