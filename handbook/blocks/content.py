"""Blocks that give handbook pages their shape: quotations with references, gaps waiting to be
written, editors' notes, see-also lists and glossary terms.

Each block keeps its own rules (``clean()``) and derived values (``StructValue``), and its
``Meta`` gives the admin an icon, a template and a preview.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock

from cms.blocks import QuotationBlock
from cms.blocks.content import QuotationValue


class HandbookQuotationBlock(QuotationBlock):
    """The shared quotation plus a reference that becomes a numbered note on the page.

    Wagtail idiom: subclassing a ``StructBlock`` keeps its child blocks and adds new ones, so
    the handbook reuses the site's quotation (text, person, role/organisation, source) rather
    than inventing a second one.
    """

    reference = blocks.RichTextBlock(
        required=False,
        features=["italic", "link"],
        help_text="Where the words come from (talk, article, date). Numbered automatically under "
        "'Notes and references'.",
    )

    class Meta:
        icon = "openquote"
        template = "handbook/blocks/quotation.html"
        value_class = QuotationValue
        preview_value = {
            "quote": "Nobody joins a meeting to be talked at; they come to be asked.",
            "person": "Dele",
            "role": "Host of a tenants' forum",
            "reference": "<p>Members' call, spring 2021.</p>",
        }
        description = "A quotation credited to a person and organisation, with a numbered reference."


class GapBlock(blocks.StructBlock):
    """A "section needed" placeholder: what is missing, and an invitation to write it.

    Each gap keeps the id Wagtail gives every StreamField item, which survives edits, so the
    wanted list and readers' contributions can point at it. Publishing the page records its
    gaps for the wanted list (see ``handbook.models.gaps``).
    """

    title = blocks.CharBlock(
        max_length=200, help_text="What is missing, in a few words, e.g. 'Sharing food and celebrating'."
    )
    prompt = blocks.TextBlock(
        required=False,
        max_length=1000,
        help_text="Optional questions or pointers for whoever writes it.",
    )

    class Meta:
        icon = "help"
        template = "handbook/blocks/gap.html"
        preview_value = {
            "title": "Sharing food and celebrating",
            "prompt": "What do your gatherings do to make people feel welcome? Bring examples.",
        }
        description = "Marks a section nobody has written yet and invites readers to offer text."


class EditorNoteBlock(blocks.StructBlock):
    """An editor's note or open question, signed, shown apart from the settled text."""

    kind = blocks.ChoiceBlock(
        choices=[("note", _("Editor's note")), ("question", _("Open question"))],
        default="note",
    )
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"])
    signed = blocks.CharBlock(max_length=120, help_text="Who wrote it, e.g. 'Priya, handbook editor'.")
    date = blocks.DateBlock(required=False)

    class Meta:
        icon = "comment"
        template = "handbook/blocks/editor_note.html"
        preview_value = {
            "kind": "question",
            "text": "<p>Should this section come before 'Getting started'?</p>",
            "signed": "Priya, handbook editor",
        }
        description = "A signed note or open question from an editor, set apart from the text."


class SeeAlsoBlock(blocks.StructBlock):
    """A short list of related pages, chosen with the page chooser so links never break."""

    title = blocks.CharBlock(required=False, max_length=80, help_text="Defaults to 'See also'.")
    pages = blocks.ListBlock(blocks.PageChooserBlock(), min_num=1, max_num=12)

    class Meta:
        icon = "link"
        template = "handbook/blocks/see_also.html"
        description = "A list of related pages."

    def get_preview_value(self):
        """Wagtail idiom: a preview needs real pages, so show the first few live ones."""
        from wagtail.models import Page

        pages = list(Page.objects.live().filter(depth__gt=2).order_by("path")[:3])
        return self.to_python({"title": "", "pages": [page.pk for page in pages]})

    def clean(self, value):
        value = super().clean(value)
        chosen = [page.pk for page in value.get("pages") if page]
        if len(chosen) != len(set(chosen)):
            raise StructBlockValidationError({"pages": ValidationError("Each page only once, please.")})
        return value


class TermBlock(blocks.StructBlock):
    """A glossary term shown in the text as a disclosure: the term, and its short definition
    on demand, with a link to the glossary entry. Works by keyboard and without JavaScript
    (``<details>``), and Wagtail's reference index records which pages use which term."""

    term = SnippetChooserBlock("handbook.GlossaryTerm")
    note = blocks.CharBlock(
        required=False, max_length=200, help_text="Optional: how the word is used on this page in particular."
    )

    class Meta:
        icon = "info-circle"
        template = "handbook/blocks/term.html"
        description = "A glossary term with its short definition, linked to the glossary."

    def get_context(self, value, parent_context=None):
        """``term_url``: the term in the glossary of its own language. A translated page whose
        term has no translation yet shows the original term (marked with its ``lang``) and links
        to it where it exists, never to a glossary address of the page's language that has none."""
        context = super().get_context(value, parent_context=parent_context)
        parent = parent_context or {}
        term, page, base = value.get("term"), parent.get("page"), parent.get("glossary_base")
        if term is not None and not term.live and not getattr(parent.get("request"), "is_preview", False):
            term = None  # a term never published: readers see nothing of it (an editor's preview does)
        context["term"] = term
        if term is not None and page is not None and base and term.locale_id != page.locale_id:
            handbook = parent.get("handbook")
            original = handbook.get_translation_or_none(term.locale) if handbook is not None else None
            base = original.get_url(parent.get("request")) + "glossary/" if original is not None else None
            context["term_lang"] = term.locale.language_code
        context["term_url"] = f"{base}{term.slug}/" if base and term is not None else None
        return context

    def get_preview_value(self):
        """Wagtail idiom: a preview needs a real term, so show the first one in the glossary."""
        from handbook.models import GlossaryTerm

        term = GlossaryTerm.objects.live().order_by("term").first()
        return self.to_python({"term": term.pk if term else None, "note": ""})
