"""Calendar files under the events pages (``…/feed.ics``, ``…/<slug>/event.ics``).

Wagtail's catch-all URL only accepts path segments of letters, digits and hyphens ending in a
slash, so a name with a dot never reaches a page. This pattern hands exactly these file names
to Wagtail's own ``serve`` view, which routes them to the routable page as usual (page privacy,
live status and hooks all still apply). Include it before ``wagtail.urls``.
"""

from django.urls import re_path
from wagtail import views as wagtail_views

CALENDAR_FILE = r"^(?P<path>(?:[\w\-]+/)*(?:event\.ics|feed\.ics|feed/(?:tag|area)/[\w\-]+\.ics))$"

urlpatterns = [re_path(CALENDAR_FILE, wagtail_views.serve, name="events_calendar_file")]
