"""Every existing glossary term, framework area and value stays live and gets its first
revision (cms/first_revisions.py)."""

from django.db import migrations

from cms import first_revisions


def forwards(apps, schema_editor):
    first_revisions.record(apps, "handbook", "GlossaryTerm", lambda obj: obj.term)
    first_revisions.record(apps, "handbook", "FrameworkArea", lambda obj: obj.name)
    first_revisions.record(apps, "handbook", "FrameworkValue", lambda obj: obj.name)


class Migration(migrations.Migration):
    dependencies = [("handbook", "0003_snippet_drafts"), ("contenttypes", "0002_remove_content_type_name")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
