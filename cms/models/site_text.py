"""Site-wide text in each language: the header's tagline and the footer's text.

Wagtail idiom: ``BaseSiteSetting`` rows are one per site and cannot be translated, so the words
editors write for the whole site live in a *translatable snippet* (``TranslatableMixin``): one
row per language sharing a ``translation_key``. wagtail-localize gives snippets like this the
same **Translate** action and translation editor as pages (see docs/decisions/0051). Site
settings keep what is the same in every language (contact address, social links).
"""

from django.conf import settings
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin


class SiteText(TranslatableMixin, models.Model):
    tagline = models.CharField(max_length=160, blank=True, help_text="Shown beside the site's name in the header.")
    footer_text = models.TextField(
        blank=True, max_length=600, help_text="A line or two at the foot of every page (line breaks are kept)."
    )

    panels = [FieldPanel("tagline"), FieldPanel("footer_text")]

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
        found = cls.objects.filter(locale__language_code__in=wanted).values_list(
            "locale__language_code", "tagline", "footer_text"
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
