"""Admin registration: venues, people and organisations under one "Event details" menu.

Venues and people can be made from the chooser in the event editor (Wagtail's chooser "create"
tab: ``form_fields`` on the snippet's chooser view set), so an editor adds a new speaker or
venue without leaving the event form; the new one comes back chosen.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Organisation, Person, Venue


class VenueChooserViewSet(SnippetChooserViewSet):
    form_fields = [panel.field_name for panel in Venue.panels]
    creation_tab_label = _("New venue")
    create_action_label = _("Add this venue")


class PersonChooserViewSet(SnippetChooserViewSet):
    form_fields = [panel.field_name for panel in Person.panels]
    creation_tab_label = _("New person")
    create_action_label = _("Add this person")


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "locality", LocaleColumn(label=_("Language"))]
    search_fields = ["name", "locality"]
    chooser_viewset_class = VenueChooserViewSet


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation", LocaleColumn(label=_("Language"))]
    chooser_viewset_class = PersonChooserViewSet


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "website"]


class EventDetailsGroup(SnippetViewSetGroup):
    menu_label = "Event details"
    menu_icon = "date"
    menu_order = 260
    items = (VenueViewSet, PersonViewSet, OrganisationViewSet)


register_snippet(EventDetailsGroup)


# --- Every event in one flat list, with its dates and status ---------------------------------

from wagtail.admin.ui.tables import Column, DateColumn  # noqa: E402
from wagtail.admin.viewsets.pages import PageListingViewSet  # noqa: E402

from .models import EventPage  # noqa: E402


class EventListingViewSet(PageListingViewSet):
    model = EventPage
    icon = "date"
    menu_label = "Events"
    menu_order = 255
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        DateColumn("starts_at", label="Starts", sort_key="starts_at", width="12%"),
        DateColumn("last_ends_at", label="Ends", sort_key="last_ends_at", width="12%"),
        Column("event_status", label="Event status", accessor="get_status_display", sort_key="status"),
        Column("registration", label="Registration", accessor="get_registration_display"),
    ]


@hooks.register("register_admin_viewset")
def register_event_listing():
    return EventListingViewSet("event_listing")


# --- Registrations (events/registration/admin.py) ----------------------------------------------

from django.urls import path, reverse  # noqa: E402
from django.utils.translation import gettext_lazy as _  # noqa: E402
from wagtail.admin.menu import MenuItem  # noqa: E402
from wagtail.admin.widgets import Button  # noqa: E402

from .registration import admin as registration_admin  # noqa: E402


@hooks.register("register_admin_urls")
def register_registration_urls():
    return [
        path("registrations/", registration_admin.index, name="events_registrations"),
        path("registrations/<int:page_id>/", registration_admin.detail, name="events_registrations_detail"),
        path("registrations/<int:page_id>/export.csv", registration_admin.export, name="events_registrations_export"),
        path("registrations/<int:page_id>/message/", registration_admin.message, name="events_registrations_message"),
    ]


class RegistrationsMenuItem(MenuItem):
    def is_shown(self, request):
        return registration_admin.may_see(request.user)


@hooks.register("register_admin_menu_item")
def register_registrations_menu_item():
    return RegistrationsMenuItem(_("Registrations"), reverse("events_registrations"), icon_name="group", order=270)


@hooks.register("register_page_header_buttons")
def registrations_button(page, user, view_name, next_url=None):
    if getattr(page.specific_deferred, "registration", None) == "site" and registration_admin.may_see(user, page):
        yield Button(
            _("Registrations"), reverse("events_registrations_detail", args=[page.pk]), icon_name="group", priority=66
        )
