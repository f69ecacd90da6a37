"""Admin registration for the shared app: the translatable "Site text" snippet.

wagtail-localize adds **Translate** to every snippet whose model is translatable, so editors
translate the tagline and footer the same way as pages (see docs/translating.md).
"""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import SiteText


class SiteTextViewSet(SnippetViewSet):
    model = SiteText
    icon = "doc-full"
    menu_label = "Site text"
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["__str__", "tagline"]


register_snippet(SiteTextViewSet)
