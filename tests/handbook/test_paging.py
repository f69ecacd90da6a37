"""The glossary and the handbook's contents come a page at a time, and nothing is lost:
every term and every section can be reached through the letters and the pages, without
JavaScript (plain links), and the way back from a term opens the page that lists it."""

import re

import pytest

from handbook.factories import GlossaryTermFactory, HandbookPageFactory
from handbook.models.contents import SECTIONS_PER_PAGE, SUBSECTIONS_SHOWN
from handbook.models.glossary import GlossaryTerm
from handbook.models.index import GLOSSARY_PAGE_SIZE

pytestmark = pytest.mark.django_db

GLOSSARY = "/en/handbook/glossary/"


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def listed_terms(page_html):
    return re.findall(r'<div class="glossary-list__item" id="term-([^"]+)">', page_html)


def follow_pages(client, url):
    """Every term listed on ``url`` and on each page its Next links lead to."""
    seen, pages = [], 0
    while url:
        page_html = html(client, url)
        seen += listed_terms(page_html)
        pages += 1
        following = re.search(r'<a href="(\?[^"]*)" rel="next">', page_html)
        url = GLOSSARY + following.group(1).replace("&amp;", "&") if following else None
    return seen, pages


@pytest.fixture
def many_terms(handbook):
    """A glossary of more than two pages: words under B and T, a few under #, a lower-case one."""
    terms = [GlossaryTermFactory.build(term=f"Bread fund {i:02}", slug=f"bread-{i:02}") for i in range(30)]
    terms += [GlossaryTermFactory.build(term=f"Tenant {i:02}", slug=f"tenant-{i:02}") for i in range(12)]
    terms += [GlossaryTermFactory.build(term=f"{i}-hour rota", slug=f"rota-{i}") for i in (7, 24)]
    terms += [GlossaryTermFactory.build(term="Élan", slug="elan"), GlossaryTermFactory.build(term="bail", slug="bail")]
    return GlossaryTerm.objects.bulk_create(terms)


def test_the_whole_glossary_pages_through_every_term_once_a_to_z(client, many_terms):
    seen, pages = follow_pages(client, GLOSSARY)
    assert sorted(seen) == sorted(term.slug for term in many_terms)
    assert len(seen) == len(set(seen))
    assert pages == -(-len(many_terms) // GLOSSARY_PAGE_SIZE)
    first = html(client, GLOSSARY)
    assert len(listed_terms(first)) == GLOSSARY_PAGE_SIZE
    assert f"Page 1 of {pages}" in first
    # A to Z whatever the case: "bail" comes before "Bread fund 00"; # (digits, É) at the start.
    assert seen.index("bail") < seen.index("bread-00") < seen.index("tenant-00")


def test_each_letter_is_a_link_to_its_own_pages(client, many_terms):
    jump = html(client, GLOSSARY).split('aria-label="Jump to letter"', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="{GLOSSARY}?letter=B">B</a>' in jump
    assert f'<a href="{GLOSSARY}?letter=T">T</a>' in jump
    assert '<span class="az__empty">C</span>' in jump
    under_b, pages = follow_pages(client, f"{GLOSSARY}?letter=B")
    assert sorted(under_b) == sorted(["bail", *(f"bread-{i:02}" for i in range(30))])
    assert pages == 2
    second = html(client, f"{GLOSSARY}?letter=B&page=2")
    assert 'href="?letter=B&amp;page=1" rel="prev"' in second
    assert '<span aria-current="page">B</span>' in second
    assert f'<a href="{GLOSSARY}">All</a>' in second
    other, _ = follow_pages(client, f"{GLOSSARY}?letter=%23")
    assert sorted(other) == ["elan", "rota-24", "rota-7"]
    assert listed_terms(html(client, f"{GLOSSARY}?letter=t")) == [f"tenant-{i:02}" for i in range(12)]


def test_a_letter_without_terms_says_so_and_a_made_up_letter_shows_all(client, many_terms):
    assert "No term starts with C yet." in html(client, f"{GLOSSARY}?letter=C")
    assert len(listed_terms(html(client, f"{GLOSSARY}?letter=bread"))) == GLOSSARY_PAGE_SIZE


def test_the_way_back_from_a_term_opens_the_page_that_lists_it(client, many_terms):
    term_page = html(client, f"{GLOSSARY}tenant-07/")
    back = re.search(r'<a href="([^"]+)">Back to the glossary</a>', term_page).group(1)
    assert back == f"{GLOSSARY}?term=tenant-07#term-tenant-07"
    late = html(client, f"{GLOSSARY}?term=bread-25")
    assert "bread-25" in listed_terms(late)
    assert "Page 2 of 2" in late
    assert 'id="term-bread-25"' in late
    assert "tenant-07" in listed_terms(html(client, back.split("#")[0]))


def test_search_results_are_paged_and_keep_the_words(client, many_terms):
    first = html(client, f"{GLOSSARY}?q=bread")
    assert "30 terms match “bread”." in first
    assert 'href="?q=bread&amp;page=2" rel="next"' in first
    seen, pages = follow_pages(client, f"{GLOSSARY}?q=bread")
    assert sorted(seen) == [f"bread-{i:02}" for i in range(30)]
    assert pages == 2


def sections_on(page_html):
    contents = page_html.split('id="contents-title"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<li><a href="/en/handbook/([^/"]+)/">(?!and )', contents)


def test_handbook_contents_page_through_every_section_with_their_first_sub_sections(client, handbook):
    total = SECTIONS_PER_PAGE + 3
    sections = [HandbookPageFactory(parent=handbook, slug=f"s-{i:02}", title=f"Section {i:02}") for i in range(total)]
    for i in range(SUBSECTIONS_SHOWN + 2):
        HandbookPageFactory(parent=sections[0], slug=f"part-{i}", title=f"Part {i}")
    HandbookPageFactory(parent=sections[1], slug="only-part", title="The only part")
    first = html(client, handbook.url)
    assert sections_on(first) == [f"s-{i:02}" for i in range(SECTIONS_PER_PAGE)]
    assert "Page 1 of 2" in first
    shown = [f"Part {i}" for i in range(SUBSECTIONS_SHOWN)]
    assert all(f">{title}</a>" in first for title in shown)
    assert f">Part {SUBSECTIONS_SHOWN}</a>" not in first
    assert '<a href="/en/handbook/s-00/">and 2 more in “Section 00”</a>' in first
    assert ">The only part</a>" in first
    assert "more in “Section 01”" not in first
    second = html(client, f"{handbook.url}?page=2")
    assert sections_on(second) == [f"s-{i:02}" for i in range(SECTIONS_PER_PAGE, total)]
    # The parts not listed on the index are on their section's page.
    assert f">Part {SUBSECTIONS_SHOWN + 1}</a>" in html(client, sections[0].url)


def test_unpublished_sub_sections_are_neither_listed_nor_counted(client, handbook):
    section = HandbookPageFactory(parent=handbook, slug="s", title="Section")
    for i in range(SUBSECTIONS_SHOWN + 1):
        HandbookPageFactory(parent=section, slug=f"part-{i}", title=f"Part {i}")
    section.get_children().last().unpublish()
    page_html = html(client, handbook.url)
    assert "more in “Section”" not in page_html
    assert f">Part {SUBSECTIONS_SHOWN}</a>" not in page_html
