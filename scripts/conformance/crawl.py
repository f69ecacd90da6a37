"""Crawl: every page reachable from the home page of each language, the sitemap and robots.txt.

HTML pages are parsed for links (a, link, img, source, script, form actions are not followed);
every internal URL found is fetched once (GET, redirects followed by hand). External links are
recorded but never fetched: this runs offline.
"""

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from lxml import etree, html

SKIP_PREFIXES = ("/admin/", "/django-admin/")
SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "sms:")
MAX_URLS = 3000
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def links_in(answer) -> list[str]:
    """Raw link values in an HTML page, in document order."""
    try:
        tree = html.fromstring(answer.body)
    except (etree.ParserError, ValueError):
        return []
    found = []
    for element, attribute, link, _pos in tree.iterlinks():
        if element.tag == "form" or attribute == "action":
            continue
        found.append(link)
    return found


def sitemap_locs(answer) -> list[str]:
    try:
        root = etree.fromstring(answer.body)
    except etree.XMLSyntaxError:
        return []
    locs = [loc.text.strip() for loc in root.iterfind(".//sm:loc", SITEMAP_NS) if loc.text]
    locs += [link.get("href") for link in root.iterfind(".//xhtml:link", SITEMAP_NS) if link.get("href")]
    return locs


class Crawl:
    def __init__(self, client, languages):
        self.client = client
        self.languages = languages
        self.referrers = defaultdict(set)  # url -> pages linking to it
        self.external = defaultdict(set)
        self.pages: list = []  # every internal Answer fetched, in crawl order
        self.truncated = False

    def seeds(self) -> list[str]:
        base = self.client.base
        return [f"{base}/{code}/" for code in self.languages] + [f"{base}/sitemap.xml", f"{base}/robots.txt"]

    def wanted(self, url: str) -> bool:
        path = self.client.path(url)
        return self.client.internal(url) and not path.startswith(SKIP_PREFIXES)

    def outlinks(self, answer) -> list[str]:
        if answer.final_status != 200:  # an error page's own links are not the site's links
            return []
        if answer.is_html:
            raw = links_in(answer)
        elif answer.url.endswith("sitemap.xml") or answer.content_type in {"application/xml", "text/xml"}:
            raw = sitemap_locs(answer)
        elif answer.url.endswith("robots.txt"):
            lines = answer.text.splitlines()
            raw = [line.split(":", 1)[1].strip() for line in lines if line.lower().startswith("sitemap:")]
        else:
            raw = []
        found = []
        for link in raw:
            if not link or link.strip().lower().startswith(SKIP_SCHEMES):
                continue
            url = self.client.absolute(link, answer.final_url or answer.url)
            if self.client.internal(url):
                found.append(url)
            elif url.startswith(("http://", "https://")):
                self.external[url].add(answer.url)
        return found

    def run(self):
        seen = set(self.seeds())
        frontier = list(seen)
        with ThreadPoolExecutor(max_workers=6) as pool:
            while frontier:
                batch = [url for url in frontier if self.wanted(url)]
                frontier = []
                for answer in pool.map(self.client.get, batch):
                    self.pages.append(answer)
                    for url in self.outlinks(answer):
                        self.referrers[url].add(answer.url)
                        if url not in seen:
                            if len(seen) >= MAX_URLS:
                                self.truncated = True
                                continue
                            seen.add(url)
                            frontier.append(url)
        return self

    def html_pages(self):
        return [a for a in self.pages if a.status == 200 and a.is_html]

    def answers_of_type(self, *types):
        return [a for a in self.pages if a.status == 200 and a.content_type in types]
