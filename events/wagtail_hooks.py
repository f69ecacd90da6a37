"""Admin registration: venues, people and organisations under one "Event details" menu."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Organisation, Person, Venue


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    list_display = ["name", "locality"]
    search_fields = ["name", "locality"]


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    list_display = ["name", "role", "organisation"]


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
