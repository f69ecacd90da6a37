"""Editors may lock and unlock the snippets that now keep drafts (glossary terms, framework
areas and values, site text), beside publishing them (members/roles.py, docs/roles.md)."""

from django.db import migrations

from members.roles import ensure_roles


def set_up_roles(apps, schema_editor):
    ensure_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0006_review_task_and_editorial_roles"),
        ("handbook", "0004_snippet_first_revisions"),
        ("cms", "0005_site_text_first_revisions"),
    ]

    operations = [migrations.RunPython(set_up_roles, migrations.RunPython.noop)]
