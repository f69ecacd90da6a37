"""Admin registration for the handbook app: snippets, and the "Note" rich-text feature."""

import wagtail.admin.rich_text.editors.draftail.features as draftail_features
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from wagtail import hooks
from wagtail.admin.rich_text.converters.html_to_contentstate import InlineStyleElementHandler
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import contributions, search
from .blocks import FOOTNOTE_CLASS
from .models import FrameworkArea, FrameworkValue, GapContribution, GlossaryTerm


class FrameworkAreaViewSet(SnippetViewSet):
    model = FrameworkArea
    icon = "table"
    list_display = ["name", "slug", "sort_order", LocaleColumn(label=_lazy("Language"))]
    ordering = ["sort_order"]


class FrameworkValueViewSet(SnippetViewSet):
    model = FrameworkValue
    icon = "pick"
    list_display = ["name", "slug", "sort_order", LocaleColumn(label=_lazy("Language"))]
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
    list_display = ["term", "short_definition", "slug", LocaleColumn(label=_lazy("Language"))]
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


def _may_use(user, contribution) -> bool:
    """Editors who may change contributions and edit the gap's page (docs/roles.md)."""
    policy = ModelPermissionPolicy(GapContribution)
    page = contribution.page
    return (
        policy.user_has_permission(user, "change")
        and page is not None
        and page.specific_class is not None
        and page.permissions_for_user(user).can_edit()
    )


def use_contribution(request, pk):
    """Put a reader's offered text into a draft of its page (POST from the dashboard panel)."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    contribution = get_object_or_404(GapContribution.objects.select_related("page"), pk=pk)
    if not _may_use(request.user, contribution):
        raise PermissionDenied
    page = contributions.move_into_draft(contribution, request.user)
    messages.success(
        request,
        _("%(name)s's text is in a draft of this page, credited to them. Check it, then publish.")
        % {"name": contribution.name},
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("register_admin_urls")
def register_contribution_urls():
    return [path("contributions/<int:pk>/use/", use_contribution, name="handbook_use_contribution")]


class ContributionsPanel(Component):
    name = "gap_contributions"
    template_name = "handbook/admin/contributions_panel.html"
    order = 95

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        edit_name = GapContribution.snippet_viewset.get_url_name("edit")
        context["items"] = [
            {
                "contribution": item,
                "edit_url": reverse(edit_name, args=[item.pk]),
                "use_url": reverse("handbook_use_contribution", args=[item.pk]) if _may_use(self.user, item) else "",
            }
            for item in contributions.waiting()
        ]
        return context


@hooks.register("construct_homepage_panels")
def add_contributions_panel(request, panels):
    if ModelPermissionPolicy(GapContribution).user_has_any_permission(request.user, ["change", "view"]):
        panels.append(ContributionsPanel(request.user))


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


# Site search (cms/search.py): areas, values, practices and glossary terms first, and the names
# to suggest when nothing matched.
hooks.register("site_search_matches", search.site_search_matches)
hooks.register("site_search_vocabulary", search.site_search_vocabulary)
