# The date changes' translation fields, filled by 0007, become required and unique together
# (Wagtail's TranslatableMixin). A migration of its own: PostgreSQL cannot alter a table with
# the pending foreign-key checks of 0007's updates in the same transaction.

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('events', '0007_occurrencechange_fill_translatable_fields'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.AlterField(
            model_name='occurrencechange',
            name='locale',
            field=models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale'),
        ),
        migrations.AlterField(
            model_name='occurrencechange',
            name='translation_key',
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(
            name='occurrencechange',
            unique_together={('translation_key', 'locale')},
        ),
    ]
