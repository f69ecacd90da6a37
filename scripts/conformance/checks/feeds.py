"""RSS 2.0 and Atom (RFC 4287) feeds, by the rules a feed validator applies: well-formed
(feedparser's bozo flag), absolute links, RFC 822 / RFC 3339 dates, unique ids that stay the
same on a second fetch, a self link naming the feed's own URL, an author (Atom), a language."""

import re
from email.utils import parsedate_to_datetime

import feedparser
from lxml import etree

from . import Result

ATOM = "{http://www.w3.org/2005/Atom}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")


def absolute(url) -> bool:
    return bool(url) and url.startswith(("http://", "https://"))


def rfc822(text) -> bool:
    try:
        return parsedate_to_datetime(text or "") is not None and "," in (text or "")
    except (TypeError, ValueError):
        return False


def atom_problems(root, url) -> list[str]:
    problems = []
    text = lambda element, tag: (element.findtext(ATOM + tag) or "").strip()  # noqa: E731
    for tag in ("id", "title", "updated"):
        if not text(root, tag):
            problems.append(f"feed has no <{tag}>")
    if text(root, "updated") and not RFC3339.match(text(root, "updated")):
        problems.append(f"feed <updated> {text(root, 'updated')!r} is not an RFC 3339 date")
    if not root.get(XML_LANG):
        problems.append("feed has no xml:lang")
    selfs = [link.get("href") for link in root.findall(ATOM + "link") if link.get("rel") == "self"]
    if not selfs:
        problems.append('feed has no <link rel="self">')
    elif not any(href == url or href.endswith(url.split("/", 3)[-1]) for href in selfs):
        problems.append(f"self link {selfs[0]} is not the feed's own URL")
    feed_author = root.find(ATOM + "author") is not None and text(root.find(ATOM + "author"), "name")
    entries = root.findall(ATOM + "entry")
    authorless = []
    for index, entry in enumerate(entries, 1):
        label = f"entry {index} ({text(entry, 'id') or 'no id'})"
        for tag in ("id", "title", "updated"):
            if not text(entry, tag):
                problems.append(f"{label} has no <{tag}>")
        for tag in ("updated", "published"):
            if text(entry, tag) and not RFC3339.match(text(entry, tag)):
                problems.append(f"{label} <{tag}> {text(entry, tag)!r} is not an RFC 3339 date")
        author = entry.find(ATOM + "author")
        if not feed_author and (author is None or not text(author, "name")):
            authorless.append(str(index))
        for link in entry.findall(ATOM + "link"):
            if not absolute(link.get("href")):
                problems.append(f"{label} link {link.get('href')!r} is not absolute")
    if authorless:
        problems.append(
            f"no <author><name> on the feed nor on {len(authorless)} of {len(entries)} entries "
            f"(RFC 4287 §4.1.1 requires one): entries {', '.join(authorless[:10])}"
        )
    return problems


def rss_problems(root, url) -> list[str]:
    problems = []
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        return ["not an RSS 2.0 document (<rss><channel>)"]
    for tag in ("title", "link", "description"):
        if not (channel.findtext(tag) or "").strip():
            problems.append(f"channel has no <{tag}>")
    if not absolute(channel.findtext("link")):
        problems.append(f"channel <link> {channel.findtext('link')!r} is not absolute")
    if not (channel.findtext("language") or "").strip():
        problems.append("channel has no <language>")
    for tag in ("pubDate", "lastBuildDate"):
        if channel.findtext(tag) and not rfc822(channel.findtext(tag)):
            problems.append(f"channel <{tag}> {channel.findtext(tag)!r} is not an RFC 822 date")
    selfs = [link.get("href") for link in channel.findall(ATOM + "link") if link.get("rel") == "self"]
    if not selfs:
        problems.append('channel has no <atom:link rel="self">')
    for index, item in enumerate(channel.findall("item"), 1):
        label = f"item {index} ({item.findtext('guid') or 'no guid'})"
        if not (item.findtext("title") or item.findtext("description")):
            problems.append(f"{label} has neither <title> nor <description>")
        if not absolute(item.findtext("link")):
            problems.append(f"{label} <link> {item.findtext('link')!r} is not absolute")
        if not item.findtext("guid"):
            problems.append(f"{label} has no <guid>")
        elif item.find("guid").get("isPermaLink", "true") == "true" and not absolute(item.findtext("guid")):
            problems.append(f"{label} <guid> is a permalink but not an absolute URL")
        if not rfc822(item.findtext("pubDate")):
            problems.append(f"{label} <pubDate> {item.findtext('pubDate')!r} is not an RFC 822 date")
    return problems


def ids(root) -> list[str]:
    if root.tag == ATOM + "feed":
        return [(entry.findtext(ATOM + "id") or "").strip() for entry in root.findall(ATOM + "entry")]
    return [(item.findtext("guid") or "").strip() for item in root.iterfind("channel/item")]


def check_feed(client, answer) -> list[str]:
    parsed = feedparser.parse(answer.body)
    problems = []
    if parsed.bozo:
        problems.append(f"feedparser: not well-formed: {parsed.bozo_exception}")
    try:
        root = etree.fromstring(answer.body)
    except etree.XMLSyntaxError as error:
        return [*problems, f"not XML: {error}"]
    problems += atom_problems(root, answer.url) if root.tag == ATOM + "feed" else rss_problems(root, answer.url)
    first = ids(root)
    duplicates = sorted({i for i in first if first.count(i) > 1})
    if duplicates:
        problems.append(f"ids used by more than one entry: {', '.join(duplicates)}")
    again = client.fetch(answer.url)
    try:
        second = ids(etree.fromstring(again.body))
    except etree.XMLSyntaxError:
        second = []
    if second != first:
        problems.append("entry ids differ between two fetches (ids must be stable)")
    return problems


def check_feeds(ctx) -> list[Result]:
    result = Result("feeds: RSS and Atom by the RFC rules (feedparser + explicit checks)")
    feeds = ctx.crawl.answers_of_type("application/rss+xml", "application/atom+xml")
    for answer in feeds:
        result.checked += 1
        for problem in check_feed(ctx.client, answer):
            result.fail(f"{ctx.client.path(answer.url)}: {problem}")
    if not feeds:
        result.fail("the crawl found no RSS or Atom feed")
    return [result]
