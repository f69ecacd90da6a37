"""The "Moderate member submission" workflow, its Moderators approval task and the
Moderators group's permissions, created idempotently so tests and production both get them.

The group's page permissions are on the tree's root page: the stories index may not exist yet
when migrations run, and permissions on the root cover it wherever editors put it
(docs/decisions/0040-member-submission-moderation.md).
"""

from django.db import migrations

from members.submissions.setup import ensure_moderation


def create_workflow(apps, schema_editor):
    ensure_moderation(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0002_submissions"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_workflow, migrations.RunPython.noop)]
