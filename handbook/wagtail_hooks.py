"""Admin registration for the handbook app: snippets, and the "Note" rich-text feature."""

import wagtail.admin.rich_text.editors.draftail.features as draftail_features
from django.core.exceptions import PermissionDenied
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .blocks import FOOTNOTE_CLASS
from .models import FrameworkArea, FrameworkValue, GapContribution, GlossaryTerm


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


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "info-circle"
    menu_label = "Glossary"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["term", "short_definition", "slug"]
    search_fields = ["term", "alternative_names", "short_definition"]
    ordering = ["term"]


register_snippet(GlossaryTermViewSet)


class NoAddingPermissionPolicy(ModelPermissionPolicy):
    """Contributions come only from readers' form: editors read and triage them, never add."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, [action for action in actions if action != "add"])


class ReadersOnlyMixin:
    """Wagtail lets anyone with admin access open a snippet's chooser, whatever the model
    permissions, and checks "add" there with the plain model policy. A chooser of gap
    contributions would list readers' names to every moderator and editor, and let an admin
    add one: only people who may read the listing can open it, and nobody creates here."""

    def get_permission_policy(self):
        # Not the ``permission_policy`` attribute: the chooser view set passes None for it.
        return NoAddingPermissionPolicy(GapContribution)

    def dispatch(self, request, *args, **kwargs):
        if not self.get_permission_policy().user_has_any_permission(request.user, ["change", "delete", "view"]):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class GapContributionChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (ReadersOnlyMixin, snippet_chooser.ChooseView), {})
    choose_results_view_class = type("ChooseResultsView", (ReadersOnlyMixin, snippet_chooser.ChooseResultsView), {})
    chosen_view_class = type("ChosenView", (ReadersOnlyMixin, snippet_chooser.SnippetChosenView), {})
    chosen_multiple_view_class = type(
        "ChosenMultipleView", (ReadersOnlyMixin, snippet_chooser.SnippetChosenMultipleView), {}
    )
    create_view_class = type("CreateView", (ReadersOnlyMixin, snippet_chooser.SnippetCreateView), {})


class GapContributionViewSet(SnippetViewSet):
    model = GapContribution
    icon = "mail"
    menu_label = "Contributions"
    menu_order = 270
    add_to_admin_menu = True
    list_display = ["gap_title", "name", "status", "submitted_at"]
    list_filter = ["status"]
    search_fields = ["gap_title", "name", "text"]
    ordering = ["-submitted_at"]
    inspect_view_enabled = True
    copy_view_enabled = False
    chooser_viewset_class = GapContributionChooserViewSet

    @property
    def permission_policy(self):
        return NoAddingPermissionPolicy(self.model)


register_snippet(GapContributionViewSet)


@hooks.register("register_rich_text_features")
def register_footnote_feature(features):
    """An inline style editors apply to the words of a note; it needs no JavaScript of our own.

    Stored as ``<span class="footnote">…</span>``; handbook pages number it and list it at the
    end (see ``handbook.blocks.notes``).
    """
    feature_name = "footnote"
    type_ = "FOOTNOTE"
    features.register_editor_plugin(
        "draftail",
        feature_name,
        draftail_features.InlineStyleFeature(
            {
                "type": type_,
                "label": "Note",
                "description": "Footnote: the selected words become a numbered note",
                "style": {"fontSize": "0.8em", "verticalAlign": "super", "backgroundColor": "#fdf1d6"},
            }
        ),
    )
    features.register_converter_rule(
        "contentstate",
        feature_name,
        {
            "from_database_format": {f"span[class={FOOTNOTE_CLASS}]": InlineStyleElementHandler(type_)},
            "to_database_format": {"style_map": {type_: {"element": "span", "props": {"class": FOOTNOTE_CLASS}}}},
        },
    )
