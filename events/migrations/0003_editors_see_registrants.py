"""Editors may see each event's registrants and message them (events/registration/admin.py)."""

from django.db import migrations

ACTIONS = ["view", "change"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    ContentType = apps.get_model("contenttypes.ContentType")
    Permission = apps.get_model("auth.Permission")
    editors = Group.objects.filter(name="Editors").first()
    if editors is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="events", model="registrant")
    for action in ACTIONS:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=f"{action}_registrant", defaults={"name": f"Can {action} registrant"}
        )
        editors.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_registration"),
        ("members", "0006_review_task_and_editorial_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
