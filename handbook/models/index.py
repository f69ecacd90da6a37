"""The handbook's front page, with the wanted list, the glossary and the contribution form.

Wagtail idiom: ``RoutablePageMixin`` lets one page answer several URLs below its own
(/handbook/wanted/, /handbook/glossary/<slug>/, /handbook/contribute/<gap>/), each a method
decorated with ``@path``. Child pages are still routed the usual way.
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.url_routing import RouteResult

from cms import ratelimit
from cms.models import BasePage
from cms.routing import routed_page
from handbook.forms import ContributionForm

from ..alphabets import OTHER_LETTER, alphabet_for
from .contents import contents_page
from .gaps import GapContribution, HandbookGap
from .glossary import GlossaryTerm
from .handbook import HandbookPage

GLOSSARY_SEARCH_MAX = 100
# Terms per page of the glossary: about a screenful or two; the page costs the same however
# many terms there are (docs/performance.md).
GLOSSARY_PAGE_SIZE = 20
GLOSSARY_LIST_FIELDS = ("id", "term", "slug", "short_definition", "alternative_names", "translation_key", "locale_id")


class HandbookIndexPage(RoutablePageMixin, BasePage):
    introduction = models.TextField(blank=True, max_length=600, help_text="One or two sentences under the title.")
    glossary_introduction = models.TextField(
        blank=True, max_length=600, help_text="A sentence or two at the top of the glossary."
    )
    wanted_introduction = models.TextField(
        blank=True, max_length=600, help_text="A sentence or two at the top of the list of sections needed."
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("glossary_introduction"),
        FieldPanel("wanted_introduction"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["handbook.HandbookPage"]
    max_count_per_parent = 1
    template = "handbook/handbook_index_page.html"

    class Meta:
        verbose_name = "handbook index page"

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def route(self, request, path_components):
        """Find a handbook page at any depth with ONE query on its URL path, instead of
        Wagtail's two queries per level (the routing has read its row along the path: it is
        loaded with its translations, ``cms.routing.routed_page``); sub-URLs and anything else
        route as usual."""
        if path_components and self.live and not self._matches_subpage(path_components):
            url_path = self.url_path + "/".join(path_components) + "/"
            page = routed_page(request, url_path)
            if not isinstance(page, HandbookPage):
                page = HandbookPage.objects.filter(url_path=url_path).first()
            if page is not None:
                if not page.live:
                    raise Http404
                page._handbook_index = self
                return RouteResult(page)
        return super().route(request, path_components)

    def _matches_subpage(self, path_components) -> bool:
        try:
            self.resolve_subpage("/" + "/".join(path_components) + "/")
        except Http404:
            return False
        return True

    # ----- URLs below the index ---------------------------------------------------------

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        lastmod = urls[0]["lastmod"]
        urls.append({"location": base + "wanted/", "lastmod": lastmod})
        urls.append({"location": base + "glossary/", "lastmod": lastmod})
        for slug in GlossaryTerm.objects.live().filter(locale_id=self.locale_id).values_list("slug", flat=True):
            urls.append({"location": f"{base}glossary/{slug}/"})
        return urls

    def subpage_in(self, match, other):
        """A glossary term under its translated slug; a gap's pages where that gap is open."""
        if match.url_name == "glossary_term":
            keys = GlossaryTerm.objects.live().filter(slug=match.kwargs["slug"], locale_id=self.locale_id)
            translated = GlossaryTerm.objects.live().filter(
                locale_id=other.locale_id, translation_key__in=keys.values("translation_key")
            )
            slug = translated.values_list("slug", flat=True).first()
            return self.reverse_subpage("glossary_term", kwargs={"slug": slug}) if slug else None
        if match.url_name in ("contribute", "contribute_thanks"):
            gaps = HandbookGap.objects.open().filter(page__path__startswith=other.path, key=match.kwargs["key"])
            return self.reverse_subpage(match.url_name, kwargs=match.kwargs) if gaps.exists() else None
        return super().subpage_in(match, other)

    @path("")
    def contents(self, request):
        page_obj, sections = contents_page(self, request, request.GET.get("page"))
        return self.render(
            request,
            context_overrides={"page_obj": page_obj, "sections": sections, "gap_count": self._gaps().count()},
        )

    def _gaps(self):
        return HandbookGap.objects.open().filter(page__path__startswith=self.path)

    @path("wanted/")
    def wanted(self, request):
        return self.render(
            request,
            template="handbook/wanted.html",
            context_overrides={"gaps": list(self._gaps()), "route_title": _("Sections needed")},
        )

    @path("glossary/")
    def glossary(self, request):
        """The terms A to Z, a page at a time: all of them, those under one letter
        (``?letter=C``) or those matching the reader's words (``?q=``). ``?term=<slug>`` opens
        the page of that term's letter that lists it (the term page's way back).

        Three queries whatever the glossary's size: the letters that have terms, the count
        and the page of terms (only the fields the list shows); two more for ``?term=``.
        """
        query = request.GET.get("q", "").strip()[:GLOSSARY_SEARCH_MAX]
        alphabet = alphabet_for(get_language() or "")  # the page's own language (its address)
        letters = [*alphabet.letters, OTHER_LETTER]
        letter = request.GET.get("letter", "").strip().upper()
        letter = letter if letter in letters else ""
        number = request.GET.get("page")
        terms = GlossaryTerm.objects.live().filter(locale_id=self.locale_id)
        initials = terms.initials(alphabet)
        slug = request.GET.get("term", "")
        found = terms.filter(slug=slug).only("term", "slug").first() if slug and not query else None
        if found is not None:
            letter = alphabet.letter_of(found.term)
            number = terms.starting_with(letter, alphabet).before(found, alphabet).count() // GLOSSARY_PAGE_SIZE + 1
        shown = (
            terms.matching(query).starting_with(letter, alphabet).in_reading_order(alphabet).only(*GLOSSARY_LIST_FIELDS)
        )
        page_obj = Paginator(shown, GLOSSARY_PAGE_SIZE).get_page(number)
        groups: dict[str, list] = {}
        for term in page_obj:
            groups.setdefault(alphabet.letter_of(term.term), []).append(term)
        glossary_url = self.get_url(request) + "glossary/"
        kept = {"q": query} if query else {"letter": letter} if letter else {}
        return self.render(
            request,
            template="handbook/glossary.html",
            context_overrides={
                "route_title": _("Glossary"),
                "query": query,
                "letter": letter,
                "glossary_url": glossary_url,
                "groups": list(groups.items()),
                "letters": [(each, each in initials) for each in letters if each != OTHER_LETTER or each in initials]
                if initials
                else [],
                "page_obj": page_obj,
                "query_prefix": urlencode(kept) + "&" if kept else "",
                "term_count": page_obj.paginator.count,
            },
        )

    @path("glossary/<slug:slug>/")
    def glossary_term(self, request, slug):
        term = get_object_or_404(GlossaryTerm.objects.live(), slug=slug, locale_id=self.locale_id)
        return self.render_glossary_term(request, term)

    def render_glossary_term(self, request, term):
        """A term's page; also its preview in the admin (``term`` may be an unsaved draft,
        whose related terms and pages are kept in memory, so they are read without a query)."""
        fields = ("id", "term", "slug", "short_definition", "live", "locale_id", "translation_key")
        related = list(term.related_terms.order_by("term").only(*fields))
        if any(item.locale_id != term.locale_id for item in related):
            # A translated term keeps its original's related terms (wagtail-localize copies the
            # links): show each in the term's language where it has been translated (one query).
            keys = [item.translation_key for item in related]
            same_language = GlossaryTerm.objects.filter(locale_id=term.locale_id, translation_key__in=keys)
            local = {item.translation_key: item for item in same_language.only(*fields)}
            related = sorted({local.get(item.translation_key, item) for item in related}, key=lambda item: item.term)
        explained_in = term.explained_in.select_related("page")
        return self.render(
            request,
            template="handbook/glossary_term.html",
            context_overrides={
                "route_title": term.term,
                "term": term,
                "related_terms": [item for item in related if item.live],
                "explained_in": [item.page for item in explained_in if item.page.live],
                "pages_using": list(term.pages_using()),
            },
        )

    def _gap_or_404(self, key):
        gap = self._gaps().filter(key=key).first()
        if gap is None:
            raise Http404
        return gap

    @path("contribute/<uuid:key>/")
    def contribute(self, request, key):
        gap = self._gap_or_404(key)
        form = ContributionForm(request.POST or None)
        limited = request.method == "POST" and ratelimit.is_limited(request, "contribution")
        if limited:
            ratelimit.refuse(form)
        elif request.method == "POST" and form.is_valid():
            if not form.is_spam():
                data = form.cleaned_data
                GapContribution.objects.create(
                    gap=gap,
                    gap_key=gap.key,
                    gap_title=gap.title,
                    page_id=gap.page_id,
                    name=data["name"],
                    email=data["email"],
                    text=data["text"],
                    consent=data["consent"],
                )
            return redirect(self.get_url(request) + self.reverse_subpage("contribute_thanks", kwargs={"key": key}))
        response = self.render(
            request,
            template="handbook/contribute.html",
            context_overrides={"route_title": _("Offer text for a section"), "gap": gap, "form": form},
        )
        return ratelimit.mark_limited(response) if limited else response

    @path("contribute/<uuid:key>/thanks/")
    def contribute_thanks(self, request, key):
        gap = self._gap_or_404(key)
        return self.render(
            request,
            template="handbook/contribute_thanks.html",
            context_overrides={"route_title": _("Thank you"), "gap": gap},
        )
