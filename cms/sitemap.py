"""The sitemap: every language's pages, each with ``xhtml:link`` alternates to its translations.

Wagtail's own sitemap lists the tree under the request's site root, which is the default
language's home; each translation of the site lives in its own tree (a sibling home sharing
the root's ``translation_key``), so Welsh and Arabic pages were missing. Here every
translation of the root is walked, and each page names its live translations (itself and
``x-default`` included), as Google asks: the same pairs as the pages' own ``hreflang`` links.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from django.urls import Resolver404
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class SiteSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key, depth=root.depth).live()
        within = Q(pk__in=[])
        for tree in roots.only("path"):
            within |= Q(path__startswith=tree.path)
        return Page.objects.filter(within).live().public().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        listed = []
        versions: dict = defaultdict(dict)
        for item in self.paginator.page(page).object_list.iterator():
            infos = item.get_sitemap_urls(self.request)
            listed.append((item, infos))
            if infos:
                versions[item.translation_key][codes.get(item.locale_id)] = (infos[0]["location"], item)
        urls, last_mods = [], set()
        for item, infos in listed:
            found = versions[item.translation_key]
            if infos and len(found) > 1:
                infos[0]["alternates"] = _alternates({code: location for code, (location, _page) in found.items()})
                for info in infos[1:]:  # a routable page's own addresses: a term, a tag, an area
                    tails = _subpage_tails(item, info["location"][len(infos[0]["location"]) :], found)
                    if len(tails) > 1:
                        info["alternates"] = _alternates(tails)
            for info in infos:
                urls.append(info)
                last_mods.add(info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


def _alternates(found: dict) -> list[dict]:
    """``xhtml:link`` entries in the order of ``LANGUAGES``, plus ``x-default``."""
    alternates = [{"lang_code": code, "location": found[code]} for code, _name in settings.LANGUAGES if code in found]
    if settings.LANGUAGE_CODE in found:
        alternates.append({"lang_code": "x-default", "location": found[settings.LANGUAGE_CODE]})
    return alternates


def _subpage_tails(item, tail: str, found: dict) -> dict:
    """The sub-page at ``tail`` of ``item`` in each translation that has it (``subpage_in``,
    the same rule as the pages' own ``hreflang`` links)."""
    try:
        match = item.get_resolver().resolve("/" + tail)
    except (AttributeError, Resolver404):
        return {}
    own = item.locale_id
    tails = {}
    for code, (location, other) in found.items():
        other_tail = tail if other.locale_id == own else item.subpage_in(match, other)
        if other_tail is not None:
            tails[code] = location + other_tail
    return tails
