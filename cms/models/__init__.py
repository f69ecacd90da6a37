"""Shared models: the abstract base page every app builds on, standard pages, site settings, image credits."""

from .image_credit import ImageCredit, Licence
from .lead_image import LeadImageFields
from .mixins import BasePage, SocialMetaMixin
from .pages import StandardPage
from .site_settings import SiteSettings
from .site_text import SiteText

__all__ = [
    "BasePage",
    "ImageCredit",
    "LeadImageFields",
    "Licence",
    "SiteSettings",
    "SiteText",
    "SocialMetaMixin",
    "StandardPage",
]
