"""Gaps ("section needed") and the text readers offer to fill them.

A gap is written by an editor as a ``GapBlock`` inside a handbook page. When the page is
published its gaps are copied into ``HandbookGap`` rows, keyed by the StreamField item's id,
so the wanted list is one query across the whole handbook and each gap keeps a stable id
that contributions point at. Contributions are stored for editors only: nothing a reader
sends is ever published by itself.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class HandbookGapQuerySet(models.QuerySet):
    def open(self):
        """Gaps on live pages, newest first, with their page in the same query."""
        return self.filter(page__live=True).select_related("page").order_by("-opened_at", "page__path", "position")


class HandbookGap(models.Model):
    page = models.ForeignKey("handbook.HandbookPage", on_delete=models.CASCADE, related_name="gaps")
    key = models.UUIDField(help_text="The gap block's id in the page body: stable across edits.")
    title = models.CharField(max_length=200)
    prompt = models.TextField(blank=True)
    section = models.CharField(max_length=200, blank=True, help_text="The heading the gap sits under.")
    position = models.PositiveIntegerField(default=0)
    opened_at = models.DateTimeField(default=timezone.now, help_text="When the gap was first published.")

    objects = HandbookGapQuerySet.as_manager()

    class Meta:
        verbose_name = "handbook gap"
        unique_together = [("page", "key")]
        ordering = ["-opened_at", "position"]

    def __str__(self) -> str:
        return self.title

    @property
    def anchor(self) -> str:
        return f"gap-{self.key}"

    @classmethod
    def sync_for(cls, page) -> None:
        """Make the stored gaps match the page's published body (called from ``save``)."""
        if not page.live:
            cls.objects.filter(page=page).delete()
            return
        found = {}
        heading = ""
        for child in page.body:
            if child.block_type == "heading":
                heading = child.value.get("text", "")
            elif child.block_type == "gap" and child.id:
                found[str(child.id)] = {
                    "title": child.value.get("title", ""),
                    "prompt": child.value.get("prompt", ""),
                    "section": heading,
                    "position": len(found),
                }
        existing = {str(gap.key): gap for gap in cls.objects.filter(page=page)}
        for key, fields in found.items():
            gap = existing.get(key)
            if gap is None:
                cls.objects.create(page=page, key=key, **fields)
            elif any(getattr(gap, name) != value for name, value in fields.items()):
                cls.objects.filter(pk=gap.pk).update(**fields)
        gone = [gap.pk for key, gap in existing.items() if key not in found]
        if gone:
            cls.objects.filter(pk__in=gone).delete()


class GapContribution(models.Model):
    """Text a reader offered for a gap. Editors read it in the admin; it is never published."""

    class Status(models.TextChoices):
        NEW = "new", _("New")
        READING = "reading", _("Being read")
        USED = "used", _("Used in the handbook")
        DECLINED = "declined", _("Not used")

    gap = models.ForeignKey(HandbookGap, null=True, blank=True, on_delete=models.SET_NULL, related_name="contributions")
    gap_key = models.UUIDField(help_text="The gap's id, kept even if the gap is later filled and removed.")
    gap_title = models.CharField(max_length=200, help_text="The gap's title when the text was sent.")
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    name = models.CharField(max_length=100)
    email = models.EmailField(max_length=254)
    text = models.TextField(max_length=5000)
    consent = models.BooleanField(default=False)
    submitted_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW)
    editor_notes = models.TextField(blank=True, help_text="Only editors see this.")

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("gap_title", read_only=True),
                FieldPanel("page", read_only=True),
                FieldPanel("name", read_only=True),
                FieldPanel("email", read_only=True),
                FieldPanel("text", read_only=True),
                FieldPanel("consent", read_only=True),
            ],
            heading="What the reader sent",
        ),
        FieldPanel("status"),
        FieldPanel("editor_notes"),
    ]

    class Meta:
        verbose_name = "gap contribution"
        ordering = ["-submitted_at"]

    def __str__(self) -> str:
        return f"{self.name}: {self.gap_title}"
