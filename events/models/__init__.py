"""Events: pages, the snippets they point at, and the schedule of a series."""

from .pages import EventIndexPage, EventPage, EventPageTag
from .schedule import OccurrenceChange
from .snippets import Organisation, Person, Venue

__all__ = ["EventIndexPage", "EventPage", "EventPageTag", "OccurrenceChange", "Organisation", "Person", "Venue"]
