"""Events: pages, the snippets they point at, the schedule of a series, and registrants
(a model of this app kept in its own package, ``events.registration``)."""

from events.registration.models import Registrant

from .pages import EventIndexPage, EventPage, EventPageTag
from .schedule import OccurrenceChange
from .snippets import Organisation, Person, Venue

__all__ = [
    "EventIndexPage",
    "EventPage",
    "EventPageTag",
    "OccurrenceChange",
    "Organisation",
    "Person",
    "Registrant",
    "Venue",
]
