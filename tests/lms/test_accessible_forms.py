"""Form errors are announced with their field: every id a field's aria-describedby names is on the page."""

import re

import pytest

from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_refused_fields_description_points_at_its_error(client, language):
    client.force_login(make_user("described@example.org", full_name="Before"))
    response = client.post(
        "/accounts/profile/", {"full_name": "Salma", "time_zone": "Mars/Olympus"}, HTTP_ACCEPT_LANGUAGE=language
    )
    html = response.content.decode()
    described = re.search(r'<select[^>]*name="time_zone"[^>]*>', html).group(0)
    assert 'aria-invalid="true"' in described
    ids = re.search(r'aria-describedby="([^"]+)"', described).group(1).split()
    assert "id_time_zone_error" in ids
    for described_by in re.findall(r'aria-describedby="([^"]+)"', html):
        for element_id in described_by.split():
            assert f'id="{element_id}"' in html, element_id
