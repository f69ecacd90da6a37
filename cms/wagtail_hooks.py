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
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .guide import guide
from .models import ImageCredit, SiteText
from .page_links import LocalizedPageLinkHandler
from .translation_status import TranslationStatusMenuItem, TranslationStatusView


class SiteTextViewSet(SnippetViewSet):
    model = SiteText
    icon = "doc-full"
    menu_label = "Site text"
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["__str__", "tagline", LocaleColumn(label=_("Language"))]


register_snippet(SiteTextViewSet)


class ImageCreditViewSet(SnippetViewSet):
    model = ImageCredit
    icon = "image"
    menu_label = _("Image credits")
    menu_order = 910
    add_to_settings_menu = True
    list_display = ["image", "author", "licence"]


register_snippet(ImageCreditViewSet)


@hooks.register("register_admin_urls")
def register_guide_url():
    return [path("guide/", guide, name="cms_guide")]


@hooks.register("register_help_menu_item")
def register_guide_menu_item():
    return MenuItem(_("Guide for editors and moderators"), reverse("cms_guide"), icon_name="help", order=50)


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    """Reports → Translation status: what is missing or out of date per language (editors)."""
    view = TranslationStatusView.as_view
    return [
        path("reports/translation-status/", view(), name="translation_status"),
        path("reports/translation-status/results/", view(results_only=True), name="translation_status_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"), reverse("translation_status"), icon_name="site", order=8900
    )


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


@hooks.register("construct_page_chooser_queryset")
def page_chooser_search_in_the_pages_language(pages, request):
    """The page chooser opened from a page's editor is given that page's language
    (``?locale=``: Wagtail's chooser modals send the editor's ``ACTIVE_CONTENT_LOCALE``). Its
    browse view already keeps to that language's tree (with Wagtail's switcher to the others);
    its search listed every language, so a Welsh editor searching found English and Arabic
    pages mixed in. The search keeps to the page's language too."""
    match = getattr(request, "resolver_match", None)
    code = request.GET.get("locale")
    if code and match is not None and match.url_name == "wagtailadmin_choose_page_search":
        # ``locale`` is one of Page's search filter fields (a related field is not).
        return pages.filter(locale=Locale.objects.filter(language_code=code).first())
    return pages
