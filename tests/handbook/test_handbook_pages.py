"""Handbook pages as readers meet them: contents, notes, navigation, links, and page rules."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from cms.factories import StandardPageFactory
from handbook.factories import HandbookIndexPageFactory, HandbookPageFactory
from handbook.models import HandbookIndexPage, HandbookPage
from tests.page_rules import assert_creatable_only_under

from .conftest import heading

pytestmark = pytest.mark.django_db


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_index_lists_the_whole_tree_and_shortcuts(client, handbook, ways, styles):
    html = html_of(client, handbook)
    assert "<h1>Handbook</h1>" in html
    contents = html.split('id="contents-title"', 1)[1]
    assert contents.index("Ways of working") < contents.index("Styles of working")
    assert f'href="{styles.url}"' in contents
    assert 'href="/en/handbook/glossary/"' in html
    assert "1 section is waiting to be written" in html


def test_index_empty_state(client, handbook):
    assert "The first sections of the handbook are being written." in html_of(client, handbook)


def test_table_of_contents_links_to_every_heading(client, ways):
    html = html_of(client, ways)
    toc = html.split('class="toc"', 1)[1].split("</nav>", 1)[0]
    anchors = re.findall(r'href="#([^"]+)"', toc)
    assert anchors == ["why-ways-of-working-matter", "patience", "sharing-forward"]
    for anchor in anchors:
        assert f'id="{anchor}"' in html
    assert 'class="toc__sub"><a href="#patience">' in toc


def test_no_table_of_contents_without_headings(client, styles):
    assert 'class="toc"' not in html_of(client, styles)


def test_notes_are_numbered_in_reading_order_with_links_back(client, ways):
    html = html_of(client, ways)
    markers = re.findall(r'<a href="#fn-(\d)" id="fnref-(\d)">', html)
    assert markers == [("1", "1"), ("2", "2"), ("3", "3")]
    notes = html.split('id="footnotes-title"', 1)[1]
    # Paragraph note, then the quotation's reference, then the second paragraph's note.
    assert notes.index("Members' call, winter 2020.") < notes.index("Forum notes, 2021.")
    assert notes.index("Forum notes, 2021.") < notes.index('<a href="https://example.org">a link</a>')
    for number in (1, 2, 3):
        assert f'<li id="fn-{number}">' in notes
        assert f'href="#fnref-{number}"' in notes
        assert f"Back to note {number} in the text" in notes
    # The note's words leave the running text.
    body = html.split('class="stream"', 1)[1].split('id="footnotes-title"', 1)[0]
    assert "winter 2020" not in body


def test_page_without_notes_has_no_notes_section(client, styles):
    assert "Notes and references" not in html_of(client, styles)


def test_quotation_credits_person_and_role(client, ways):
    html = html_of(client, ways)
    assert "Trust sets the pace, not the plan." in html
    assert "<bdi>Dele</bdi>, Tenants&#x27; forum" in html  # the name isolated for right-to-left pages


def test_section_navigation_and_reading_order(client, handbook, ways, styles):
    later = HandbookPageFactory(parent=handbook, title="Getting started", slug="getting-started")
    html = html_of(client, styles)
    nav = html.split('class="section-nav"', 1)[1].split("</nav>", 1)[0]
    assert f'<a href="{ways.url}">Ways of working</a>' in nav
    assert 'aria-current="page">Styles of working</a>' in nav
    pager = html.split('class="pager"', 1)[1].split("</nav>", 1)[0]
    # Depth-first: Ways of working → Styles of working → Getting started.
    assert f'href="{ways.url}" rel="prev"' in pager
    assert f'href="{later.url}" rel="next"' in pager
    ways_html = html_of(client, ways)
    assert f'href="{styles.url}" rel="next"' in ways_html
    assert 'rel="prev"' not in ways_html


def test_navigation_follows_a_new_section_at_once(client, handbook, ways, styles):
    """The page's navigation is kept in the content cache; publishing a new section after a
    visit still shows it on the very next visit."""
    assert 'rel="next"' not in html_of(client, styles)
    later = HandbookPageFactory(parent=handbook, title="Getting started", slug="getting-started")
    html = html_of(client, styles)
    assert f'href="{later.url}" rel="next"' in html
    later.unpublish()
    assert 'rel="next"' not in html_of(client, styles)


def test_unpublished_pages_are_left_out_of_navigation(client, handbook, ways, styles):
    draft = HandbookPageFactory(parent=handbook, title="Secret draft", slug="draft", live=False)
    assert draft.pk
    assert "Secret draft" not in html_of(client, styles)
    assert "Secret draft" not in html_of(client, handbook)
    assert client.get("/en/handbook/draft/").status_code == 404


def test_last_updated_date_is_shown(client, ways):
    ways.save_revision().publish()
    ways.refresh_from_db()
    html = html_of(client, ways)
    assert "Last updated" in html
    shown = timezone.localtime(ways.last_published_at).strftime("%Y-%m-%dT%H:%M:%S%z")  # whole seconds
    assert f'datetime="{shown}"' in html


def test_pages_that_link_here_come_from_the_reference_index(client, handbook, ways, styles):
    assert "No other page links here yet." in html_of(client, ways)
    HandbookPageFactory(
        parent=handbook,
        title="Pointing page",
        slug="pointing",
        body=[("see_also", {"title": "", "pages": [ways]})],
    )
    html = html_of(client, ways)
    linked = html.split('id="linked-from-title"', 1)[1].split("</section>", 1)[0]
    assert ">Pointing page</a>" in linked


def test_see_also_block_lists_pages(client, handbook, ways, styles):
    page = HandbookPageFactory(
        parent=handbook, slug="more", body=[("see_also", {"title": "", "pages": [ways, styles]})]
    )
    html = html_of(client, page)
    block = html.split('class="see-also"', 1)[1].split("</div>", 1)[0]
    assert "See also" in block
    assert f'<a href="{ways.url}">Ways of working</a>' in block
    assert f'<a href="{styles.url}">Styles of working</a>' in block


def test_editor_note_is_signed(client, handbook):
    body = [
        (
            "editor_note",
            {"kind": "question", "text": "<p>Shall we merge these?</p>", "signed": "Priya, editor", "date": None},
        )
    ]
    html = html_of(client, HandbookPageFactory(parent=handbook, slug="q", body=body))
    assert "Open question" in html
    assert "— Priya, editor" in html


def test_user_facing_text_is_escaped(client, handbook):
    body = [heading("<script>x</script>")]
    html = html_of(client, HandbookPageFactory(parent=handbook, slug="esc", body=body))
    assert "<script>x</script>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html


def test_page_rules(admin_client, home_page, handbook, ways):
    about = StandardPageFactory(parent=home_page, slug="about")
    root = Page.get_first_root_node()
    assert_creatable_only_under(admin_client, HandbookPage, allowed=[handbook, ways], refused=[home_page, about])
    other_home = home_page  # only one handbook per home page
    assert_creatable_only_under(admin_client, HandbookIndexPage, allowed=[], refused=[other_home, root, ways, about])


def test_handbook_index_creatable_under_home_once(admin_client, home_page):
    assert_creatable_only_under(admin_client, HandbookIndexPage, allowed=[home_page], refused=[])
    HandbookIndexPageFactory(parent=home_page)
    assert_creatable_only_under(admin_client, HandbookIndexPage, allowed=[], refused=[home_page])


def test_editor_can_edit_and_preview(admin_client, ways, handbook):
    for page in (ways, handbook):
        assert admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code == 200
        preview = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
        assert admin_client.get(preview).status_code == 200
    add = reverse("wagtailadmin_pages:add", args=("handbook", "handbookpage", handbook.pk))
    assert admin_client.get(add).status_code == 200


def test_sections_cannot_take_the_index_own_addresses(handbook, ways):
    form_class = HandbookPage.get_edit_handler().get_form_class()
    for parent, slug, refused in ((handbook, "glossary", True), (ways, "glossary", False), (handbook, "fine", False)):
        data = {"title": "A section", "slug": slug, "introduction": "", "body-count": "0"}
        form = form_class(data=data, instance=HandbookPage(), parent_page=parent, for_user=None)
        form.is_valid()
        assert ("slug" in form.errors) is refused, (parent, slug, form.errors)


def test_editor_preview_shows_unsaved_changes(admin_client, ways):
    from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

    data = nested_form_data(
        {
            "title": "Ways of working (draft)",
            "slug": "ways-of-working",
            "introduction": "Changed in preview.",
            "body": streamfield(
                [
                    ("heading", {"text": "A new heading", "level": "h2", "anchor": ""}),
                    ("paragraph", rich_text("<p>Fresh words.</p>")),
                ]
            ),
        }
    )
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(ways.pk,))
    posted = admin_client.post(url, data)
    assert posted.status_code == 200
    assert posted.json()["is_valid"] is True
    html = admin_client.get(url).content.decode()
    assert "Ways of working (draft)" in html
    assert '<a href="#a-new-heading">A new heading</a>' in html
    assert "Fresh words." in html
