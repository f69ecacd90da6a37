"""An event without a photo shows the drawing of its first framework area, on its card in the
listing and on its page; the site's mark when it points at no area."""

import pytest

from handbook.factories import FrameworkAreaFactory

pytestmark = pytest.mark.django_db


def test_event_card_and_page_show_the_first_areas_drawing(client, events_index, make_event):
    connect = FrameworkAreaFactory(name="Connect", slug="connect", sort_order=6)
    organise = FrameworkAreaFactory(name="Organise", slug="organise", sort_order=7)
    event = make_event(title="Exchange evening", areas=[organise, connect])
    listing = client.get(events_index.url).content.decode()
    card = listing[listing.rindex('<li class="event-card', 0, listing.index("Exchange evening")) :]
    assert '<img src="/static/handbook/framework/connect.svg" width="72" height="72" alt=""' in card
    page = client.get(event.url).content.decode()
    assert '<img src="/static/handbook/framework/connect.svg" width="128" height="128" alt=""' in page


def test_event_without_areas_shows_the_sites_mark(client, events_index, make_event):
    event = make_event(title="Open evening")
    assert "/static/handbook/framework/hub.svg" in client.get(events_index.url).content.decode()
    assert '<img src="/static/handbook/framework/hub.svg" width="128"' in client.get(event.url).content.decode()
