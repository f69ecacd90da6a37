"""Every existing site text stays live and gets its first revision (cms/first_revisions.py)."""

from django.db import migrations

from cms import first_revisions


def forwards(apps, schema_editor):
    first_revisions.record(apps, "cms", "SiteText", lambda obj: f"Site text ({obj.locale.language_code})")


class Migration(migrations.Migration):
    dependencies = [("cms", "0004_site_text_drafts"), ("contenttypes", "0002_remove_content_type_name")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
