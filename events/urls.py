"""Calendar files under the events pages (``…/feed.ics``, ``…/<slug>/event.ics``).

Wagtail's catch-all URL only accepts path segments of letters, digits and hyphens ending in a
slash, so a name with a dot never reaches a page. This pattern hands exactly these file names
to Wagtail's own ``serve`` view (routed by ``cms.routing``, through the language fallback like
every page: an event not translated yet has its calendar at the reader's address too), which
routes them to the routable page as usual (page privacy, live status and hooks all still
apply). Include it before ``wagtail.urls``.
"""

from django.urls import re_path

from cms import language_fallback

CALENDAR_FILE = r"^(?P<path>(?:[\w\-]+/)*(?:event\.ics|feed\.ics|feed/(?:tag|area)/[\w\-]+\.ics))$"

urlpatterns = [re_path(CALENDAR_FILE, language_fallback.serve, name="events_calendar_file")]
