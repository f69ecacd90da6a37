"""Template tags for the handbook, and the entry points other apps' templates may include."""

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page

from handbook.blocks.notes import collector_from
from handbook.models import FrameworkPage, HandbookIndexPage

register = template.Library()


@register.inclusion_tag("handbook/components/home_entry_points.html", takes_context=True)
def handbook_entry_points(context, sections: int = 6):
    """The handbook, its first sections, the glossary and the framework, for the home page.

    Three small queries, none per item. Shows an empty state when there is no handbook yet.
    """
    locale = Locale.get_active()
    handbook = HandbookIndexPage.objects.live().filter(locale=locale).first()
    framework = FrameworkPage.objects.live().filter(locale=locale).first()
    children = []
    if handbook is not None:
        children = list(handbook.get_children().live().only("id", "title", "url_path", "path", "depth")[:sections])
    return {"request": context.get("request"), "handbook": handbook, "framework": framework, "sections": children}


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
    ancestors = (
        list(page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "path", "depth"))
        if isinstance(page, Page)
        else []
    )
    base = page.get_url(request)
    trail = []
    if glossary:
        trail.append((_("Glossary"), base + "glossary/"))
    if wanted:
        trail.append((_("Sections needed"), base + "wanted/"))
    return {"request": request, "page": page, "ancestors": ancestors, "trail": trail, "current": current}
