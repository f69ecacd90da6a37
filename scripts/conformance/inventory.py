"""What the crawl found, by page type: Wagtail's read API names the type of every page; a
routable sub-page (glossary term, tag, past events, …) is named by its page's type and route."""

import json
import re
from urllib.parse import urlsplit

API_LIMIT = 20  # Wagtail's default WAGTAILAPI_LIMIT_MAX
ROUTE_WORDS = {"glossary", "wanted", "contribute", "thanks", "tags", "past", "feed", "rss", "atom"}
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def api_pages(client) -> list[dict]:
    items, offset = [], 0
    while True:
        answer = client.fetch(f"{client.base}/api/v2/pages/?limit={API_LIMIT}&offset={offset}&fields=*")
        data = answer_json(answer)
        items += data["items"]
        offset += API_LIMIT
        if offset >= data["meta"]["total_count"]:
            return items


def answer_json(answer):
    return json.loads(answer.body)


class Inventory:
    def __init__(self, client, crawl, languages):
        self.client = client
        self.languages = languages
        self.api = api_pages(client)
        self.type_of = {client.absolute(item["meta"]["html_url"]): item["meta"]["type"] for item in self.api}
        self.kinds = {}
        for answer in crawl.html_pages():
            if urlsplit(answer.url).query:
                continue
            self.kinds[answer.url] = self.kind(answer.url)

    def language(self, url: str) -> str:
        first = urlsplit(url).path.strip("/").split("/")[0]
        return first if first in self.languages else ""

    def kind(self, url: str) -> str:
        if url in self.type_of:
            return self.type_of[url]
        path = urlsplit(url).path
        segments = [s for s in path.strip("/").split("/") if s]
        for cut in range(len(segments) - 1, 0, -1):
            prefix = f"{self.client.base}/{'/'.join(segments[:cut])}/"
            page_type = self.type_of.get(prefix)
            if page_type:
                rest = segments[cut:]
                if page_type == "home.HomePage":  # site routes (accounts, search): all literal
                    return "route:" + "/".join(rest)
                shape = [s if s in ROUTE_WORDS else "<uuid>" if UUID.match(s) else "<slug>" for s in rest]
                return f"{page_type}:{'/'.join(shape)}"
        return "route:" + path

    def samples(self) -> dict[tuple[str, str], str]:
        """One URL per (page type, language), the first the crawl found."""
        chosen = {}
        for url, kind in self.kinds.items():
            chosen.setdefault((kind, self.language(url)), url)
        return chosen

    def urls_of(self, page_type: str) -> list[str]:
        return [url for url, kind in self.kinds.items() if kind == page_type]
