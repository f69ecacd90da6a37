"""Block and editor rules: the "Note" rich-text feature survives the editor, blocks validate."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from handbook.blocks import Footnotes, NotedRichTextBlock, SeeAlsoBlock, TermBlock

STORED = '<p>Trust grows slowly.<span class="footnote">Notes of a call, 2021.</span></p>'


def test_note_style_round_trips_through_the_editor():
    converter = ContentstateConverter(features=["bold", "italic", "link", "footnote"])
    contentstate = converter.from_database_format(STORED)
    assert '"style": "FOOTNOTE"' in contentstate
    assert (
        'Trust grows slowly.<span class="footnote">Notes of a call, 2021.</span></p>'
        in converter.to_database_format(contentstate)
    )


def test_collector_numbers_notes_in_order():
    notes = Footnotes()
    html = notes.number_in('<p>A<span class="footnote">one</span> B<span class="footnote">two</span></p>')
    assert 'href="#fn-1" id="fnref-1"' in html
    assert 'href="#fn-2" id="fnref-2"' in html
    assert [note for _, note in notes] == ["one", "two"]


def test_a_marker_never_starts_a_line_of_its_own():
    """Spaces before a note go and a word joiner ties the marker to the text it follows."""
    html = Footnotes().number_in('<p>carrying them out. <span class="footnote">Call, 2020.</span></p>')
    assert html.startswith('<p>carrying them out.\u2060<sup class="footnote-ref">')


def test_noted_text_lists_its_notes_when_rendered_alone():
    block = NotedRichTextBlock()
    html = block.render(block.to_python(STORED))
    assert 'id="fnref-1"' in html
    assert '<li id="fn-1">Notes of a call, 2021.</li>' in html


@pytest.mark.django_db
def test_see_also_refuses_the_same_page_twice(home_page):
    block = SeeAlsoBlock()
    with pytest.raises(ValidationError) as excinfo:
        block.clean(block.to_python({"title": "", "pages": [home_page.pk, home_page.pk]}))
    assert "pages" in excinfo.value.block_errors


@pytest.mark.django_db
def test_term_block_preview_uses_a_real_term(can_term):
    block = TermBlock()
    html = block.render(block.get_preview_value())
    assert "<summary><dfn>CAN</dfn>" in html
    assert can_term.short_definition in html
