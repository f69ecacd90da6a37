"""Site-wide text in each language: the header's tagline and the footer's text.

Wagtail idiom: ``BaseSiteSetting`` rows are one per site and cannot be translated, so the words
editors write for the whole site live in a *translatable snippet* (``TranslatableMixin``): one
row per language sharing a ``translation_key``. wagtail-localize gives snippets like this the
same **Translate** action and translation editor as pages (see docs/decisions/0051). Site
settings keep what is the same in every language (contact address, social links).

Site text keeps drafts, revisions, locks and a preview (``cms.models.drafts``): "Save draft"
never changes the live header or footer; readers see only the published row (``live``).
"""

from django.conf import settings
from django.db import models
from django.db.models import Subquery, Value
from django.db.models.functions import Coalesce
from django.template.response import TemplateResponse
from django.utils import translation
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, TranslatableMixin

from .drafts import SCHEDULE_PANEL, LiveQuerySet


class SiteText(PreviewableMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, models.Model):
    tagline = models.CharField(max_length=160, blank=True, help_text="Shown beside the site's name in the header.")
    footer_text = models.TextField(
        blank=True, max_length=600, help_text="A line or two at the foot of every page (line breaks are kept)."
    )

    panels = [FieldPanel("tagline"), FieldPanel("footer_text"), SCHEDULE_PANEL]
    objects = LiveQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = "site text"
        verbose_name_plural = "site text"

    def __str__(self) -> str:
        return f"Site text ({self.locale.language_code})"

    @classmethod
    def for_language(cls, language_code: str, fallback=None) -> dict:
        """``{"tagline": …, "footer_text": …}`` for a language: its own site text, else the
        default language's, else ``fallback`` (the older fields of site settings). One query."""
        rows = {}
        wanted = {language_code, settings.LANGUAGE_CODE}
        found = (
            cls.objects.live()
            .filter(locale__language_code__in=wanted)
            .values_list("locale__language_code", "tagline", "footer_text")
        )
        for code, tagline, footer_text in found.order_by("-pk"):
            rows[code] = {"tagline": tagline, "footer_text": footer_text}  # the oldest row of each language wins
        chosen = rows.get(language_code) or rows.get(settings.LANGUAGE_CODE)
        if chosen:
            return chosen
        return {
            "tagline": getattr(fallback, "tagline", ""),
            "footer_text": getattr(fallback, "footer_text", ""),
        }

    @classmethod
    def annotations(cls, language_code: str) -> dict:
        """What ``for_language`` finds, as annotations for another query (the site settings'):
        each field from the language's oldest live row, else the default language's (two
        uncorrelated subqueries each: the same text whatever row they annotate)."""

        def field(name: str, code: str):
            rows = cls.objects.live().filter(locale__language_code=code).order_by("pk")
            return Subquery(rows.values(name)[:1])

        codes = (language_code, settings.LANGUAGE_CODE)
        return {
            "text_language": Value(language_code),
            "text_tagline": Coalesce(*(field("tagline", code) for code in codes)),
            "text_footer_text": Coalesce(*(field("footer_text", code) for code in codes)),
        }

    @staticmethod
    def from_annotations(instance) -> dict:
        """``for_language``'s answer from ``annotations`` on ``instance`` (the site settings,
        whose older fields are the fallback while no site text exists)."""
        if instance.text_tagline is None and instance.text_footer_text is None:
            return {"tagline": instance.tagline, "footer_text": instance.footer_text}
        return {"tagline": instance.text_tagline or "", "footer_text": instance.text_footer_text or ""}

    def serve_preview(self, request, mode_name):
        """The header and footer as they would read with this version, around a short page
        that says so, in the text's own language (``site_text`` reads the request's memo)."""
        language = self.locale.language_code
        request._cms_site_text = (language, {"tagline": self.tagline, "footer_text": self.footer_text})
        with translation.override(language):
            response = TemplateResponse(request, "cms/previews/site_text.html", {"object": self, "request": request})
            return response.render()
