"""Structured data (extruct: JSON-LD, microdata, RDFa, OpenGraph) on one page of every type in
every language, held against schema.org and Google's Event and Article requirements, plus the
OpenGraph and Twitter tags every page should carry for sharing."""

from collections import Counter
from datetime import datetime

import extruct
from lxml import html

from . import Result

# allauth's screens: not a page type (no Wagtail page behind them), and not meant to be shared.
ACCOUNT_ROUTES = ("route:accounts/",)
OG_REQUIRED = ("og:title", "og:type", "og:url", "og:image", "og:locale", "og:description")
TWITTER_REQUIRED = ("twitter:card",)
EVENT_REQUIRED = ("name", "startDate", "location")  # Google: required
EVENT_EXPECTED = ("endDate", "eventStatus", "eventAttendanceMode", "description", "image", "organizer", "offers")
ARTICLE_TYPES = {"Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle"}
ARTICLE_EXPECTED = ("headline", "image", "datePublished", "author")
STORY_TYPES = {"stories.StoryPage", "stories.CaseStudyPage"}
SCHEMA_EVERY_PAGE = ("events.EventPage", *sorted(STORY_TYPES), "home.HomePage")


def types_of(item) -> set:
    value = item.get("@type", [])
    return set(value if isinstance(value, list) else [value])


def flatten(items):
    for item in items:
        if isinstance(item, dict):
            if "@graph" in item:
                yield from flatten(item["@graph"])
            else:
                yield item


def iso_date(value) -> bool:
    try:
        datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        return True
    except ValueError:
        return False


def absolute(value) -> bool:
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or ""
    if isinstance(value, list):
        return bool(value) and all(absolute(v) for v in value)
    return isinstance(value, str) and value.startswith(("http://", "https://"))


def meta_tags(tree) -> dict:
    found = {}
    for element in tree.xpath("//meta[@property or @name]"):
        key = element.get("property") or element.get("name")
        found.setdefault(key, element.get("content") or "")
    return found


def event_problems(item, page_html) -> list[str]:
    problems = [f"Event has no {key} (Google: required)" for key in EVENT_REQUIRED if not item.get(key)]
    problems += [f"Event has no {key} (Google: recommended)" for key in EVENT_EXPECTED if not item.get(key)]
    for key in ("startDate", "endDate"):
        if item.get(key) and not iso_date(item[key]):
            problems.append(f"Event {key} {item[key]!r} is not ISO 8601")
    if "event__programme" in page_html and "speaker" in page_html.lower() and not item.get("performer"):
        problems.append("Event has no performer, though the page lists speakers")
    if item.get("image") and not absolute(item["image"]):
        problems.append(f"Event image {item['image']!r} is not an absolute URL")
    location = item.get("location") or {}
    for place in location if isinstance(location, list) else [location]:
        kind = types_of(place) if isinstance(place, dict) else set()
        if "Place" in kind and not place.get("address"):
            problems.append("Event Place has no address")
        if "VirtualLocation" in kind and not absolute(place.get("url")):
            problems.append("Event VirtualLocation has no absolute url")
    return problems


def article_problems(item) -> list[str]:
    problems = [f"{'/'.join(sorted(types_of(item)))} has no {key}" for key in ARTICLE_EXPECTED if not item.get(key)]
    author = item.get("author")
    for person in author if isinstance(author, list) else [author] if author else []:
        if not isinstance(person, dict) or not person.get("name"):
            problems.append("Article author has no name")
    if item.get("datePublished") and not iso_date(item["datePublished"]):
        problems.append(f"Article datePublished {item['datePublished']!r} is not ISO 8601")
    if item.get("image") and not absolute(item["image"]):
        problems.append("Article image is not an absolute URL")
    return problems


def check_metadata(ctx) -> list[Result]:
    schema = Result("structured data: schema.org, Google Event and Article rules (extruct)")
    sharing = Result("sharing: OpenGraph and Twitter tags on every page type")
    targets = {url: key for key, url in ctx.samples.items()}
    for kind in SCHEMA_EVERY_PAGE:  # rich-result types: every page of them, not one sample
        for url in ctx.inventory.urls_of(kind):
            targets.setdefault(url, (kind, ctx.inventory.language(url)))
    for url, (kind, code) in sorted(targets.items(), key=lambda item: (item[1], item[0])):
        answer = ctx.client.get(url)
        path = ctx.client.path(url)
        page_html = answer.text
        try:
            data = extruct.extract(page_html, base_url=url, syntaxes=["json-ld", "microdata", "rdfa", "opengraph"])
        except Exception as error:  # noqa: BLE001 - unreadable markup is a finding
            schema.fail(f"{path}: extruct cannot read the structured data: {error!r}")
            continue
        items = list(flatten(data.get("json-ld", []))) + list(flatten(data.get("microdata", [])))
        schema.checked += 1
        for item in data.get("json-ld", []):
            context = str(item.get("@context", ""))
            if "schema.org" not in context:
                schema.fail(f"{path}: JSON-LD block without a schema.org @context ({context!r})")
        for item in items:
            if not item.get("@type") and not item.get("type"):
                schema.fail(f"{path}: a structured-data item has no @type")
        found = set().union(*(types_of(item) for item in items)) if items else set()
        if kind == "events.EventPage":
            events = [item for item in items if any(t.endswith("Event") for t in types_of(item))]
            if not events:
                schema.fail(f"{path}: event page without schema.org Event")
            problems = Counter(problem for item in events for problem in event_problems(item, page_html))
            for problem, count in problems.items():
                share = f" ({count} of {len(events)} Event items)" if len(events) > 1 else ""
                schema.fail(f"{path}: {problem}{share}")
        if kind in STORY_TYPES:
            articles = [item for item in items if types_of(item) & ARTICLE_TYPES]
            if not articles:
                schema.fail(f"{path}: {kind} without Article markup (found: {', '.join(sorted(found)) or 'none'})")
            for item in articles[:1]:
                for problem in article_problems(item):
                    schema.fail(f"{path}: {problem}")
        if kind == "home.HomePage":
            for wanted in ("WebSite", "Organization"):
                if wanted not in found:
                    schema.fail(f"{path}: home page without schema.org {wanted}")

        if kind.startswith(ACCOUNT_ROUTES):
            continue  # sign-in, sign-up and reset screens are nobody's content to share
        sharing.checked += 1
        tags = meta_tags(html.fromstring(answer.body))
        absent = [key for key in OG_REQUIRED + TWITTER_REQUIRED if not tags.get(key)]
        if absent:
            sharing.fail(f"{path} ({kind}): no {', '.join(absent)}")
        for key in ("og:url", "og:image"):
            if tags.get(key) and not absolute(tags[key]):
                sharing.fail(f"{path}: {key} {tags[key]!r} is not an absolute URL")
        if tags.get("og:image") and ctx.client.internal(tags["og:image"]):
            image = ctx.client.get(tags["og:image"])
            if image.final_status != 200 or not image.content_type.startswith("image/"):
                sharing.fail(f"{path}: og:image {tags['og:image']} answers {image.final_status} {image.content_type}")
        if tags.get("og:locale") and not tags["og:locale"].lower().startswith(code):
            sharing.fail(f"{path}: og:locale {tags['og:locale']!r} does not match the page language {code!r}")
        if kind in STORY_TYPES and tags.get("og:type") != "article":
            sharing.fail(f"{path}: og:type is {tags.get('og:type')!r}, a story should be 'article'")
    return [schema, sharing]
