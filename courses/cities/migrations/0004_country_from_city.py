"""Learners who chose a city but named no country take the city's (as courses.cities.services now does for
every choice): their dates and times then read as that country's, not as UTC's."""

from django.db import migrations


def take_city_country(apps, schema_editor):
    CityMembership = apps.get_model("cities", "CityMembership")
    User = apps.get_model("accounts", "User")
    for user_id, country in CityMembership.objects.filter(user__country="").values_list("user_id", "city__country"):
        User.objects.filter(pk=user_id, country="").update(country=country)


class Migration(migrations.Migration):
    dependencies = [
        ("cities", "0003_region_in_three_languages"),
        ("accounts", "0007_seal_mfa_secrets"),
    ]

    operations = [
        migrations.RunPython(take_city_country, migrations.RunPython.noop),
    ]
