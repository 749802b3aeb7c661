"""A city's region in Arabic, English and French: the old single ``region`` (written in English) is
renamed ``region_en``, so existing values are kept and shown until the other two are filled in."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("cities", "0002_programme_managers"),
    ]

    operations = [
        migrations.RenameField(
            model_name="city",
            old_name="region",
            new_name="region_en",
        ),
        migrations.AddField(
            model_name="city",
            name="region_ar",
            field=models.CharField(
                blank=True,
                help_text="e.g. جهة الرباط سلا القنيطرة. Left empty, the English one is shown.",
                max_length=120,
                verbose_name="governorate or region in Arabic",
            ),
        ),
        migrations.AlterField(
            model_name="city",
            name="region_en",
            field=models.CharField(
                blank=True,
                help_text="As the country names it, e.g. Rabat-Salé-Kénitra.",
                max_length=120,
                verbose_name="governorate or region in English",
            ),
        ),
        migrations.AddField(
            model_name="city",
            name="region_fr",
            field=models.CharField(
                blank=True,
                help_text="e.g. Rabat-Salé-Kénitra. Left empty, the English one is shown.",
                max_length=120,
                verbose_name="governorate or region in French",
            ),
        ),
    ]
