"""Publishing an original again without changing it leaves its translations up to date.

wagtail-localize records when an original was last sent for translation
(``TranslationSource.last_updated_at``); the translation status report
(cms/translation_status.py) calls a translation out of date when the original was published
after that. A publish that changes nothing to translate — the demo editors' pass
(cms/demo_editors.py), a scheduled re-publish, "Publish" pressed on an unchanged page — would
otherwise mark every translation out of date. So on each publish of an original, its content is
compared with the content wagtail-localize holds, leaving out what publishing itself changes;
when they are the same, the source's time becomes the publish's (one query when the object has
no translation source, two more when it has).
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import Page, TranslatableMixin
from wagtail_localize.models import TranslationSource

# What publishing, moving or commenting changes, not what a translator translates or syncs.
PUBLISHING_FIELDS = frozenset(
    {
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "go_live_at",
        "expire_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        "wagtail_admin_comments",
    }
)


def content(data: dict) -> dict:
    return {key: value for key, value in data.items() if key not in PUBLISHING_FIELDS}


def serialised(instance) -> dict:
    """The object as wagtail-localize serialises a translation source."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def keep_unchanged_source_current(sender, instance, **kwargs):
    """``published`` receiver, for pages and snippets (connected in cms/apps.py)."""
    if not isinstance(instance, TranslatableMixin):
        return
    if isinstance(instance, Page):
        instance = instance.specific  # already specific when Wagtail publishes: no query
    source = TranslationSource.objects.filter(object_id=instance.translation_key, locale_id=instance.locale_id).first()
    if source is not None and content(serialised(instance)) == content(json.loads(source.content_json)):
        TranslationSource.objects.filter(pk=source.pk).update(last_updated_at=timezone.now())
