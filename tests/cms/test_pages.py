"""Standard pages: they render their blocks and sit where the page rules allow."""

import pytest
from wagtail.models import Page

from cms.factories import StandardPageFactory
from cms.models import StandardPage
from tests.page_rules import assert_creatable_only_under
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db

BODY = [
    ("heading", {"text": "How we meet", "level": "h2", "anchor": ""}),
    ("heading", {"text": "Small print", "level": "h3", "anchor": "the-rules"}),
    ("paragraph", "<p>Monthly, <b>online</b>.</p>"),
    (
        "quotation",
        {
            "quote": "Start with a round of names.",
            "person": "Sam",
            "role": "Circle host",
            "source_title": "Our notes",
            "source_url": "https://example.org/notes",
        },
    ),
    (
        "callout",
        {
            "tone": "action",
            "title": "Join in",
            "text": "<p>Come along.</p>",
            "link_page": None,
            "link_url": "",
            "link_text": "",
        },
    ),
]


def test_standard_page_renders_its_blocks(client, home_page):
    page = StandardPageFactory(parent=home_page, title="About us", slug="about", body=BODY)
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>About us</h1>" in html
    assert '<h2 id="how-we-meet">How we meet</h2>' in html
    assert '<h3 id="the-rules">Small print</h3>' in html
    assert '<blockquote cite="https://example.org/notes">' in html
    assert "<bdi>Sam</bdi>, Circle host" in html
    assert 'class="callout callout--action"' in html


def test_standard_page_escapes_quotation_text(client, home_page):
    body = [
        (
            "quotation",
            {
                "quote": "<script>alert(1)</script>",
                "person": "<b>x</b>",
                "role": "",
                "source_title": "",
                "source_url": "",
            },
        )
    ]
    page = StandardPageFactory(parent=home_page, slug="esc", body=body)
    html = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_standard_page_parent_rules(admin_client, home_page):
    about = StandardPageFactory(parent=home_page, slug="about")
    root = Page.get_first_root_node()
    assert_creatable_only_under(admin_client, StandardPage, allowed=[home_page, about], refused=[root])


def test_breadcrumbs_and_canonical(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About", slug="about")
    team = StandardPageFactory(parent=about, title="Our team", slug="team")
    html = client.get(team.url).content.decode()
    assert 'aria-label="Breadcrumb"' in html
    assert f'<a href="{about.url}">About</a>' in html
    assert '<link rel="canonical" href="http://localhost/en/about/team/">' in html
    assert '<meta property="og:title" content="Our team">' in html


def test_standard_page_query_cost_does_not_grow_with_depth_or_siblings(home_page, same_cost):
    section = StandardPageFactory(parent=home_page, title="Section", slug="section", show_in_menus=True)
    leaf = StandardPageFactory(parent=section, title="Leaf", slug="leaf", body=BODY)

    def grow(n):
        for i in range(section.get_children().count(), n):
            StandardPageFactory(parent=section, slug=f"sibling-{i}", title=f"Sibling {i}", show_in_menus=True)

    same_cost(leaf.url, grow, small=10, large=60, budget=COLD_BUDGET["standard page"])


def test_deep_pages_route_to_the_right_page_and_404_otherwise(client, home_page):
    a = StandardPageFactory(parent=home_page, title="A", slug="a")
    b = StandardPageFactory(parent=a, title="B", slug="b")
    c = StandardPageFactory(parent=b, title="Deep C", slug="c")
    StandardPageFactory(parent=b, title="Draft D", slug="d", live=False)
    assert "<h1>Deep C</h1>" in client.get(c.url).content.decode()
    assert client.get("/en/a/b/missing/").status_code == 404
    assert client.get("/en/a/b/d/").status_code == 404
    assert client.get("/en/a/b/c/extra/").status_code == 404


def test_routable_sub_urls_are_their_own_canonical(client, home_page):
    from handbook.factories import HandbookIndexPageFactory

    handbook = HandbookIndexPageFactory(parent=home_page, slug="handbook")
    html = client.get(f"{handbook.url}glossary/").content.decode()
    assert '<link rel="canonical" href="http://localhost/en/handbook/glossary/">' in html
    assert '<meta property="og:url" content="http://localhost/en/handbook/glossary/">' in html
