"""Fill the new translation fields of existing date changes, as Wagtail's
``BootstrapTranslatableModel`` does, but per row: the locale is the page's, and a change and its
copies on the page's translations (same date, same place in the list) share one fresh
``translation_key``, so wagtail-localize treats them as one change in several languages.

The page revisions and wagtail-localize sources that hold these rows get the same keys, so an
editor's next save or a translation sync keeps them instead of inventing new ones."""

import json
import uuid
from collections import defaultdict

from django.db import migrations


def _keys(apps):
    """{change pk: (translation_key, locale id)} for every existing date change."""
    change_model = apps.get_model("events", "OccurrenceChange")
    page_model = apps.get_model("wagtailcore", "Page")
    rows = list(change_model.objects.order_by("page_id", "sort_order", "pk").values("pk", "page_id", "occurrence_date"))
    pages = {
        page["pk"]: page
        for page in page_model.objects.filter(pk__in={row["page_id"] for row in rows}).values(
            "pk", "locale_id", "translation_key"
        )
    }
    seen = defaultdict(int)
    shared = {}
    keys = {}
    for row in rows:
        page = pages[row["page_id"]]
        place = (row["page_id"], row["occurrence_date"])
        group = (page["translation_key"], row["occurrence_date"], seen[place])
        seen[place] += 1
        keys[row["pk"]] = (shared.setdefault(group, uuid.uuid4()), page["locale_id"])
    return keys


def _patch(items, keys) -> bool:
    changed = False
    for item in items or []:
        found = keys.get(item.get("pk"))
        if found is not None:
            item["translation_key"], item["locale"] = str(found[0]), found[1]
            changed = True
    return changed


def forwards(apps, schema_editor):
    change_model = apps.get_model("events", "OccurrenceChange")
    keys = _keys(apps)
    for pk, (translation_key, locale_id) in keys.items():
        change_model.objects.filter(pk=pk).update(translation_key=translation_key, locale_id=locale_id)
    revision_model = apps.get_model("wagtailcore", "Revision")
    revisions = revision_model.objects.filter(content_type__app_label="events", content_type__model="eventpage")
    for revision in revisions.iterator():
        if _patch(revision.content.get("occurrence_changes"), keys):
            revision.save(update_fields=["content"])
    source_model = apps.get_model("wagtail_localize", "TranslationSource")
    sources = source_model.objects.filter(
        specific_content_type__app_label="events", specific_content_type__model="eventpage"
    )
    for source in sources.iterator():
        content = json.loads(source.content_json)
        if _patch(content.get("occurrence_changes"), keys):
            source.content_json = json.dumps(content, cls=json.JSONEncoder)
            source.save(update_fields=["content_json"])


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0006_occurrencechange_translatable_fields"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
