"""Cohorts point to a City (issue #14): the free-text city becomes ``city_name`` (kept as typed) and
``city`` becomes a foreign key, set where the typed text names one city for certain.

The matching is a frozen copy of ``courses.cities.matching`` as it was when this migration was
written (a migration must not import app code that may change later): one city of the cohort's
country whose Arabic, English or French name equals the text once spelling variants, diacritics,
articles and generic words ("municipality", "بلدية") are set aside. Anything else stays unlinked
for a programme manager to choose (the cohorts admin lists them under "City: not linked").
"""

import re
import unicodedata

import django.db.models.deletion
from django.db import migrations, models

_ARABIC = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
_GENERIC = {
    "municipality", "city", "governorate", "of", "the", "commune", "ville", "municipalite", "gouvernorat", "de",
    "du", "la", "d", "l", "al", "el", "بلديه", "مدينه", "محافظه",
}  # fmt: skip
_ARTICLE = re.compile(r"^ال(?=\w{2,})")


def normalise(text):
    text = _HARAKAT.sub("", (text or "").translate(_ARABIC))
    text = "".join(c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c))
    kept = []
    for word in re.split(r"[\W_]+", text.replace("'", " ")):
        if not word or word in _GENERIC:
            continue
        word = _ARTICLE.sub("", word)
        if word and word not in _GENERIC:
            kept.append(word)
    return " ".join(kept).replace("ء", "")


def link_cohorts_to_cities(apps, schema_editor):
    """Set each cohort's city where its typed text names exactly one city of its country."""
    Cohort = apps.get_model("cohorts", "Cohort")
    City = apps.get_model("cities", "City")
    names: dict[tuple[str, str], set[int]] = {}
    for city in City.objects.all():
        for name in (city.name_ar, city.name_en, city.name_fr):
            wanted = normalise(name)
            if wanted:
                names.setdefault((str(city.country), wanted), set()).add(city.pk)
    for cohort in Cohort.objects.filter(city__isnull=True).exclude(city_name=""):
        found = names.get((str(cohort.country), normalise(cohort.city_name)), set())
        if len(found) == 1:
            Cohort.objects.filter(pk=cohort.pk).update(city_id=next(iter(found)))


def unlink(apps, schema_editor):
    """Going back keeps the typed text, which is what the old ``city`` column held."""


class Migration(migrations.Migration):
    dependencies = [
        ("cities", "0002_programme_managers"),
        ("cohorts", "0003_invitations_need_consent"),
    ]

    operations = [
        migrations.RenameField(model_name="cohort", old_name="city", new_name="city_name"),
        migrations.AlterField(
            model_name="cohort",
            name="city_name",
            field=models.CharField(
                blank=True,
                help_text="The city as it was typed before cities were listed; kept for reference.",
                max_length=200,
                verbose_name="city as typed",
            ),
        ),
        migrations.AddField(
            model_name="cohort",
            name="city",
            field=models.ForeignKey(
                blank=True,
                help_text="The city or municipality the cohort's learners work for; the regional roll-up groups by it.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="cohorts",
                to="cities.city",
                verbose_name="city",
            ),
        ),
        migrations.RunPython(link_cohorts_to_cities, unlink),
    ]
