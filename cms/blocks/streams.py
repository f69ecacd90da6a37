"""The general-purpose stream used by standard pages (and reused by other apps)."""

from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock

from .content import CalloutBlock, DocumentLinkBlock, HeadingBlock, ImageWithAltBlock, QuotationBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class StandardStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=RICH_TEXT_FEATURES,
        icon="pilcrow",
        template="cms/blocks/paragraph.html",
    )
    quotation = QuotationBlock()
    image = ImageWithAltBlock()
    callout = CalloutBlock()
    embed = EmbedBlock(
        icon="media",
        help_text="A video or audio link, e.g. from YouTube or Vimeo.",
        template="cms/blocks/embed.html",
    )
    document = DocumentLinkBlock()

    class Meta:
        template = "cms/blocks/stream.html"
