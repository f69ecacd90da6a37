"""Shared models: the abstract base page every app builds on, standard pages, site settings."""

from .mixins import BasePage, SocialMetaMixin
from .pages import StandardPage
from .site_settings import SiteSettings
from .site_text import SiteText

__all__ = ["BasePage", "SiteSettings", "SiteText", "SocialMetaMixin", "StandardPage"]
