"""HTTP access to the site under test: every answer kept once, redirects followed by hand.

The site names itself ``http://localhost`` in canonical links and the sitemap (its Wagtail Site)
and by the address it was asked on elsewhere; both are the same site here, so both count as
internal and are fetched from the server under test.
"""

import threading
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit

import requests

MAX_HOPS = 6


@dataclass
class Answer:
    url: str  # the URL asked for (normalised)
    status: int  # status of the first answer
    headers: dict
    body: bytes
    chain: list = field(default_factory=list)  # [(url, status), …] of redirects followed, final last
    final_status: int = 0
    final_url: str = ""

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")

    @property
    def is_html(self) -> bool:
        return self.content_type == "text/html"


class Client:
    def __init__(self, base: str, aliases=("http://localhost", "https://localhost")):
        self.base = base.rstrip("/")
        self.origins = {self.base, *aliases}
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "conformance-harness"
        self.answers: dict[str, Answer] = {}
        self.lock = threading.Lock()

    def internal(self, url: str) -> bool:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}" in self.origins

    def absolute(self, url: str, page_url: str | None = None) -> str:
        """``url`` (relative to ``page_url``) made absolute, without fragment, on the server under test."""
        url = urljoin(page_url or self.base + "/", url.strip())
        url = urldefrag(url)[0]
        if url.startswith("webcal://"):
            url = "http://" + url[len("webcal://") :]
        parts = urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" in self.origins:
            base = urlsplit(self.base)
            url = urlunsplit((base.scheme, base.netloc, parts.path or "/", parts.query, ""))
        return url

    def path(self, url: str) -> str:
        return url[len(self.base) :] if url.startswith(self.base) else url

    def get(self, url: str) -> Answer:
        url = self.absolute(url)
        with self.lock:
            known = self.answers.get(url)
        if known is not None:
            return known
        answer = self.fetch(url)
        with self.lock:
            self.answers.setdefault(url, answer)
        return answer

    def fetch(self, url: str, method: str = "GET", **kwargs) -> Answer:
        """One request, never cached; redirects followed by hand so their chain is known."""
        response = self.session.request(method, url, allow_redirects=False, timeout=60, **kwargs)
        first = Answer(url, response.status_code, dict(response.headers.lower_items()), response.content)
        chain, current = [], response
        while current.is_redirect and len(chain) < MAX_HOPS:
            target = self.absolute(current.headers["location"], current.url)
            if not self.internal(target):
                chain.append((target, None))
                break
            current = self.session.request(method, target, allow_redirects=False, timeout=60, **kwargs)
            chain.append((target, current.status_code))
        if chain:
            first.body = current.content
            first.headers = {**dict(current.headers.lower_items()), "x-first-location": response.headers["location"]}
        first.chain = chain
        first.final_status = chain[-1][1] if chain else response.status_code
        first.final_url = chain[-1][0] if chain else url
        return first
