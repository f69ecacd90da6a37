"""Admin registration for the shared app: the translatable "Site text" snippet.

wagtail-localize adds **Translate** to every snippet whose model is translatable, so editors
translate the tagline and footer the same way as pages (see docs/translating.md).
"""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .guide import guide
from .models import SiteText
from .page_links import LocalizedPageLinkHandler


class SiteTextViewSet(SnippetViewSet):
    model = SiteText
    icon = "doc-full"
    menu_label = "Site text"
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["__str__", "tagline", LocaleColumn(label=_("Language"))]


register_snippet(SiteTextViewSet)


@hooks.register("register_admin_urls")
def register_guide_url():
    return [path("guide/", guide, name="cms_guide")]


@hooks.register("register_help_menu_item")
def register_guide_menu_item():
    return MenuItem(_("Guide for editors and moderators"), reverse("cms_guide"), icon_name="help", order=50)


@hooks.register("insert_global_admin_css")
def bidi_fields_css():
    """Arabic in admin fields runs right to left (cms/static/cms/css/admin-bidi.css)."""
    return format_html('<link rel="stylesheet" href="{}">', static("cms/css/admin-bidi.css"))


@hooks.register("insert_global_admin_js")
def bidi_fields_js():
    return format_html('<script src="{}" defer></script>', static("cms/js/admin-bidi.js"))


@hooks.register("register_rich_text_features", order=1)
def localized_page_links(features):
    """Rich-text page links lead to the live translation in the reader's language, batched:
    replaces Wagtail's own "page" link handler, registered at order 0 (cms/page_links.py)."""
    features.register_link_type(LocalizedPageLinkHandler)
