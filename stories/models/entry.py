"""What stories and case studies share: ``StoryEntry`` and its queryset.

``StoryEntry`` is a concrete page model that editors never create directly
(``is_creatable = False``); ``StoryPage`` and ``CaseStudyPage`` inherit from it with Django's
multi-table inheritance. Every shared field (summary, image, tags, framework areas and values,
place, credit, completeness) lives in one table, so the library's filters, related stories,
the framework coverage grid, feeds and exports are each one query over both kinds. See
docs/decisions/0020-stories-shared-concrete-base.md.
"""

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Func, IntegerField, OuterRef, Q, Subquery, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import PageManager, PageQuerySet
from wagtail.search import index

from cms.admin_forms import OneLanguagePageForm
from cms.blocks import QuotationBlock
from cms.models import BasePage, LeadImageFields
from cms.models.mixins import restricted_q
from handbook.illustrations import fallback_annotations
from stories.panels import SubmittedByPanel

from .facets import AREA, TAG, VALUE, entry_facets
from .tags import TaggedStory

# Addresses the index answers itself (tag pages, feeds): a child page there would be hidden.
RESERVED_SLUGS = {"tags", "feed"}


def validate_place(value: str) -> None:
    """A place is a town or region only: digits suggest a street number or postcode.

    Shared with the member submission form (``members``), so both refuse the same places.
    """
    if any(character.isdigit() for character in value):
        raise ValidationError(_("Give a town or region only: no street numbers or postcodes, to keep people safe."))


class Completeness(models.TextChoices):
    """How finished an entry is, in the editors' judgement. Shown on the page and filterable."""

    NEEDS_DETAIL = "needs-detail", _("Needs more detail")
    COMPLETE = "complete", _("Complete")
    REVIEWED = "reviewed", _("Reviewed by editors")


class Kind(models.TextChoices):
    STORY = "story", _("Story")
    CASE_STUDY = "case-study", _("Case study")


def kind_content_type_ids() -> dict[str, int]:
    """Content type id of each kind; ``ContentType`` caches these, so no query after the first."""
    from .pages import CaseStudyPage, StoryPage

    return {
        Kind.STORY: ContentType.objects.get_for_model(StoryPage).id,
        Kind.CASE_STUDY: ContentType.objects.get_for_model(CaseStudyPage).id,
    }


class StoryEntryQuerySet(PageQuerySet):
    """Listing logic for the library. Each method adds to the SQL; none runs a query itself."""

    def for_listing(self):
        """What a card needs: its tags in one extra query, nothing per item."""
        return self.prefetch_related("tags")

    def with_fallback_illustration(self):
        """Each entry annotated with ``fallback_area`` / ``fallback_value``: the stable slugs of its
        first area and value, whose drawing its card shows when it has no lead image (in the
        same query: subqueries, not one query per card)."""
        return self.annotate(**fallback_annotations("stories"))

    def of_kind(self, kind: str):
        content_type_id = kind_content_type_ids().get(kind)
        return self.filter(content_type_id=content_type_id) if content_type_id else self.none()

    def with_tag(self, slug: str):
        return self.filter(tagged_items__tag__slug=slug)

    def in_area(self, slug: str):
        """Entries in the area with this slug, whichever language's version they point at."""
        from handbook.models import FrameworkArea

        return self.filter(framework_areas__in=FrameworkArea.objects.same_facet(slug)).distinct()

    def with_value(self, slug: str):
        from handbook.models import FrameworkValue

        return self.filter(framework_values__in=FrameworkValue.objects.same_facet(slug)).distinct()

    def in_place(self, place: str):
        return self.filter(place__iexact=place)

    def with_completeness(self, completeness: str):
        return self.filter(completeness=completeness)

    def newest_first(self):
        return self.order_by("-first_published_at", "-pk")

    def related_to(self, entry, limit: int = 4, *, tag_ids=None, area_ids=None):
        """Other entries sharing tags or published framework areas with ``entry``, most overlap
        first (then newest), each annotated with ``overlap``.

        One query, cheap to build and to run at any size: only entries that share a tag or an
        area are candidates (two ``pk__in`` lookups on the link tables' indexes), each
        candidate's overlap is counted by two correlated ``COUNT`` subqueries on those tables
        (no join of every entry with its tags and areas, no ``GROUP BY`` over every column),
        and the ranking is an inner query of ids (``pk__in`` a sliced queryset), so the cards'
        fallback drawings and images are read only for the ``limit`` entries shown.

        ``tag_ids`` / ``area_ids``: the entry's own, when the caller has them already (the
        entry page has them from ``entry_facets``); by default they are read in the same query.
        """
        links = StoryEntry.framework_areas.through.objects
        if tag_ids is None:
            tag_ids = TaggedStory.objects.filter(content_object_id=entry.pk).values("tag_id")
        if area_ids is None:
            area_ids = links.filter(storyentry_id=entry.pk, frameworkarea__live=True).values("frameworkarea_id")
        # The links to what the entry has, for each kind it has any of: (links, entry column, shared column).
        shared = []
        if not _empty(tag_ids):
            shared.append((TaggedStory.objects.filter(tag_id__in=tag_ids), "content_object_id", "tag_id"))
        if not _empty(area_ids):
            shared.append((links.filter(frameworkarea_id__in=area_ids), "storyentry_id", "frameworkarea_id"))
        if not shared:
            return self.none()
        candidates, counts = Q(), []
        for rows, entry_column, column in shared:
            candidates |= Q(pk__in=rows.values(entry_column))
            counts.append(_count(rows.filter(**{entry_column: OuterRef("pk")}), column))
        overlap = sum(counts[1:], counts[0])
        ranking = ("-overlap", "-first_published_at", "pk")
        shown = self.filter(candidates).exclude(pk=entry.pk).annotate(overlap=overlap).order_by(*ranking)
        return (
            self.model.objects.filter(pk__in=shown.values("pk")[:limit])
            .annotate(overlap=overlap)
            .with_fallback_illustration()
            .select_related("lead_image")
            .prefetch_related("lead_image__renditions")  # the cards' pictures: one query
            .order_by(*ranking)
        )


def _empty(ids) -> bool:
    """An empty list of ids (a subquery counts as not empty: it is never evaluated here)."""
    return isinstance(ids, list | tuple | set) and not ids


def _count(links, column: str) -> Subquery:
    """``COUNT(DISTINCT column)`` of ``links`` as a scalar subquery (a plain function, so no
    ``GROUP BY``)."""
    count = Func(column, function="COUNT", template="%(function)s(DISTINCT %(expressions)s)")
    return Subquery(links.order_by().annotate(n=count).values("n"), output_field=IntegerField())


StoryEntryManager = PageManager.from_queryset(StoryEntryQuerySet)


def with_card_tags(entries) -> list:
    """The entries of one page of results, each with ``card_tags``: one query for all, and
    their lead images' renditions: one more (the images themselves come joined, ``entries()``).

    Cheaper than ``prefetch_related("tags")``, which builds (and throws away) a taggit
    queryset per entry before filling it, about half a millisecond each on a page of twelve.
    """
    entries = list(entries)
    tags_by_entry: dict[int, list] = {entry.pk: [] for entry in entries}
    tagged = TaggedStory.objects.filter(content_object_id__in=tags_by_entry).select_related("tag")
    for item in tagged.order_by("tag__name", "tag_id"):
        tags_by_entry[item.content_object_id].append(item.tag)
    for entry in entries:
        entry.card_tags = tags_by_entry[entry.pk]
    prefetch_related_objects(entries, "lead_image__renditions")
    return entries


class StoryEntry(LeadImageFields, BasePage):
    """Fields and behaviour shared by ``StoryPage`` and ``CaseStudyPage``."""

    og_type = "article"
    base_form_class = OneLanguagePageForm  # framework areas, values and events in the page's language

    # The date site search shows beside this page, when it was published (cms/search.py reads the field).
    search_result_date_field = "first_published_at"

    summary = models.TextField(max_length=400, help_text=_("Two or three sentences: what happened and why it matters."))
    place = models.CharField(
        max_length=120,
        blank=True,
        help_text=_("A town or region only (e.g. 'Bristol', 'North Wales'), never a street or postcode."),
    )
    credit_name = models.CharField(
        _("credit"),
        max_length=120,
        blank=True,
        help_text=_("The name the teller wants to be credited with. Leave empty to credit anonymously."),
    )
    credit_anonymous = models.BooleanField(
        _("credit anonymously"), default=False, help_text=_("Show 'Anonymous' even if a name is given.")
    )
    completeness = models.CharField(max_length=20, choices=Completeness.choices, default=Completeness.NEEDS_DETAIL)
    quotations = StreamField([("quotation", QuotationBlock())], blank=True)
    tags = ClusterTaggableManager(through=TaggedStory, blank=True)
    framework_areas = ParentalManyToManyField("handbook.FrameworkArea", blank=True, related_name="stories")
    framework_values = ParentalManyToManyField("handbook.FrameworkValue", blank=True, related_name="stories")
    related_events = ParentalManyToManyField(
        "events.EventPage",
        blank=True,
        related_name="responses",
        help_text=_("Events this responds to or grew out of; each event page lists its responses."),
    )
    # Private: who sent a member submission (issue 6). Never shown, exported or in the API.
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    objects = StoryEntryManager()
    shared_panels = [
        SubmittedByPanel(),
        FieldPanel("summary"),
        LeadImageFields.lead_image_panel,
        FieldPanel("place"),
    ]
    classification_panels = [
        MultiFieldPanel(
            [
                FieldPanel("tags"),
                FieldPanel("framework_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("framework_values", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_events"),
                FieldPanel("completeness"),
            ],
            heading=_("Tags, framework and completeness"),
        ),
        MultiFieldPanel([FieldPanel("credit_name"), FieldPanel("credit_anonymous")], heading=_("Credit")),
        FieldPanel("quotations"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=2),
        index.SearchField("place"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("completeness"),
    ]
    # Machine-readable outputs (API, feeds, exports) carry no names: credits and quotations
    # (which name the people quoted) stay on the page.
    api_fields = [
        APIField("summary"),
        APIField("lead_image"),
        APIField("lead_image_alt"),
        APIField("place"),
        APIField("completeness"),
        APIField("tags"),
        APIField("area_names"),
        APIField("value_names"),
    ]

    is_creatable = False
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("story or case study")
        verbose_name_plural = _("stories and case studies")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("This address is used by the library itself; choose another.")})
        if errors := self.lead_image_errors():
            raise ValidationError(errors)
        try:
            validate_place(self.place)
        except ValidationError as error:
            raise ValidationError({"place": error.messages}) from error

    def save(self, *args, **kwargs):
        result = super().save(*args, **kwargs)
        # modelcluster writes tags after the row is saved, which is after the search index was
        # updated by the post_save signal: index again so searching a tag finds the entry.
        index.insert_or_update_object(self)
        return result

    @property
    def credit(self) -> str:
        if self.credit_anonymous or not self.credit_name.strip():
            return str(_("Anonymous"))
        return self.credit_name

    @property
    def kind(self) -> str:
        ids = kind_content_type_ids()
        return Kind.CASE_STUDY if self.content_type_id == ids[Kind.CASE_STUDY] else Kind.STORY

    @property
    def kind_label(self) -> str:
        return Kind(self.kind).label

    @property
    def completeness_label(self) -> str:
        return Completeness(self.completeness).label if self.completeness else ""

    @property
    def area_names(self) -> list[str]:
        return [area.name for area in self.framework_areas.all() if area.live]

    @property
    def value_names(self) -> list[str]:
        return [value.name for value in self.framework_values.all() if value.live]

    def get_meta_description(self) -> str:
        return self.search_description or self.summary

    def _published_context(self) -> dict:
        """Tags, framework, related stories and events of the published page."""
        facets = entry_facets(self)
        related = (
            StoryEntry.objects.live()
            .sibling_of(self, inclusive=False)
            .related_to(self, tag_ids=[tag.pk for tag in facets[TAG]], area_ids=[area.pk for area in facets[AREA]])
        )
        return {
            "entry_tags": facets[TAG],
            "entry_areas": facets[AREA],
            "entry_values": facets[VALUE],
            "related_entries": list(related),
            "related_events": list(self.related_events.live().exclude(restricted_q()).order_by("starts_at")),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if getattr(request, "is_preview", False):
            # A preview shows the unsaved edit: its tags and areas live in memory, not the database.
            context["entry_tags"] = list(self.tags.all())
            context["entry_areas"] = list(self.framework_areas.all())
            context["entry_values"] = list(self.framework_values.all())
            context["related_entries"] = list(
                StoryEntry.objects.live().sibling_of(self, inclusive=False).related_to(self)
            )
            context["related_events"] = list(self.related_events.all())  # unsaved links live in memory
        else:
            context.update(self._published_context())
        # The index's address without a query: this page's own address minus its slug.
        own_url = self.get_url(request) or ""
        context["index_url"] = own_url[: -len(self.slug) - 1] if own_url.endswith(f"{self.slug}/") else own_url
        return context
