"""What the site's editable snippets share: drafts, revisions, locking and previews.

Wagtail idiom: a snippet with ``DraftStateMixin`` + ``RevisionMixin`` keeps its *published*
content in its own row and every saved version as a ``Revision``. "Save draft" on a live
snippet writes only a revision (and the row's ``latest_revision`` / ``has_unpublished_changes``
bookkeeping): the row that readers see changes only when a revision is published. A snippet
created and only saved as a draft has a row with ``live=False``; readers must never see it, so
every public read goes through ``.live()`` (like ``Page.objects.live()``). ``objects`` itself
stays unfiltered: Wagtail's admin and wagtail-localize read drafts through it
(``TranslatableMixin.get_translations``), exactly as with pages. See docs/decisions/0052.
"""

from django.db import models
from wagtail.admin.panels import PublishingPanel
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin

# The fields Wagtail writes on a live object when a draft is saved, a revision created or the
# object locked: none of them changes what a reader sees (cms/cache.py ignores such saves).
DRAFT_BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "draft_title",
        "wagtail_admin_comments",  # pages: the comments saved with a draft
        "locked",
        "locked_at",
        "locked_by",
    }
)

# Mixins in the order Wagtail's docs (and ``Page``) use: before ``TranslatableMixin``.
EDITORIAL_MIXINS = (PreviewableMixin, DraftStateMixin, LockableMixin, RevisionMixin)

# The scheduling fields (go-live / expiry), shown in the editor's status side panel.
SCHEDULE_PANEL = PublishingPanel()


class LiveQuerySet(models.QuerySet):
    def live(self):
        """Only what readers may see: published, not expired, not scheduled for later."""
        return self.filter(live=True)


def is_draft_bookkeeping(instance, update_fields) -> bool:
    """True for a save that only records a draft, a revision or a lock on a live object, or
    any save of an object that has never been published (``live`` False, not an unpublish:
    Wagtail announces those with its ``unpublished`` signal)."""
    if not isinstance(instance, DraftStateMixin):
        return False
    if update_fields and set(update_fields) <= DRAFT_BOOKKEEPING_FIELDS:
        return True
    return not instance.live and instance.last_published_at is None
