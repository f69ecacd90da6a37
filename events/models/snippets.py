"""Reusable snippets events point at: venues, people (speakers) and organisations.

Wagtail idiom: a snippet is a plain model editors manage under "Snippets" and choose from a
page; ``TranslatableMixin`` gives venues and people a locale and translation key so
wagtail-localize can translate the text editors write about them (address, role) later.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class Venue(TranslatableMixin, index.Indexed, models.Model):
    """A place where people meet in person, with an address people can find."""

    name = models.CharField(_("name"), max_length=160)
    street_address = models.CharField(_("street address"), max_length=255, blank=True)
    locality = models.CharField(_("town or city"), max_length=120, blank=True)
    postal_code = models.CharField(_("postcode"), max_length=20, blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True, default="United Kingdom")
    directions = models.TextField(
        _("directions"), blank=True, max_length=600, help_text=_("How to get there: transport, entrances, parking.")
    )
    map_url = models.URLField(_("map link"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("street_address"),
        FieldPanel("locality"),
        FieldPanel("postal_code"),
        FieldPanel("country"),
        FieldPanel("directions"),
        FieldPanel("map_url"),
    ]
    search_fields = [index.SearchField("name", boost=2), index.SearchField("locality"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name}, {self.locality}" if self.locality else self.name

    @property
    def address_lines(self) -> list[str]:
        return [part for part in (self.street_address, self.locality, self.postal_code, self.country) if part]

    @property
    def one_line(self) -> str:
        """Name and address on one line (calendar LOCATION, map links)."""
        return ", ".join([self.name, *self.address_lines])


class Person(TranslatableMixin, index.Indexed, models.Model):
    """A speaker or host; reused across programmes."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True, help_text=_("e.g. 'Forum host'."))
    organisation = models.CharField(_("organisation"), max_length=160, blank=True)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("organisation")]
    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("organisation"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def credit(self) -> str:
        """'Role, Organisation' — or whichever of the two is given."""
        return ", ".join(part for part in (self.role, self.organisation) if part)


class Organisation(index.Indexed, models.Model):
    """A network, group or organisation that organises events. Names are proper nouns: not translated."""

    name = models.CharField(_("name"), max_length=160, unique=True)
    website = models.URLField(_("website"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("website")]
    search_fields = [index.SearchField("name", boost=2)]

    class Meta:
        verbose_name = _("organisation")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
