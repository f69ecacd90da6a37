"""A first revision for every row of a snippet that has just gained drafts and revisions.

Used by the migrations that add ``DraftStateMixin`` / ``RevisionMixin`` to a snippet
(cms 0005, handbook 0004): each existing row stays live and gets one revision holding its
current content, marked as the live one, so History, "Compare" and "Revert" have a starting
point and nothing readers see changes. Works on the historical models a migration is given
(no model methods): the content is serialised the way Wagtail's ``serializable_data`` does it
(modelcluster's helpers), child rows and parental many-to-many links included.
"""

from django.utils import timezone
from modelcluster.models import get_all_child_m2m_relations, get_all_child_relations, get_serializable_data_for_fields


def serializable_data(obj) -> dict:
    data = get_serializable_data_for_fields(obj)
    for rel in get_all_child_relations(obj):
        children = getattr(obj, rel.get_accessor_name()).all()
        data[rel.get_accessor_name()] = [get_serializable_data_for_fields(child) for child in children]
    for field in get_all_child_m2m_relations(obj):
        if field.serialize:
            data[field.name] = [child.pk for child in getattr(obj, field.name).all()]
    return data


def record(apps, app_label: str, model_name: str, describe) -> int:
    """Give every row of ``app_label.model_name`` without a revision its first one; return how
    many. ``describe(obj)`` is the revision's label (what ``str(obj)`` says on the real model)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    model = apps.get_model(app_label, model_name)
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model_name.lower())
    made = 0
    for obj in model.objects.filter(latest_revision__isnull=True).order_by("pk"):
        now = timezone.now()
        published = obj.first_published_at or now
        obj.live, obj.has_unpublished_changes = True, False
        obj.first_published_at = published
        obj.last_published_at = obj.last_published_at or published
        revision = Revision.objects.create(
            content_type=content_type,
            base_content_type=content_type,
            object_id=str(obj.pk),
            object_str=describe(obj),
            created_at=now,
            content=serializable_data(obj),
        )
        model.objects.filter(pk=obj.pk).update(
            live=True,
            has_unpublished_changes=False,
            first_published_at=obj.first_published_at,
            last_published_at=obj.last_published_at,
            latest_revision=revision,
            live_revision=revision,
        )
        made += 1
    return made
