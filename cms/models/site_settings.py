"""Site-wide settings editors change in the admin (Settings → Site settings)."""

from django.db import models
from django.utils.translation import get_language
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from .site_text import SiteText


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=40, help_text="What readers see, e.g. 'Mastodon'.")
    url = blocks.URLBlock()

    class Meta:
        icon = "link"


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Wagtail idiom: ``BaseSiteSetting`` keeps one row per site, read in templates as
    ``settings.cms.SiteSettings`` (via the settings context processor) and cached per request.
    What is the same in every language; words in a language are in ``SiteText``."""

    # Text in a language lives in the translatable "Site text" snippet (cms.models.site_text);
    # these two older fields are only read while no site text exists, and no longer edited here.
    tagline = models.CharField(max_length=160, blank=True)
    contact_email = models.EmailField(blank=True)
    footer_text = models.TextField(blank=True, max_length=600)
    social_links = StreamField([("link", SocialLinkBlock())], blank=True)

    panels = [
        FieldPanel("contact_email"),
        FieldPanel("social_links"),
    ]

    class Meta:
        verbose_name = "Site settings"

    @classmethod
    def base_queryset(cls):
        """Wagtail reads the settings through this: the site text in the reader's language
        comes in the same query (``SiteText.annotations``), so the header and footer cost one."""
        return super().base_queryset().annotate(**SiteText.annotations(get_language() or ""))

    def site_text(self, language_code: str) -> dict | None:
        """The site text read with these settings, if it was read for this language."""
        if getattr(self, "text_language", None) != language_code:
            return None
        return SiteText.from_annotations(self)
