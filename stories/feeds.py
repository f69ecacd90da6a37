"""RSS and Atom feeds of new stories and case studies, for the whole library or one tag.

Django's syndication framework writes valid RSS 2.0 and Atom 1.0. Items carry the title,
summary, address, date and tags only: no author names or anything else about people. Atom
requires an author (RFC 4287 4.1.1, 4.1.2): the feed and each entry name the site, the
publisher that stands behind every story, never the member who sent it in.

Addresses come from BASE_URL (cms/addresses.py), never from the request. Entry and feed ids
are ``urn:uuid:`` names made from the page's ``translation_key`` and language, so they stay
the same when the site moves to another host name (a reader does not see every entry again).
"""

import uuid

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from taggit.models import Tag
from wagtail.models import Site

from cms.addresses import absolute_url

FEED_SIZE = 20
# Fixed forever: the namespace of every story feed's entry and feed ids.
ID_NAMESPACE = uuid.UUID("5b0f3c2e-8a41-4f7e-9d57-1c2b3a4d5e6f")


def stable_id(page, language: str, *extra: str) -> str:
    """``urn:uuid:…`` for a page in a language (plus e.g. a tag): independent of the host."""
    name = ":".join([str(page.translation_key), language, *extra])
    return f"urn:uuid:{uuid.uuid5(ID_NAMESPACE, name)}"


class StoryRssFeed(Feed):
    def get_object(self, request, index, tag_slug=None):
        self.request = request
        self.language = index.locale.language_code  # Django reads the attribute, not a method
        tag = get_object_or_404(Tag, slug=tag_slug) if tag_slug else None
        return {"index": index, "tag": tag}

    def title(self, obj):
        if obj["tag"]:
            return _("%(library)s tagged “%(tag)s”") % {"library": obj["index"].title, "tag": obj["tag"].name}
        return obj["index"].title

    def link(self, obj):
        url = obj["index"].get_full_url(self.request)
        return f"{url}tags/{obj['tag'].slug}/" if obj["tag"] else url

    def feed_url(self, obj):
        return absolute_url(self.request.path)

    def feed_guid(self, obj):
        return stable_id(obj["index"], self.language, *(["tag", obj["tag"].slug] if obj["tag"] else []))

    def author_name(self, obj):
        return self._publisher()

    def author_link(self, obj):
        return absolute_url("/")

    def _publisher(self) -> str:
        site = Site.find_for_request(self.request)
        return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME

    def description(self, obj):
        return obj["index"].introduction or _("New stories and case studies.")

    def items(self, obj):
        entries = obj["index"].entries().public().for_listing().newest_first()
        if obj["tag"]:
            entries = entries.with_tag(obj["tag"].slug)
        return entries[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # Readers render an RSS <description> and an Atom <summary type="html"> as HTML; the
        # summary is plain text (members write it), so it goes in escaped, shown as typed.
        return escape(item.summary)

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return stable_id(item, self.language)

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return self._publisher()

    def item_categories(self, item):
        return [tag.name for tag in item.tags.all()]


class StoryAtomFeed(StoryRssFeed):
    feed_type = Atom1Feed
    subtitle = StoryRssFeed.description
