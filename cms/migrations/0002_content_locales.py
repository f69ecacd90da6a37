"""Create a Wagtail Locale row for every content language in settings (en, cy, ar by default).

Wagtail's own migration only makes the default locale; editors need one per language before
they can translate into it. Re-running is harmless; removing a language later leaves its row
(and its pages) alone.
"""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
