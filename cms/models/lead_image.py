"""A page's lead image and its alt text: the picture its card and its page open with.

Stories, events and the home page take them from here. Templates show them through
``components/lead_image.html``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class LeadImageFields(models.Model):
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("lead image"),
    )
    lead_image_alt = models.CharField(
        _("lead image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Required with an image: describe what it shows for people who cannot see it."),
    )

    lead_image_panel = MultiFieldPanel(
        [FieldPanel("lead_image"), FieldPanel("lead_image_alt")], heading=_("Lead image")
    )
    # Served with the page (cms/routing.py): the image, its credit and its renditions.
    serve_select_related = ("social_image", "lead_image", "lead_image__credit")
    serve_prefetch_related = ("lead_image__renditions", "social_image__renditions")

    class Meta:
        abstract = True

    def lead_image_errors(self) -> dict:
        if self.lead_image_id and not self.lead_image_alt.strip():
            return {"lead_image_alt": _("Describe the image for people who cannot see it.")}
        return {}
