"""Schedules turn into the dates people expect: wall-clock times kept, changes applied."""

import datetime
from types import SimpleNamespace

from events.occurrences import Schedule, expand, monthly_weekday_position, rrule_parts

UTC = datetime.UTC


def _window():
    return datetime.datetime(2000, 1, 1, tzinfo=UTC), datetime.datetime(2100, 1, 1, tzinfo=UTC)


def test_weekly_series_keeps_local_time_across_clock_change():
    schedule = Schedule(
        zone="Europe/London",
        all_day=False,
        start_date=datetime.date(2027, 3, 18),
        start_time=datetime.time(19, 0),
        end_date=None,
        end_time=datetime.time(20, 30),
        repeat="weekly",
        count=3,
    )
    occurrences = expand(None, schedule, {}, start=_window()[0], end=_window()[1])
    assert [o.start.strftime("%Y-%m-%d %H:%M %Z") for o in occurrences] == [
        "2027-03-18 19:00 GMT",
        "2027-03-25 19:00 GMT",
        "2027-04-01 19:00 BST",
    ]
    assert all(o.end - o.start == datetime.timedelta(minutes=90) for o in occurrences)


def test_monthly_by_weekday_uses_last_for_a_fifth_weekday():
    assert monthly_weekday_position(datetime.date(2027, 1, 14)) == 2  # second Thursday
    assert monthly_weekday_position(datetime.date(2027, 1, 29)) == -1  # fifth Friday → last Friday
    assert rrule_parts("monthly_weekday", 1, datetime.date(2027, 1, 14))["BYDAY"] == "2TH"
    schedule = Schedule(
        zone="Europe/London",
        all_day=False,
        start_date=datetime.date(2027, 1, 14),
        start_time=datetime.time(18, 0),
        end_date=None,
        end_time=datetime.time(19, 0),
        repeat="monthly_weekday",
        until=datetime.date(2027, 4, 30),
    )
    days = [o.start.date() for o in expand(None, schedule, {}, start=_window()[0], end=_window()[1])]
    assert days == [
        datetime.date(2027, 1, 14),
        datetime.date(2027, 2, 11),
        datetime.date(2027, 3, 11),
        datetime.date(2027, 4, 8),
    ]


def test_cancel_move_and_note_single_dates():
    schedule = Schedule(
        zone="America/New_York",
        all_day=False,
        start_date=datetime.date(2027, 5, 3),
        start_time=datetime.time(12, 0),
        end_date=None,
        end_time=datetime.time(13, 0),
        repeat="weekly",
        count=4,
    )
    changes = {
        datetime.date(2027, 5, 10): SimpleNamespace(
            action="cancel", note="", new_date=None, new_start_time=None, new_end_time=None
        ),
        datetime.date(2027, 5, 17): SimpleNamespace(
            action="move",
            note="Room change",
            new_date=datetime.date(2027, 5, 18),
            new_start_time=datetime.time(15, 0),
            new_end_time=None,
        ),
        datetime.date(2027, 5, 24): SimpleNamespace(
            action="note", note="Bring a friend", new_date=None, new_start_time=None, new_end_time=None
        ),
    }
    occ = expand(None, schedule, changes, start=_window()[0], end=_window()[1])
    assert [o.cancelled for o in occ] == [False, True, False, False]
    moved = occ[2]
    assert moved.moved and moved.start.strftime("%Y-%m-%d %H:%M") == "2027-05-18 15:00"
    assert moved.end - moved.start == datetime.timedelta(hours=1)
    assert moved.original_start.strftime("%Y-%m-%d %H:%M") == "2027-05-17 12:00"
    assert occ[3].note == "Bring a friend" and not occ[3].moved


def test_all_day_multi_day_has_exclusive_end():
    schedule = Schedule(
        zone="Europe/London",
        all_day=True,
        start_date=datetime.date(2027, 6, 4),
        start_time=None,
        end_date=datetime.date(2027, 6, 6),
        end_time=None,
    )
    (occurrence,) = expand(None, schedule, {}, start=_window()[0], end=_window()[1])
    assert occurrence.start.date() == datetime.date(2027, 6, 4)
    assert occurrence.end.date() == datetime.date(2027, 6, 7)
    assert occurrence.last_date == datetime.date(2027, 6, 6)
    assert occurrence.multi_day
