"""The glossary: A–Z a page at a time with letter links, a page per term, search within, and which pages use a term."""

import pytest
from django.urls import reverse

from handbook.factories import GlossaryTermFactory, HandbookPageFactory
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db


@pytest.fixture
def terms(can_term):
    mutual = GlossaryTermFactory(term="Mutual aid", slug="mutual-aid", short_definition="Neighbours helping as equals.")
    circle = GlossaryTermFactory(
        term="Peer-support circle", slug="peer-support-circle", short_definition="A small group that meets often."
    )
    number = GlossaryTermFactory(term="24/7 rota", slug="rota", short_definition="Cover around the clock.")
    can_term.related_terms.set([mutual])
    can_term.save()
    return {"can": can_term, "mutual": mutual, "circle": circle, "number": number}


def test_a_to_z_with_jump_links_and_anchors(client, handbook, terms):
    html = client.get("/en/handbook/glossary/").content.decode()
    jump = html.split('aria-label="Jump to letter"', 1)[1].split("</nav>", 1)[0]
    for letter in ("C", "M", "P"):
        assert f'<a href="/en/handbook/glossary/?letter={letter}">{letter}</a>' in jump
        assert f'id="letter-{letter.lower()}"' in html
    assert '<span class="az__empty">B</span>' in jump
    assert '<a href="/en/handbook/glossary/?letter=%23">#</a>' in jump  # terms that start with a digit
    assert '<span aria-current="page">All</span>' in jump
    assert html.index('id="letter-c"') < html.index('id="letter-m"') < html.index('id="letter-p"')
    assert 'id="term-can"' in html
    assert '<dfn><a href="/en/handbook/glossary/can/">CAN</a></dfn>' in html
    assert "(Citizen Action Network, Community Action Network, Climate Action Network)" in html


def test_full_list_kept_until_a_term_changes(client, handbook, terms):
    """The rendered A-Z list is cached, but a new or renamed term shows on the next visit."""
    assert "Mutual aid" in client.get("/en/handbook/glossary/").content.decode()
    GlossaryTermFactory(term="Bread fund", slug="bread-fund", short_definition="Sick pay we pool ourselves.")
    terms["mutual"].term = "Mutual support"
    terms["mutual"].save()
    html = client.get("/en/handbook/glossary/").content.decode()
    assert '<a href="/en/handbook/glossary/bread-fund/">Bread fund</a>' in html
    assert '<a href="/en/handbook/glossary/?letter=B">B</a>' in html
    assert "Mutual support" in html
    assert "Mutual aid" not in html


def test_search_within_the_glossary_finds_other_names(client, handbook, terms):
    html = client.get("/en/handbook/glossary/?q=climate").content.decode()
    assert "1 term matches “climate”." in html
    assert "/en/handbook/glossary/can/" in html
    assert "Mutual aid" not in html
    empty = client.get("/en/handbook/glossary/?q=zebra").content.decode()
    assert "No term matches those words." in empty


def test_glossary_search_is_escaped(client, handbook, terms):
    html = client.get("/en/handbook/glossary/?q=<script>").content.decode()
    assert "<script>" not in html.split("<main", 1)[1]
    assert "&lt;script&gt;" in html


def test_term_page_shows_definition_names_related_and_more(client, handbook, ways, terms):
    terms["can"].explained_in.create(page=ways)
    terms["can"].save()
    response = client.get("/en/handbook/glossary/can/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1><dfn>CAN</dfn></h1>" in html
    assert "A group of neighbours who act together" in html
    assert "<li>Climate Action Network</li>" in html
    related = html.split('id="related-title"', 1)[1].split("</section>", 1)[0]
    assert '<a href="/en/handbook/glossary/mutual-aid/">Mutual aid</a>' in related
    more = html.split('id="explained-title"', 1)[1].split("</section>", 1)[0]
    assert f'href="{ways.url}"' in more


def test_unknown_term_is_404(client, handbook):
    assert client.get("/en/handbook/glossary/nothing-here/").status_code == 404


def test_term_in_text_is_a_keyboard_disclosure_with_the_definition(client, ways):
    html = client.get(ways.url).content.decode()
    block = html.split('<details class="term-disclosure">', 1)[1].split("</details>", 1)[0]
    assert "<summary><dfn>CAN</dfn>" in block
    assert "A group of neighbours who act together on what matters locally." in block
    assert '<a href="/en/handbook/glossary/can/">More about “CAN” in the glossary</a>' in block


def test_term_page_lists_the_pages_that_use_it(client, handbook, ways, terms):
    html = client.get("/en/handbook/glossary/can/").content.decode()
    used = html.split('id="used-title"', 1)[1].split("</section>", 1)[0]
    assert f'<a href="{ways.url}">Ways of working</a>' in used
    # A new page using the term appears; a page that stops using it disappears.
    other = HandbookPageFactory(
        parent=handbook, title="Another page", slug="another", body=[("term", {"term": terms["can"], "note": ""})]
    )
    ways.body = []
    ways.save_revision().publish()
    used = client.get("/en/handbook/glossary/can/").content.decode().split('id="used-title"', 1)[1]
    assert f'<a href="{other.url}">Another page</a>' in used
    assert "Ways of working" not in used.split("</section>", 1)[0]
    empty = client.get("/en/handbook/glossary/mutual-aid/").content.decode()
    assert "No handbook page uses this term yet." in empty


def test_site_search_finds_handbook_pages_and_terms(client, handbook, ways, terms):
    html = client.get("/en/search/?q=CAN").content.decode()
    glossary = html.split('id="search-featured-title"', 1)[1].split("</section>", 1)[0]
    assert '<a href="/en/handbook/glossary/can/">CAN</a>' in glossary
    found = client.get("/en/search/?q=Ways").content.decode()
    assert f'href="{ways.url}"' in found


def test_site_search_escapes_terms(client, handbook):
    GlossaryTermFactory(term="<i>Odd</i> term", slug="odd", short_definition="<b>bold</b> claim")
    html = client.get("/en/search/?q=odd").content.decode()
    assert "&lt;i&gt;Odd&lt;/i&gt; term" in html
    assert "<b>bold</b>" not in html


def test_site_search_glossary_cost_does_not_grow(handbook, same_cost):
    def grow(n):
        for i in range(n):
            GlossaryTermFactory(term=f"Circle {n}-{i}", slug=f"circle-{n}-{i}")

    same_cost("/en/search/?q=circle", grow, small=2, large=20, budget=COLD_BUDGET["search"])


def test_editor_can_add_and_edit_terms(admin_client, can_term):
    assert admin_client.get(reverse("wagtailsnippets_handbook_glossaryterm:list")).status_code == 200
    assert admin_client.get(reverse("wagtailsnippets_handbook_glossaryterm:add")).status_code == 200
    edit = admin_client.get(reverse("wagtailsnippets_handbook_glossaryterm:edit", args=(can_term.pk,)))
    assert edit.status_code == 200
