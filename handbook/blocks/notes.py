"""Footnotes: written inline in rich text, numbered automatically, listed at the end of the page.

Editors select the words of a note in the Draftail editor and press the "Note" button (an
inline style registered in ``handbook/wagtail_hooks.py``, stored as
``<span class="footnote">…</span>``). When the page renders, each note becomes a numbered
link in the text and moves to the "Notes and references" list, which links back.

The numbering lives in one ``Footnotes`` collector that the page puts in the template context;
every block that renders while the body is drawn adds to it in reading order, so numbers are
automatic and never typed by hand.
"""

import re

from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail import blocks

FOOTNOTE_CLASS = "footnote"
# Any space before a note goes: its marker is joined to the word or stop it follows.
FOOTNOTE_SPAN = re.compile(r'(?:\s|&nbsp;)*<span class="footnote">(.*?)</span>', re.DOTALL)
# U+2060 WORD JOINER: no line break between the text and its marker ("out.[1]" stays together).
WORD_JOINER = "\u2060"
CONTEXT_KEY = "footnotes"


class Footnotes:
    """Collects notes in the order they are met and hands out their numbers."""

    def __init__(self):
        self.notes: list[str] = []

    def __bool__(self) -> bool:
        return bool(self.notes)

    def __iter__(self):
        return iter(enumerate(self.notes, start=1))

    def add(self, html: str) -> str:
        """Store the note's HTML and return the numbered in-text marker that links to it."""
        self.notes.append(mark_safe(html))  # noqa: S308 - editor rich text, already rewritten by Wagtail
        number = len(self.notes)
        return format_html(
            WORD_JOINER + '<sup class="footnote-ref"><a href="#fn-{0}" id="fnref-{0}">'
            '<span class="visually-hidden">{1} </span>[{0}]</a></sup>',
            number,
            _("Note"),
        )

    def number_in(self, html: str) -> str:
        """Replace every inline note in ``html`` with its numbered marker."""
        return FOOTNOTE_SPAN.sub(lambda match: self.add(match.group(1)), html)


def collector_from(context) -> Footnotes | None:
    if context is None:
        return None
    return context.get(CONTEXT_KEY)


class NotedRichTextBlock(blocks.RichTextBlock):
    """Rich text whose inline notes are numbered and gathered for the end of the page.

    Wagtail idiom: a block's ``render(value, context)`` receives the parent template's
    context, which is how this block finds the page's shared ``Footnotes`` collector. Outside
    a handbook page (e.g. the admin's block preview) the notes are listed right after the text.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("features", ["bold", "italic", "link", "document-link", "ol", "ul", "footnote"])
        super().__init__(**kwargs)

    def render(self, value, context=None):
        collector = collector_from(context)
        standalone = collector is None
        if standalone:
            collector = Footnotes()
        html = collector.number_in(str(value.__html__()))
        out = format_html('<div class="rich-text">{}</div>', mark_safe(html))  # noqa: S308 - editor rich text
        if standalone and collector:
            items = format_html(
                "<ol class='footnotes__list'>{}</ol>",
                mark_safe("".join(format_html('<li id="fn-{}">{}</li>', n, note) for n, note in collector)),  # noqa: S308
            )
            out += items
        return out

    class Meta:
        icon = "pilcrow"
        preview_value = '<p>Trust grows slowly.<span class="footnote">From notes of a members\' call, 2021.</span></p>'
        description = "Text with links, lists and numbered notes."
