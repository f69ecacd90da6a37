"""Template tags for the handbook, and the entry points other apps' templates may include."""

from django import template
from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from handbook.blocks.notes import collector_from
from handbook.illustrations import facet_key, illustration_url
from handbook.models import FrameworkPage, HandbookIndexPage, HandbookPage

register = template.Library()


@register.inclusion_tag("handbook/components/home_entry_points.html", takes_context=True)
def handbook_entry_points(context, sections: int = 6):
    """The handbook, its first sections, the glossary and the framework, for the home page.

    ONE query: the handbook index and framework pages of the reader's language, plus the
    handbook's top-level sections (pages whose parent is a live handbook index). Shows an
    empty state when there is no handbook yet.
    """
    language = get_supported_content_language_variant(get_language())
    handbook, framework, children = _entry_points(language)
    return {
        "request": context.get("request"),
        "handbook": handbook,
        "framework": framework,
        "sections": children[:sections],
    }


def _entry_points(language: str):
    types = ContentType.objects.get_for_models(HandbookIndexPage, FrameworkPage, HandbookPage)
    parent_is_index = Exists(
        HandbookIndexPage.objects.filter(
            live=True, path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
        )
    )
    pages = list(
        Page.objects.live()
        .filter(locale__language_code=language)
        .filter(
            Q(content_type__in=[types[HandbookIndexPage], types[FrameworkPage]])
            | (Q(content_type=types[HandbookPage]) & Q(parent_is_index))
        )
        .order_by("path")
        .only("id", "title", "url_path", "path", "depth", "content_type_id")
    )
    handbook = next((p for p in pages if p.content_type_id == types[HandbookIndexPage].pk), None)
    framework = next((p for p in pages if p.content_type_id == types[FrameworkPage].pk), None)
    children = []
    if handbook is not None:
        children = [p for p in pages if p.depth == handbook.depth + 1 and p.path.startswith(handbook.path)]
    return handbook, framework, children


@register.simple_tag(takes_context=True)
def footnote(context, rich_text):
    """Number a block's reference (e.g. a quotation's source) as a note of the page."""
    if not rich_text or not str(getattr(rich_text, "source", rich_text)).strip():
        return ""
    html = str(rich_text.__html__()).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = mark_safe(html[3:-4])  # noqa: S308 - editor rich text: unwrap a single paragraph
    collector = collector_from(context)
    if collector is None:
        return format_html('<span class="quotation__reference">{}</span>', html)
    return collector.add(html)


@register.inclusion_tag("handbook/components/route_breadcrumbs.html", takes_context=True)
def route_breadcrumbs(context, current: str, glossary: bool = False, wanted: bool = False):
    """Breadcrumbs for a URL below a routable page: its ancestors, the page, then ``current``."""
    from django.utils.translation import gettext as _

    page = context["page"]
    request = context.get("request")
    ancestors = []
    if isinstance(page, Page):
        # The pages routing found along the path (cms/routing.py), when it found them all.
        routed = [p for p in getattr(request, "_cms_route_pages", None) or [] if p.depth < page.depth]
        routed = [p for p in routed if p.depth >= 2 and page.path.startswith(p.path)]
        if len(routed) == page.depth - 2:
            ancestors = sorted(routed, key=lambda p: p.depth)
        else:
            ancestors = list(page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "path", "depth"))
    base = page.get_url(request)
    trail = []
    if glossary:
        trail.append((_("Glossary"), base + "glossary/"))
    if wanted:
        trail.append((_("Sections needed"), base + "wanted/"))
    return {"request": request, "page": page, "ancestors": ancestors, "trail": trail, "current": current}


@register.filter
def framework_illustration(facet) -> str:
    """``{{ area|framework_illustration }}``: the static address of that area's or value's
    drawing, or of the site's mark (``handbook.illustrations``)."""
    return illustration_url(facet_key(facet))


@register.simple_tag
def fallback_illustration_url(*candidates) -> str:
    """``{% fallback_illustration_url area value as src %}``: the drawing of the first candidate
    given (an area or value, or its stable slug), else the site's mark. Missing candidates are
    fine (simple-tag arguments resolve to ""), unlike a filter's argument."""
    return illustration_url(next((key for key in map(facet_key, candidates) if key), None))
