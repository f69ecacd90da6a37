"""Calendar files under the events pages (``…/feed.ics``, ``…/<slug>/event.ics``).

Wagtail's catch-all URL only accepts path segments of letters, digits and hyphens ending in a
slash, so a name with a dot never reaches a page. This pattern hands exactly these file names
to Wagtail's own ``serve`` view (routed by ``cms.routing``), which routes them to the
routable page as usual (page privacy, live status and hooks all still apply). Include it
before ``wagtail.urls``.
"""

from django.urls import re_path

from cms import routing

CALENDAR_FILE = r"^(?P<path>(?:[\w\-]+/)*(?:event\.ics|feed\.ics|feed/(?:tag|area)/[\w\-]+\.ics))$"

urlpatterns = [re_path(CALENDAR_FILE, routing.serve, name="events_calendar_file")]
