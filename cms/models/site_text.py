"""Site-wide text in each language: the header's tagline and the footer's text.

Wagtail idiom: ``BaseSiteSetting`` rows are one per site and cannot be translated, so the words
editors write for the whole site live in a *translatable snippet* (``TranslatableMixin``): one
row per language sharing a ``translation_key``. wagtail-localize gives snippets like this the
same **Translate** action and translation editor as pages (see docs/decisions/0051). Site
settings keep what is the same in every language (contact address, social links).
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin

from cms.cache import cached_fragment


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
        default language's, else ``fallback`` (the older fields of site settings). Cached until
        the next content write, so pages pay no query for it."""

        def build():
            from django.conf import settings

            rows = {}
            for row in cls.objects.select_related("locale").order_by("-pk"):
                rows[row.locale.language_code] = row  # the oldest row of each language wins
            chosen = rows.get(language_code) or rows.get(settings.LANGUAGE_CODE)
            if chosen is None:
                return {}  # cached too ("nothing yet"): None would mean "not cached"
            return {"tagline": chosen.tagline, "footer_text": chosen.footer_text}

        found = cached_fragment(f"site-text:{language_code}", build)
        if found:
            return found
        return {
            "tagline": getattr(fallback, "tagline", ""),
            "footer_text": getattr(fallback, "footer_text", ""),
        }
