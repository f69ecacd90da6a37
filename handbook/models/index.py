"""The handbook's front page, with the wanted list, the glossary and the contribution form.

Wagtail idiom: ``RoutablePageMixin`` lets one page answer several URLs below its own
(/handbook/wanted/, /handbook/glossary/<slug>/, /handbook/contribute/<gap>/), each a method
decorated with ``@path``. Child pages are still routed the usual way.
"""

import string

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.url_routing import RouteResult

from cms import ratelimit
from cms.models import BasePage
from handbook.forms import ContributionForm

from .gaps import GapContribution, HandbookGap
from .glossary import OTHER_LETTER, GlossaryTerm
from .handbook import HandbookPage, HandbookTree

GLOSSARY_SEARCH_MAX = 100


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
        Wagtail's two queries per level; sub-URLs and anything else route as usual."""
        if path_components and self.live and not self._matches_subpage(path_components):
            url_path = self.url_path + "/".join(path_components) + "/"
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
        tree = HandbookTree(self)
        return self.render(request, context_overrides={"contents": tree.nested(), "gap_count": self._gaps().count()})

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
        """Every term by letter, or those matching the reader's words.

        One query for the terms (only the fields the list shows).
        """
        query = request.GET.get("q", "").strip()[:GLOSSARY_SEARCH_MAX]

        def build():
            terms = GlossaryTerm.objects.live().filter(locale_id=self.locale_id).matching(query)
            groups: dict[str, list] = {}
            fields = ("id", "term", "slug", "short_definition", "alternative_names", "translation_key", "locale_id")
            for term in terms.only(*fields):
                groups.setdefault(term.letter, []).append(term)
            letters = [*string.ascii_uppercase, OTHER_LETTER]
            context = {
                "page": self,
                "query": query,
                "groups": [(letter, groups[letter]) for letter in letters if letter in groups],
                "letters": [
                    (letter, letter in groups) for letter in letters if letter != OTHER_LETTER or letter in groups
                ],
            }
            html = render_to_string("handbook/components/glossary_list.html", context, request=request)
            return html, sum(len(group) for group in groups.values())

        glossary_list, term_count = build()
        return self.render(
            request,
            template="handbook/glossary.html",
            context_overrides={
                "route_title": _("Glossary"),
                "query": query,
                "glossary_list": glossary_list,
                "term_count": term_count,
            },
        )

    @path("glossary/<slug:slug>/")
    def glossary_term(self, request, slug):
        term = get_object_or_404(GlossaryTerm.objects.live(), slug=slug, locale_id=self.locale_id)
        return self.render_glossary_term(request, term)

    def render_glossary_term(self, request, term):
        """A term's page; also its preview in the admin (``term`` may be an unsaved draft,
        whose related terms and pages are kept in memory, so they are read without a query)."""
        related = term.related_terms.order_by("term").only("id", "term", "slug", "short_definition", "live")
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
