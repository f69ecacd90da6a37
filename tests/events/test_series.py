"""Series: every date agrees between the event page and its calendar file, and the editor
refuses a change for a date the series does not have, naming the nearest one."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from events import conf
from events.models import EventPage

from .conftest import days_ahead
from .test_admin import _form_data

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
WEEK = datetime.timedelta(weeks=1)


def _page_dates(client, page) -> list[tuple]:
    """(original date, start as listed, cancelled) of each coming date on the event page."""
    html = client.get(page.url).content.decode()
    rows = re.findall(r'<li id="occurrence-([\d-]+)" class="([^"]*)">\s*<time datetime="([^"]+)"', html)
    return [(datetime.date.fromisoformat(day), _moment(value), "cancelled" in css) for day, css, value in rows]


def _moment(value: str):
    if "T" not in value:
        return datetime.date.fromisoformat(value)
    return datetime.datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z").astimezone(UTC)


def _calendar_dates(client, page) -> list:
    calendar = Calendar.from_ical(client.get(f"{page.url}event.ics").content)
    assert calendar.get_missing_tzids() == set()
    now = timezone.now()
    found = recurring_ical_events.of(calendar).between(now, now + conf.feed_future_window())  # the page's window
    return sorted(
        o["DTSTART"].dt.astimezone(UTC) if isinstance(o["DTSTART"].dt, datetime.datetime) else o["DTSTART"].dt
        for o in found
    )


def _agree(client, page) -> list:
    """The dates shown on the page (not cancelled), checked against the calendar file."""
    listed = _page_dates(client, page)
    shown = [start for _day, start, cancelled in listed if not cancelled]
    assert shown == sorted(shown), "the page lists dates in order"
    assert shown == _calendar_dates(client, page)
    return listed


def _at(day, hour, minute=0, zone="Europe/London"):
    return datetime.datetime.combine(day, datetime.time(hour, minute), ZoneInfo(zone)).astimezone(UTC)


def _series(make_event, **fields):
    defaults = {
        "slug": "series",
        "start_date": days_ahead(3),
        "start_time": datetime.time(19, 0),
        "end_time": datetime.time(20, 0),
        "repeat": "weekly",
    }
    return make_event(**{**defaults, **fields})


@pytest.mark.parametrize("interval", [2, 3])
def test_every_other_and_every_third_week_on_the_page_and_in_the_calendar(client, make_event, interval):
    start = days_ahead(3)
    page = _series(make_event, start_date=start, repeat_interval=interval, repeat_count=5)
    listed = _agree(client, page)
    assert [day for day, *_rest in listed] == [start + WEEK * interval * n for n in range(5)]


def test_monthly_by_weekday_on_the_page_and_in_the_calendar(client, make_event):
    start = days_ahead(3)
    page = _series(make_event, start_date=start, repeat="monthly_weekday", repeat_count=6)
    days = [day for day, *_rest in _agree(client, page)]
    nth = (start.day - 1) // 7
    assert len(days) == 6 and len({day.month for day in days}) == 6
    for day in days:
        assert day.weekday() == start.weekday()
        assert (day.day - 1) // 7 == nth or (nth == 4 and (day + WEEK).month != day.month)


def test_a_time_only_move_on_the_page_and_in_the_calendar(client, make_event):
    start = days_ahead(3)
    page = _series(make_event, start_date=start, repeat_count=3)
    page.occurrence_changes.create(occurrence_date=start + WEEK, action="move", new_start_time=datetime.time(21, 0))
    page.save()
    listed = _agree(client, page)
    assert [start for _day, start, _c in listed] == [_at(start, 19), _at(start + WEEK, 21), _at(start + 2 * WEEK, 19)]


def test_an_all_day_move_on_the_page_and_in_the_calendar(client, make_event):
    start = days_ahead(3)
    page = _series(make_event, start_date=start, all_day=True, start_time=None, end_time=None, repeat_count=3)
    page.occurrence_changes.create(
        occurrence_date=start + WEEK, action="move", new_date=start + WEEK + datetime.timedelta(days=2)
    )
    page.save()
    listed = _agree(client, page)
    assert [start for _day, start, _c in listed] == [start, start + WEEK + datetime.timedelta(days=2), start + 2 * WEEK]


def test_a_date_moved_past_the_next_one_is_listed_in_its_new_place(client, make_event):
    start = days_ahead(3)
    page = _series(make_event, start_date=start, repeat_count=4)
    moved_to = start + 2 * WEEK + datetime.timedelta(days=2)
    page.occurrence_changes.create(occurrence_date=start + WEEK, action="move", new_date=moved_to)
    page.save()
    listed = _agree(client, page)
    assert [day for day, *_rest in listed] == [start, start + 2 * WEEK, start + WEEK, start + 3 * WEEK]
    assert listed[2][1] == _at(moved_to, 19)


def test_an_open_ended_series_lists_the_same_dates_as_its_calendar(client, make_event):
    start = days_ahead(3)
    page = _series(make_event, start_date=start, repeat_interval=2)
    listed = _agree(client, page)
    assert len(listed) > 40  # two years of fortnights
    assert all(b[0] - a[0] == 2 * WEEK for a, b in zip(listed, listed[1:], strict=False))


def test_an_unknown_time_zone_falls_back_to_the_site_zone_everywhere(client, make_event):
    start = days_ahead(3)
    page = _series(make_event, start_date=start, repeat_count=3)
    EventPage.objects.filter(pk=page.pk).update(time_zone="Mars/Olympus_Mons")
    page.refresh_from_db()
    response = client.get(f"{page.url}event.ics")
    assert response.status_code == 200 and b"Mars" not in response.content
    listed = _agree(client, page)
    assert [start for _day, start, _c in listed] == [_at(start + WEEK * n, 19) for n in range(3)]


# --- The editor -----------------------------------------------------------------------------


def _change_rows(*rows) -> dict:
    data = {"occurrence_changes-TOTAL_FORMS": str(len(rows))}
    for n, row in enumerate(rows):
        for name in ("id", "occurrence_date", "action", "new_date", "new_start_time", "new_end_time", "note", "ORDER"):
            data[f"occurrence_changes-{n}-{name}"] = row.get(name, "")
        data[f"occurrence_changes-{n}-DELETE"] = ""
    return data


def _post(admin_client, events_index, *rows, **fields):
    data = _form_data(**{"repeat": "weekly", "repeat_count": "10", **fields, "action-publish": "publish"})
    data.update(_change_rows(*rows))
    return admin_client.post(reverse("wagtailadmin_pages:add", args=("events", "eventpage", events_index.pk)), data)


@pytest.mark.parametrize(
    ("fields", "wrong", "nearest"),
    [
        ({"repeat_interval": "2"}, "2031-03-11", "Tuesday 4 March 2031"),  # a tie: the earlier one
        ({"repeat_interval": "2"}, "2031-03-13", "Tuesday 18 March 2031"),
        ({"repeat_interval": "3"}, "2031-03-18", "Tuesday 25 March 2031"),
        ({"repeat": "monthly_weekday"}, "2031-04-08", "Tuesday 1 April 2031"),  # 4 March: 1st Tuesday
        ({"repeat_count": ""}, "2031-06-05", "Tuesday 3 June 2031"),  # open-ended
    ],
)
def test_a_change_for_a_date_not_in_the_series_is_refused_naming_the_nearest(
    admin_client, events_index, fields, wrong, nearest
):
    for action in ("cancel", "move"):
        row = {"occurrence_date": wrong, "action": action, "new_start_time": "20:00", "note": "What I typed"}
        response = _post(admin_client, events_index, row, **fields)
        html = response.content.decode()
        assert response.status_code == 200
        assert f"is not a date of this series. The nearest date of the series is {nearest}." in html
        assert "What I typed" in html
        assert not EventPage.objects.exists()


def test_a_change_for_a_date_of_the_series_is_saved(admin_client, events_index):
    row = {"occurrence_date": "2031-03-18", "action": "cancel"}
    response = _post(admin_client, events_index, row, repeat_interval="2")
    assert response.status_code == 302, response.content.decode()[:3000]
    page = EventPage.objects.get()
    assert list(page.occurrence_changes.values_list("occurrence_date", flat=True)) == [datetime.date(2031, 3, 18)]


def test_the_editor_lists_the_coming_dates_of_the_series(admin_client, make_event):
    start = days_ahead(3)
    page = _series(make_event, start_date=start, repeat_interval=2, repeat_count=20)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).content.decode()
    listed = re.findall(r'<li><time datetime="([\d-]+)">', html)
    assert listed == [(start + 2 * WEEK * n).isoformat() for n in range(12)]
