"""Who made an image and under which licence, shown beside it wherever it leads a page.

Wagtail idiom: the project keeps Wagtail's own image model (swapping ``WAGTAILIMAGES_IMAGE_MODEL``
after images exist means moving every image and rendition), so the credit is a row of its own,
one per image (``image.credit``), edited in the admin's "Image credits" snippets.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Licence(models.TextChoices):
    CC_BY = "CC BY 4.0", "CC BY 4.0"
    CC_BY_SA = "CC BY-SA 4.0", "CC BY-SA 4.0"
    CC0 = "CC0 1.0", _("CC0 1.0 (public domain)")
    PERMISSION = "permission", _("Used with permission")


LICENCE_URLS = {
    Licence.CC_BY: "https://creativecommons.org/licenses/by/4.0/",
    Licence.CC_BY_SA: "https://creativecommons.org/licenses/by-sa/4.0/",
    Licence.CC0: "https://creativecommons.org/publicdomain/zero/1.0/",
}


class ImageCredit(models.Model):
    image = models.OneToOneField(
        "wagtailimages.Image", on_delete=models.CASCADE, related_name="credit", verbose_name=_("image")
    )
    author = models.CharField(_("author"), max_length=160, help_text=_("Who made the image, as they want to be named."))
    licence = models.CharField(_("licence"), max_length=20, choices=Licence.choices)
    source_url = models.URLField(_("source"), blank=True, help_text=_("Where the original can be found, if online."))

    panels = [FieldPanel("image"), FieldPanel("author"), FieldPanel("licence"), FieldPanel("source_url")]

    class Meta:
        verbose_name = _("image credit")
        verbose_name_plural = _("image credits")

    def __str__(self) -> str:
        return f"{self.image.title}: {self.author}, {self.licence}"

    @property
    def licence_label(self) -> str:
        return self.get_licence_display()

    @property
    def licence_url(self) -> str:
        return LICENCE_URLS.get(self.licence, "")
