"""Languages: every page's ``hreflang`` alternates answer 200 (no redirect) and point back
(reciprocal, as search engines require); the sitemap lists the pages of every language, each
with ``xhtml:link`` alternates naming its translations, and every address in it answers 200."""

from collections import defaultdict

from crawl import SITEMAP_NS
from lxml import etree, html

from . import Result


def alternates(client, answer) -> dict:
    tree = html.fromstring(answer.body)
    found = {}
    for link in tree.xpath('//head/link[@rel="alternate"][@hreflang]'):
        found[link.get("hreflang")] = client.absolute(link.get("href"), answer.url)
    return found


def check_hreflang(ctx) -> Result:
    result = Result("languages: hreflang targets answer 200 and are reciprocal")
    client = ctx.client
    # Filtered or paged listings (?tag=…) name the unfiltered page as canonical; hreflang is
    # about canonical pages only, as search engines read it.
    pages = [a for a in ctx.crawl.html_pages() if not a.chain and "?" not in a.url]
    by_url = {a.url: alternates(client, a) for a in pages}
    problems = defaultdict(list)
    for url, links in by_url.items():
        result.checked += 1
        language = ctx.inventory.language(url)
        if links and links.get(language) != url:
            problems[url].append(f"no hreflang={language} pointing at itself (has {links.get(language)})")
        for code, target in sorted(links.items()):
            if code == "x-default":
                continue
            answer = client.get(target)
            if answer.status != 200:
                final = f" → {answer.final_status}" if answer.chain else ""
                problems[url].append(f"hreflang={code} {client.path(target)} answers {answer.status}{final}")
                continue
            back = by_url.get(target)
            if back is None and answer.is_html:
                back = by_url[target] = alternates(client, answer)
            if back is not None and back.get(language) != url:
                problems[url].append(
                    f"hreflang={code} {client.path(target)} does not point back "
                    f"(its hreflang={language} is {client.path(back.get(language) or 'missing')})"
                )
    for url, found in problems.items():
        result.fail(f"{client.path(url)}: {'; '.join(found)}")
    return result


def check_sitemap(ctx) -> Result:
    result = Result("languages: sitemap lists every language with xhtml:link alternates")
    client = ctx.client
    answer = client.get(f"{client.base}/sitemap.xml")
    if answer.status != 200:
        result.fail(f"/sitemap.xml answers {answer.status}")
        return result
    try:
        root = etree.fromstring(answer.body)
    except etree.XMLSyntaxError as error:
        result.fail(f"/sitemap.xml is not XML: {error}")
        return result
    entries = {}
    for entry in root.iterfind("sm:url", SITEMAP_NS):
        loc = client.absolute(entry.findtext("sm:loc", namespaces=SITEMAP_NS) or "")
        entries[loc] = {
            link.get("hreflang"): client.absolute(link.get("href")) for link in entry.iterfind("xhtml:link", SITEMAP_NS)
        }
    result.checked = len(entries)
    listed_languages = {ctx.inventory.language(loc) for loc in entries}
    for code in ctx.languages:
        if code not in listed_languages:
            result.fail(f"/sitemap.xml lists no page in {code!r} (no <loc> under /{code}/)")
    published = {client.absolute(item["meta"]["html_url"]) for item in ctx.inventory.api}
    missing = sorted(published - set(entries))
    if missing:
        shown = ", ".join(client.path(url) for url in missing[:8])
        more = " …" if len(missing) > 8 else ""
        result.fail(f"/sitemap.xml leaves out {len(missing)} published pages: {shown}{more}")
    without = []
    for loc, links in entries.items():
        page = client.get(loc)
        if page.status != 200:
            result.fail(f"/sitemap.xml: <loc> {client.path(loc)} answers {page.status}")
            continue
        if page.is_html:
            expected = {k: v for k, v in alternates(client, page).items() if k != "x-default"}
            if len(expected) > 1 and not links:
                without.append(client.path(loc))
            elif links and {k: v for k, v in links.items() if k != "x-default"} != expected:
                result.fail(f"/sitemap.xml: alternates of {client.path(loc)} differ from the page's hreflang links")
    if without:
        result.fail(
            f"/sitemap.xml: {len(without)} entries with translations have no xhtml:link alternates, "
            f"e.g. {', '.join(without[:5])}"
        )
    return result


def check_languages(ctx) -> list[Result]:
    return [check_hreflang(ctx), check_sitemap(ctx)]
