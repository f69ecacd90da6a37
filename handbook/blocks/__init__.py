"""StreamField blocks for handbook pages."""

from .content import EditorNoteBlock, GapBlock, HandbookQuotationBlock, SeeAlsoBlock, TermBlock
from .notes import FOOTNOTE_CLASS, Footnotes, NotedRichTextBlock
from .streams import HandbookStreamBlock

__all__ = [
    "FOOTNOTE_CLASS",
    "EditorNoteBlock",
    "Footnotes",
    "GapBlock",
    "HandbookQuotationBlock",
    "HandbookStreamBlock",
    "NotedRichTextBlock",
    "SeeAlsoBlock",
    "TermBlock",
]
