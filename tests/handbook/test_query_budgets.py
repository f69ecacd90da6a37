"""Every public handbook, glossary and framework URL costs the same number of queries with a
little and a lot of content (``same_cost``), and at most the site-wide budget of 12."""

import pytest

from handbook.factories import (
    FrameworkAreaFactory,
    FrameworkPageFactory,
    FrameworkValueFactory,
    GlossaryTermFactory,
    HandbookPageFactory,
)
from handbook.models import FrameworkArea, GlossaryTerm
from tests.query_counts import COLD_BUDGET, count_queries

from .conftest import gap, heading

pytestmark = pytest.mark.django_db


def test_handbook_page_cost_is_flat(client, handbook, ways, same_cost):
    """5 and 100 linked items: pages linking here, sibling sections, headings, notes and terms."""

    def grow(n):
        for i in range(handbook.get_children().count() - 1, n):
            HandbookPageFactory(
                parent=handbook,
                slug=f"linking-{i}",
                title=f"Linking page {i}",
                body=[("see_also", {"title": "", "pages": [ways]})],
            )
        body = []
        words = GlossaryTerm.objects.bulk_create(
            GlossaryTermFactory.build(term=f"Word {n}-{i}", slug=f"word-{n}-{i}") for i in range(n)
        )
        for i, term in enumerate(words):
            body += [
                heading(f"Part {i}"),
                ("paragraph", f'<p>Text {i}.<span class="footnote">Note {i}.</span></p>'),
                ("term", {"term": term, "note": ""}),
                gap(f"Gap {i}"),
            ]
        ways.body = body
        ways.save_revision().publish()

    small, large = same_cost(ways.url, grow, small=5, large=100, budget=COLD_BUDGET["handbook page"])
    html = client.get(ways.url).content.decode()
    assert html.count('class="footnote-ref"') == 100
    assert "Linking page 99" in html


def test_handbook_index_wanted_and_glossary_costs_are_flat(handbook, ways, same_cost):
    def grow(n):
        for i in range(handbook.get_children().count() - 1, n):
            HandbookPageFactory(parent=handbook, slug=f"s-{i}", title=f"Section {i}", body=[gap(f"Gap {i}")])
            GlossaryTermFactory(term=f"Term {i}", slug=f"term-{i}")

    budgets = {
        "/en/handbook/": COLD_BUDGET["handbook index"],
        "/en/handbook/?page=2": COLD_BUDGET["handbook index"],
        "/en/handbook/wanted/": COLD_BUDGET["handbook index"],
        "/en/handbook/glossary/": COLD_BUDGET["glossary"],
        "/en/handbook/glossary/?letter=T&page=2": COLD_BUDGET["glossary"],
        "/en/handbook/glossary/?term=term-12": COLD_BUDGET["glossary, back from a term"],
    }
    for url, budget in budgets.items():
        # 12 and 45 sections and terms: two pages of each at both sizes, then more.
        same_cost(url, grow, small=12, large=45, budget=budget)


def test_glossary_term_cost_is_flat(handbook, can_term, same_cost):
    def grow(n):
        for i in range(can_term.related_terms.count(), n):
            related = GlossaryTermFactory(term=f"Kin {i}", slug=f"kin-{i}")
            can_term.related_terms.add(related)
            page = HandbookPageFactory(
                parent=handbook, slug=f"user-{i}", body=[("term", {"term": can_term, "note": ""})]
            )
            can_term.explained_in.create(page=page)
        can_term.save()

    same_cost("/en/handbook/glossary/can/", grow, small=5, large=20, budget=COLD_BUDGET["glossary term"])


@pytest.fixture
def framework(home_page):
    for order, name in enumerate(["Change", "Action", "Strategy", "Leadership", "Reach", "Listening"]):
        FrameworkAreaFactory(name=name, sort_order=order, practices=[("practice", {"text": "Do it", "detail": ""})] * 5)
    for order, name in enumerate(["Participation", "Accountability"]):
        FrameworkValueFactory(name=name, sort_order=order)
    return FrameworkPageFactory(parent=home_page)


def test_framework_overview_and_area_costs_are_flat(framework, handbook, same_cost):
    """5 and 100 pages pointing at the areas and values."""
    listening = FrameworkArea.objects.get(slug="listening")

    def grow(n):
        for i in range(listening.handbook_pages.count(), n):
            HandbookPageFactory(parent=handbook, slug=f"p-{i}", title=f"Practice page {i}", framework_areas=[listening])

    same_cost("/en/framework/", grow, small=5, large=100, budget=COLD_BUDGET["framework"])
    same_cost("/en/framework/listening/", grow, small=5, large=100, budget=COLD_BUDGET["framework"])


def test_home_page_entry_points_cost_one_query(client, home_page, handbook, ways, styles):
    without = count_queries(client, "/en/")
    FrameworkPageFactory(parent=home_page)
    for i in range(10):
        HandbookPageFactory(parent=handbook, slug=f"extra-{i}")
    assert count_queries(client, "/en/") == without
    assert count_queries(client, "/en/") <= COLD_BUDGET["home"]
