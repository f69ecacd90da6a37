"""A crawl of one language's site through the Django test client: every page reachable from
its home page by links under the language prefix, each checked as a reader of that language
would notice it: the address answers (no 404), its ``hreflang`` alternates answer and point
back, and no paragraph of English (or any text) stands unmarked inside the page's language.

"English" is recognised by its small words: a block of text with three or more of them (at
least two different), whose nearest ``lang`` is Welsh or Arabic, is English left unmarked.
"""

import re
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html

_WORDS = (
    "the and of to is are with for that this you your we our what how when it be not from by "
    "or they their there which who has have was were will can about into than then these those"
)
ENGLISH_WORDS = frozenset(_WORDS.split(" "))
BLOCKS = frozenset(("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "dd", "dt", "blockquote"))
SKIPPED = frozenset(["script", "style", "code", "pre", "template"])
# Machine-read or per-person addresses a crawl of pages has no business in.
NOT_PAGES = re.compile(r"(\.ics|/feed/|/rss/|/atom/|/accounts/|/members/|/admin/|/documents/|/media/)")
MAX_PAGES = 400


@dataclass
class Crawl:
    code: str
    visited: dict = field(default_factory=dict)  # path -> status
    not_found: list = field(default_factory=list)
    broken_hreflang: list = field(default_factory=list)
    unmarked: list = field(default_factory=list)  # (path, text)
    untranslated: list = field(default_factory=list)  # (path, text): marked English in a translated page


def is_english(text: str) -> bool:
    words = re.findall(r"[a-z']+", text.lower())
    hits = [word for word in words if word in ENGLISH_WORDS]
    return len(hits) >= 3 and len(set(hits)) >= 2


def lang_of(html: str, text: str) -> str:
    """The language a browser gives ``text`` in ``html``: the nearest ``lang`` around it."""
    document = lxml.html.fromstring(html)
    element = next(e for e in document.iter() if isinstance(e.tag, str) and text in (e.text or ""))
    while element.get("lang") is None:
        element = element.getparent()
    return element.get("lang")


def _lang(element) -> str:
    current = element
    while current is not None:
        value = current.get("lang")
        if value:
            return value.split("-")[0]
        current = current.getparent()
    return ""


def unmarked_english(document, code: str) -> list[str]:
    """Blocks of English text whose own language (nearest ``lang``) is ``code``."""
    return _english_blocks(document.find("body"), code)


def marked_english(document) -> list[str]:
    """Blocks of English in the page's main content marked as English (``lang="en"``): text an
    editor has not translated yet, shown in the original."""
    main = document.find(".//main")
    return _english_blocks(main, "en")


def _english_blocks(body, code: str) -> list[str]:
    """Blocks of English text under ``body`` whose nearest ``lang`` is ``code``."""
    if body is None:
        return []
    texts: dict = {}
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in SKIPPED:
            continue
        if any(ancestor.tag in SKIPPED for ancestor in element.iterancestors()):
            continue
        block = element
        while block is not None and block.tag not in BLOCKS and block is not body:
            block = block.getparent()
        if block is None or block is body:
            block = element
        own = (element.text or "") if _lang(element) == code else ""
        tail = (element.tail or "") if element.getparent() is not None and _lang(element.getparent()) == code else ""
        if own.strip():
            texts.setdefault(block, []).append(own)
        if tail.strip():
            parent_block = element.getparent()
            while parent_block is not None and parent_block.tag not in BLOCKS and parent_block is not body:
                parent_block = parent_block.getparent()
            texts.setdefault(parent_block if parent_block is not None else body, []).append(tail)
    found = []
    for parts in texts.values():
        text = " ".join(" ".join(parts).split())
        if is_english(text):
            found.append(text[:120])
    return found


def _is_translation(document, code: str) -> bool:
    """A page of its own in ``code`` (not the original shown with a notice): its canonical
    address is under the language's prefix."""
    canonical = document.xpath('//head/link[@rel="canonical"]/@href')
    return bool(canonical) and urlsplit(canonical[0]).path.startswith(f"/{code}/")


def _alternates(document) -> dict:
    links = document.xpath('//head/link[@rel="alternate"][@hreflang]')
    return {link.get("hreflang"): link.get("href") for link in links}


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def crawl(client, code: str, also: tuple = ()) -> Crawl:
    """Every page reachable from the language's home page (and from the paths ``also``)."""
    result = Crawl(code)
    prefix = f"/{code}/"
    queue = deque(dict.fromkeys([prefix, *also]))
    seen = set(queue)
    hreflang_cache: dict = {}
    while queue and len(result.visited) < MAX_PAGES:
        path = queue.popleft()
        response = client.get(path, follow=True)
        result.visited[path] = response.status_code
        if response.status_code == 404:
            result.not_found.append(path)
            continue
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        document = lxml.html.fromstring(response.content)
        result.unmarked += [(path, text) for text in unmarked_english(document, code)]
        if _is_translation(document, code):
            result.untranslated += [(path, text) for text in marked_english(document)]
        _check_hreflang(client, path, document, result, hreflang_cache)
        for href in document.xpath("//body//a/@href"):
            target = _path(urljoin("http://testserver" + path, href.split("#")[0]))
            if "?" in target or not target.startswith(prefix) or NOT_PAGES.search(target):
                continue
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return result


def _check_hreflang(client, path, document, result, cache) -> None:
    links = _alternates(document)
    if not links:
        return
    own = links.get(result.code)
    if own is None or _path(own) != path:
        result.broken_hreflang.append((path, f"no hreflang={result.code} pointing at itself"))
    for language, href in links.items():
        if language == "x-default":
            continue
        target = _path(href)
        if target not in cache:
            answer = client.get(target)
            back = _alternates(lxml.html.fromstring(answer.content)) if answer.status_code == 200 else {}
            cache[target] = (answer.status_code, back)
        status, back = cache[target]
        if status != 200:
            result.broken_hreflang.append((path, f"hreflang={language} {target} answers {status}"))
        elif back.get(result.code) is None or _path(back[result.code]) != path:
            result.broken_hreflang.append((path, f"hreflang={language} {target} does not point back"))
