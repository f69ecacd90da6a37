"""Content blocks shared by every page type.

Each block keeps its own logic: the heading works out its anchor id in a ``StructValue``, the
quotation decides how to credit its source, the image refuses to save without alt text. Their
``Meta`` gives the admin an icon, a template and a preview so editors see what they insert.
"""

from django.core.exceptions import ValidationError
from django.utils.html import format_html
from django.utils.text import slugify
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingValue(blocks.StructValue):
    def anchor_id(self) -> str:
        """The explicit anchor if the editor gave one, else one made from the text.

        Letters of every script are kept (``allow_unicode``): an ASCII-only slug of an Arabic
        heading is empty, so every Arabic heading would share one id."""
        return slugify(self.get("anchor") or self.get("text") or "", allow_unicode=True) or "section"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", "Section (h2)"), ("h3", "Sub-section (h3)")],
        default="h2",
        help_text="Use sub-sections only inside a section, so screen readers can follow the outline.",
    )
    anchor = blocks.CharBlock(
        required=False,
        max_length=80,
        help_text="Optional link target, e.g. 'getting-started'. Made from the heading if empty.",
    )

    class Meta:
        icon = "title"
        template = "cms/blocks/heading.html"
        value_class = HeadingValue
        preview_value = {"text": "How we meet", "level": "h2"}
        description = "A heading that starts a section; it appears in the page's contents list."


class QuotationValue(blocks.StructValue):
    def credit(self) -> str:
        """'Name, Role' — or just whichever of the two is given. The name is isolated (``<bdi>``):
        a Latin name beside an Arabic role keeps its comma on the right side."""
        person, role = self.get("person"), self.get("role")
        if person and role:
            return format_html("<bdi>{}</bdi>, {}", person, role)
        return format_html("<bdi>{}</bdi>", person) if person else role or ""


class QuotationBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=2000)
    person = blocks.CharBlock(required=False, max_length=120, help_text="Who said or wrote it.")
    role = blocks.CharBlock(required=False, max_length=160, help_text="Their role or organisation.")
    source_title = blocks.CharBlock(required=False, max_length=200, label="Source")
    source_url = blocks.URLBlock(required=False, label="Source link")

    class Meta:
        icon = "openquote"
        template = "cms/blocks/quotation.html"
        value_class = QuotationValue
        preview_value = {
            "quote": "We learned more from one evening of listening than from a year of planning.",
            "person": "A forum host",
            "role": "Peer-support circle",
        }
        description = "A quotation credited to the person who said it, with an optional source."


class ImageWithAltBlock(blocks.StructBlock):
    image = ImageChooserBlock()
    alt_text = blocks.CharBlock(
        max_length=250,
        help_text="Required. Describe what the image shows for people who cannot see it.",
    )
    caption = blocks.CharBlock(required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "cms/blocks/image.html"
        description = "An image with the alt text readers need and an optional caption."


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", "Information"), ("action", "Invitation to act"), ("warning", "Take care")],
        default="info",
    )
    title = blocks.CharBlock(max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link"])
    link_page = blocks.PageChooserBlock(required=False)
    link_url = blocks.URLBlock(required=False)
    link_text = blocks.CharBlock(required=False, max_length=80)
    # A link to a form of this site rather than a page: "Share your story" leads an anonymous
    # reader through signing in or up, straight to the case-study form.
    link_form = blocks.ChoiceBlock(
        choices=[("share_story", "The form to share a story")],
        required=False,
        help_text="Instead of a page or link: one of the site's forms. The link text defaults to the form's name.",
    )

    class Meta:
        icon = "help"
        template = "cms/blocks/callout.html"
        preview_value = {"tone": "action", "title": "Tell us your story", "text": "<p>Share what worked.</p>"}
        description = "A boxed message that stands out from the text around it."

    def clean(self, value):
        value = super().clean(value)
        has_link = value.get("link_page") or value.get("link_url")
        if has_link and not value.get("link_text"):
            raise StructBlockValidationError(
                {"link_text": ValidationError("Give the link some words, e.g. 'Share your story'.")}
            )
        if value.get("link_page") and value.get("link_url"):
            raise StructBlockValidationError({"link_url": ValidationError("Choose a page or enter a link, not both.")})
        if value.get("link_form") and has_link:
            raise StructBlockValidationError(
                {"link_form": ValidationError("Choose a page, a link or a form: only one of them.")}
            )
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock()
    title = blocks.CharBlock(required=False, max_length=200, help_text="Defaults to the document's title.")
    description = blocks.TextBlock(required=False, max_length=500)

    class Meta:
        icon = "doc-full"
        template = "cms/blocks/document_link.html"
        description = "A link to a document, showing its type and size."
