"""The glossary: shared words, their abbreviations and what they mean.

Terms are translatable snippets (see docs/decisions/0004-glossary-terms-as-snippets.md). The
handbook index page shows them at /handbook/glossary/ and /handbook/glossary/<slug>/.

Terms keep drafts, revisions, locks and a preview (``cms.models.drafts``): readers see only
published terms (``GlossaryTerm.objects.live()``), and a saved draft never changes the glossary.
The preview is the term's own glossary page, rendered by the handbook in the term's language.
"""

from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    Page,
    PreviewableMixin,
    ReferenceIndex,
    RevisionMixin,
    TranslatableMixin,
)
from wagtail.search import index

from cms.admin_forms import LocaleUniqueForm
from cms.models.drafts import SCHEDULE_PANEL, LiveQuerySet

from ..alphabets import LATIN, Alphabet


class GlossaryTermQuerySet(LiveQuerySet):
    def in_locale(self, locale=None):
        """Terms in ``locale``, else in the reader's language (joined: no query for the locale)."""
        if locale is not None:
            return self.filter(locale=locale)
        try:
            language = get_supported_content_language_variant(get_language())
        except LookupError:
            language = settings.LANGUAGE_CODE
        return self.filter(locale__language_code=language)

    def matching(self, query: str):
        """Terms whose name, other names or definition contain the words typed (any case)."""
        query = query.strip()
        if not query:
            return self
        return self.filter(
            Q(term__icontains=query) | Q(alternative_names__icontains=query) | Q(short_definition__icontains=query)
        )

    def in_reading_order(self, alphabet: Alphabet = LATIN):
        """A to Z whatever the case (the database's own collation differs: SQLite puts "a"
        after "Z"), after the article in Arabic; the slug breaks ties, so paging is stable."""
        return self.order_by(alphabet.sort_key(), "slug")

    def starting_with(self, letter: str, alphabet: Alphabet = LATIN):
        """Terms listed under ``letter`` (see handbook/alphabets.py); every term when empty."""
        return self.filter(alphabet.starts_with(letter)) if letter else self

    def initials(self, alphabet: Alphabet = LATIN) -> set[str]:
        """The letters that have at least one term, from one query returning at most a few
        dozen rows however many terms there are."""
        firsts = self.order_by().annotate(first=alphabet.first_letter()).values_list("first", flat=True)
        return {alphabet.letter_of(first) for first in firsts.distinct()}

    def before(self, term, alphabet: Alphabet = LATIN):
        """Terms that come before ``term`` in reading order (to find the page it is on)."""
        key = alphabet.sort_key(term.term)  # lowered by the database, as the terms are
        return self.alias(key=alphabet.sort_key()).filter(Q(key__lt=key) | Q(key=key, slug__lt=term.slug))


class GlossaryTerm(
    PreviewableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    ClusterableModel,
):
    term = models.CharField(max_length=120, help_text="The word or phrase as readers meet it, e.g. 'CAN'.")
    slug = models.SlugField(max_length=120, help_text="Used in the address, e.g. /handbook/glossary/can/.")
    short_definition = models.CharField(
        max_length=300, help_text="One sentence. Shown wherever the term is used, so keep it plain."
    )
    explanation = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="The longer story: shown on the term's page.",
    )
    alternative_names = models.TextField(
        blank=True,
        max_length=1000,
        help_text="Other names, spellings and what abbreviations stand for: one per line, "
        "e.g. 'Citizen Action Network'.",
    )
    related_terms = ParentalManyToManyField("self", blank=True, symmetrical=False, related_name="+")

    base_form_class = LocaleUniqueForm
    panels = [
        FieldPanel("term"),
        FieldPanel("slug"),
        FieldPanel("short_definition"),
        FieldPanel("alternative_names"),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [FieldPanel("related_terms"), InlinePanel("explained_in", label="Page that explains it more")],
            heading="Related",
        ),
        SCHEDULE_PANEL,
    ]
    search_fields = [
        index.SearchField("term", boost=4),
        index.AutocompleteField("term"),
        index.SearchField("alternative_names", boost=2),
        index.SearchField("short_definition"),
        index.SearchField("explanation"),
        index.FilterField("locale_id"),
    ]

    objects = GlossaryTermQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = "glossary term"
        ordering = ["term"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self) -> str:
        return self.term

    @property
    def other_names(self) -> list[str]:
        return [line.strip() for line in self.alternative_names.splitlines() if line.strip()]

    @property
    def anchor(self) -> str:
        return f"term-{self.slug}"

    def pages_using(self):
        """Live pages whose content uses this term, from Wagtail's reference index (one query).

        The index stores object ids as text, so the page id is cast to compare (PostgreSQL is
        strict about that)."""
        if self.pk is None:
            return Page.objects.none()
        page_type = ReferenceIndex._get_base_content_type(Page)
        using = ReferenceIndex.get_references_to(self).filter(
            base_content_type=page_type, object_id=Cast(OuterRef("pk"), models.CharField())
        )
        return (
            Page.objects.live().filter(Exists(using)).order_by("title").only("id", "title", "url_path", "path", "depth")
        )

    def serve_preview(self, request, mode_name):
        """The term's glossary page as readers will see it, from the handbook in its language."""
        from .index import HandbookIndexPage

        handbooks = HandbookIndexPage.objects.order_by("-live", "pk")
        handbook = handbooks.filter(locale_id=self.locale_id).first() or handbooks.first()
        if handbook is None:
            return super().serve_preview(request, mode_name)
        return handbook.render_glossary_term(request, self)

    def get_preview_template(self, request, mode_name):
        return "handbook/previews/no_handbook.html"

    @classmethod
    def search_with_urls(cls, request, query: str, limit: int = 5, index_page=None) -> list[tuple["GlossaryTerm", str]]:
        """Up to ``limit`` terms matching ``query`` with the URL of each, for site search.

        Two queries however many terms match: the search, and the glossary's page (none when
        the handbook's index page in the reader's language is given as ``index_page``).
        """
        from .index import HandbookIndexPage

        best_first = models.Case(
            models.When(term__iexact=query, then=0),
            models.When(term__icontains=query, then=1),
            models.When(alternative_names__icontains=query, then=2),
            default=3,
        )
        # By the reader's language code: no query for the locale itself.
        in_language = cls.objects.live().filter(locale__language_code=get_language())
        terms = list(in_language.matching(query).order_by(best_first, "term")[:limit])
        if not terms:
            return []
        if index_page is None:
            index_page = HandbookIndexPage.objects.live().filter(locale_id=terms[0].locale_id).first()
        if index_page is None:
            return []
        base = index_page.get_url(request)
        return [(term, f"{base}glossary/{term.slug}/") for term in terms]


class GlossaryTermPage(Orderable):
    """A page that explains a term at more length (chosen by editors, kept in order)."""

    term = ParentalKey(GlossaryTerm, on_delete=models.CASCADE, related_name="explained_in")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("page that explains it more")
