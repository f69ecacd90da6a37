"""The handbook page body."""

from wagtail import blocks

from cms.blocks import CalloutBlock, HeadingBlock, ImageWithAltBlock

from .content import EditorNoteBlock, GapBlock, HandbookQuotationBlock, SeeAlsoBlock, TermBlock
from .notes import NotedRichTextBlock


class HandbookStreamBlock(blocks.StreamBlock):
    """Headed sections of text with notes, quotations, gaps, editor's notes, terms and links.

    Headings come from the shared ``HeadingBlock``, so the page can build its table of contents
    from them; paragraphs can carry numbered notes.
    """

    heading = HeadingBlock()
    paragraph = NotedRichTextBlock()
    quotation = HandbookQuotationBlock()
    gap = GapBlock()
    editor_note = EditorNoteBlock()
    term = TermBlock()
    see_also = SeeAlsoBlock()
    callout = CalloutBlock()
    image = ImageWithAltBlock()

    class Meta:
        template = "cms/blocks/stream.html"
