"""Admin registration for the handbook app."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import FrameworkArea, FrameworkValue


class FrameworkAreaViewSet(SnippetViewSet):
    model = FrameworkArea
    icon = "table"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order"]


class FrameworkValueViewSet(SnippetViewSet):
    model = FrameworkValue
    icon = "pick"
    list_display = ["name", "slug", "sort_order"]
    ordering = ["sort_order"]


class FrameworkViewSetGroup(SnippetViewSetGroup):
    menu_label = "Framework"
    menu_icon = "table"
    menu_order = 250
    items = (FrameworkAreaViewSet, FrameworkValueViewSet)


register_snippet(FrameworkViewSetGroup)
