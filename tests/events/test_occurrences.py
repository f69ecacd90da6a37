"""Schedules turn into the dates people expect: wall-clock times kept, changes applied."""

import datetime
from types import SimpleNamespace

import pytest
from django.conf import settings

from events.occurrences import (
    Schedule,
    expand,
    get_zone,
    monthly_weekday_position,
    nearest_series_date,
    rrule_parts,
    safe_zone_name,
    series_dates,
)

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


# --- What a reader of the page and the calendar would notice ------------------------------------


def _weekly(**fields) -> Schedule:
    defaults = {
        "zone": "Europe/London",
        "all_day": False,
        "start_date": datetime.date(2027, 5, 4),  # a Tuesday
        "start_time": datetime.time(19, 0),
        "end_date": None,
        "end_time": datetime.time(20, 0),
        "repeat": "weekly",
    }
    return Schedule(**{**defaults, **fields})


def _starts(schedule, changes=None, start=None, end=None):
    start, end = start or _window()[0], end or _window()[1]
    return [o.start.strftime("%Y-%m-%d %H:%M") for o in expand(None, schedule, changes or {}, start=start, end=end)]


def _change(action="move", note="", new_date=None, new_start_time=None, new_end_time=None):
    return SimpleNamespace(
        action=action, note=note, new_date=new_date, new_start_time=new_start_time, new_end_time=new_end_time
    )


def test_an_unknown_zone_falls_back_to_the_site_zone():
    assert get_zone("Mars/Olympus_Mons").key == settings.TIME_ZONE
    assert safe_zone_name("Mars/Olympus_Mons") == settings.TIME_ZONE
    assert safe_zone_name("America/New_York") == "America/New_York"
    (occurrence,) = expand(None, _weekly(zone="Mars/Olympus_Mons", repeat=""), {}, start=_window()[0], end=_window()[1])
    assert occurrence.start.utcoffset() == datetime.timedelta(hours=1)  # London summer time


@pytest.mark.parametrize(
    ("repeat", "interval", "parts"),
    [
        ("weekly", 2, {"FREQ": "WEEKLY", "INTERVAL": 2}),
        ("weekly", 1, {"FREQ": "WEEKLY", "INTERVAL": 1}),
        ("weekly", None, {"FREQ": "WEEKLY", "INTERVAL": 1}),
        ("weekly", 0, {"FREQ": "WEEKLY", "INTERVAL": 1}),
        ("monthly_day", 3, {"FREQ": "MONTHLY", "INTERVAL": 3, "BYMONTHDAY": 4}),
        ("monthly_weekday", 1, {"FREQ": "MONTHLY", "INTERVAL": 1, "BYDAY": "1TU"}),
    ],
)
def test_calendar_rule_parts(repeat, interval, parts):
    assert rrule_parts(repeat, interval, datetime.date(2027, 5, 4)) == parts


@pytest.mark.parametrize(
    ("interval", "weeks"),
    [(2, 2), (3, 3), (1, 1), (0, 1), (None, 1)],  # no interval, or 0: every week
)
def test_every_nth_week(interval, weeks):
    dates = [s[:10] for s in _starts(_weekly(interval=interval, count=3))]
    assert dates == [(datetime.date(2027, 5, 4) + datetime.timedelta(weeks=weeks * n)).isoformat() for n in range(3)]


def test_monthly_on_the_same_day_of_the_month():
    schedule = _weekly(start_date=datetime.date(2027, 1, 31), repeat="monthly_day", count=3)
    assert [s[:10] for s in _starts(schedule)] == ["2027-01-31", "2027-03-31", "2027-05-31"]


def test_a_timed_event_ends_on_its_own_day_and_is_not_multi_day():
    (occurrence,) = expand(None, _weekly(repeat=""), {}, start=_window()[0], end=_window()[1])
    assert occurrence.last_date == datetime.date(2027, 5, 4)
    assert not occurrence.multi_day
    assert occurrence.anchor == "occurrence-2027-05-04"
    overnight = _weekly(repeat="", end_date=datetime.date(2027, 5, 5), end_time=datetime.time(2, 0))
    (occurrence,) = expand(None, overnight, {}, start=_window()[0], end=_window()[1])
    assert occurrence.last_date == datetime.date(2027, 5, 5) and occurrence.multi_day


def test_an_event_is_past_once_it_has_ended():
    (occurrence,) = expand(None, _weekly(repeat=""), {}, start=_window()[0], end=_window()[1])
    assert occurrence.is_past(occurrence.end)
    assert not occurrence.is_past(occurrence.end - datetime.timedelta(seconds=1))


def test_start_and_end_times_people_left_out():
    all_day = _weekly(repeat="", all_day=True, start_time=datetime.time(19, 0), end_time=datetime.time(20, 0))
    assert (all_day.naive_start, all_day.naive_end) == (
        datetime.datetime(2027, 5, 4, 0, 0),
        datetime.datetime(2027, 5, 5, 0, 0),
    )
    no_times = _weekly(repeat="", start_time=None, end_time=None)
    assert (no_times.naive_start, no_times.naive_end) == (
        datetime.datetime(2027, 5, 4, 0, 0),
        datetime.datetime(2027, 5, 4, 1, 0),
    )
    no_times_two_days = _weekly(repeat="", start_time=None, end_time=None, end_date=datetime.date(2027, 5, 5))
    assert no_times_two_days.naive_end == datetime.datetime(2027, 5, 5, 0, 0)
    no_end_time = _weekly(repeat="", end_time=None, end_date=datetime.date(2027, 5, 5))
    assert no_end_time.naive_end == datetime.datetime(2027, 5, 5, 19, 0)


@pytest.mark.parametrize("end_time", [datetime.time(19, 0), datetime.time(18, 0)])
def test_an_end_not_after_the_start_becomes_an_hour_long_event(end_time):
    schedule = _weekly(repeat="", end_time=end_time)
    assert schedule.naive_end == datetime.datetime(2027, 5, 4, 20, 0)


def test_an_end_date_before_the_start_is_ignored():
    schedule = _weekly(repeat="", end_date=datetime.date(2027, 5, 1), end_time=datetime.time(22, 0))
    assert schedule.naive_end == datetime.datetime(2027, 5, 4, 22, 0)


def test_an_open_ended_series_needs_a_limit_and_a_bounded_one_does_not():
    open_ended = _weekly()
    assert not open_ended.bounded
    with pytest.raises(ValueError, match="^An open-ended series needs a 'before' limit"):
        open_ended.naive_starts()
    assert len(open_ended.naive_starts(before=datetime.datetime(2027, 6, 1))) == 4
    assert _weekly(count=3).bounded and _weekly(until=datetime.date(2027, 5, 20)).bounded
    assert _weekly(repeat="").bounded
    assert _weekly(count=3).naive_starts()[-1] == datetime.datetime(2027, 5, 18, 19, 0)
    assert _weekly(until=datetime.date(2027, 5, 18)).naive_starts()[-1] == datetime.datetime(2027, 5, 18, 19, 0)
    # A limit falling exactly on a start includes it.
    assert _weekly().naive_starts(before=datetime.datetime(2027, 5, 11, 19, 0))[-1] == datetime.datetime(
        2027, 5, 11, 19, 0
    )


def test_the_window_keeps_what_overlaps_it_and_nothing_else():
    schedule = _weekly(count=4)  # 4, 11, 18, 25 May, 19:00–20:00 BST (18:00–19:00 UTC)
    second_start = datetime.datetime(2027, 5, 11, 18, 0, tzinfo=UTC)
    second_end = datetime.datetime(2027, 5, 11, 19, 0, tzinfo=UTC)
    # Ends exactly as the window opens: out. Starts exactly as it closes: out.
    assert _starts(schedule, start=second_end, end=second_end + datetime.timedelta(days=7)) == ["2027-05-18 19:00"]
    assert _starts(schedule, start=second_start - datetime.timedelta(days=1), end=second_start) == []
    # A window ending an hour into a date keeps it.
    assert _starts(schedule, start=second_start, end=second_start + datetime.timedelta(hours=1)) == ["2027-05-11 19:00"]
    cancelled = {datetime.date(2027, 5, 4): _change("cancel")}
    assert _starts(schedule, cancelled, start=second_start, end=second_start + datetime.timedelta(hours=1)) == [
        "2027-05-11 19:00"
    ]


def test_a_later_date_moved_back_into_the_window_is_found():
    schedule = _weekly(count=40)  # Tuesdays, 4 May 2027 to 1 February 2028
    changes = {datetime.date(2028, 1, 4): _change(new_date=datetime.date(2027, 12, 1))}
    december = datetime.datetime(2027, 12, 1, tzinfo=UTC)
    assert _starts(schedule, changes, start=december, end=december + datetime.timedelta(days=1)) == ["2027-12-01 19:00"]


def test_moves_keep_the_length_unless_a_later_end_is_given():
    schedule = _weekly(count=3)
    changes = {
        datetime.date(2027, 5, 4): _change(new_start_time=datetime.time(18, 0), new_end_time=datetime.time(18, 0)),
        datetime.date(2027, 5, 11): _change(new_date=datetime.date(2027, 5, 12), new_end_time=datetime.time(21, 30)),
        datetime.date(2027, 5, 18): _change("note", note="Same time, new room"),
    }
    occ = expand(None, schedule, changes, start=_window()[0], end=_window()[1])
    assert [(o.start.strftime("%d %H:%M"), o.end.strftime("%d %H:%M")) for o in occ] == [
        ("04 18:00", "04 19:00"),  # an end not after the new start: the usual hour
        ("12 19:00", "12 21:30"),
        ("18 19:00", "18 20:00"),
    ]
    assert [o.moved for o in occ] == [True, True, False]
    assert occ[2].note == "Same time, new room"


def test_moved_says_whether_the_start_or_the_end_changed():
    schedule = _weekly(count=3)
    changes = {
        datetime.date(2027, 5, 4): _change(new_start_time=datetime.time(18, 0), new_end_time=datetime.time(20, 0)),
        datetime.date(2027, 5, 11): _change(new_end_time=datetime.time(21, 0)),
        datetime.date(2027, 5, 18): _change(new_date=datetime.date(2027, 5, 18), new_start_time=datetime.time(19, 0)),
    }
    occ = expand(None, schedule, changes, start=_window()[0], end=_window()[1])
    assert [o.moved for o in occ] == [True, True, False]  # the last "move" is to its own time


def test_an_all_day_date_moved_keeps_its_days():
    schedule = _weekly(all_day=True, start_time=None, end_time=None, end_date=datetime.date(2027, 5, 5), count=2)
    changes = {datetime.date(2027, 5, 11): _change(new_date=datetime.date(2027, 5, 13))}
    occ = expand(None, schedule, changes, start=_window()[0], end=_window()[1])
    moved = occ[1]
    assert (moved.start.strftime("%Y-%m-%d %H:%M"), moved.last_date) == ("2027-05-13 00:00", datetime.date(2027, 5, 14))
    assert moved.end.strftime("%Y-%m-%d %H:%M") == "2027-05-15 00:00" and moved.moved


def test_series_dates_and_the_nearest_date():
    schedule = _weekly(interval=2)  # open-ended fortnights from Tuesday 4 May 2027
    assert series_dates(schedule, start=datetime.date(2027, 5, 18), end=datetime.date(2027, 6, 1)) == [
        datetime.date(2027, 5, 18),
        datetime.date(2027, 6, 1),
    ]
    assert nearest_series_date(schedule, datetime.date(2027, 5, 11)) == datetime.date(2027, 5, 4)  # a tie
    assert nearest_series_date(schedule, datetime.date(2027, 5, 12)) == datetime.date(2027, 5, 18)
    assert nearest_series_date(schedule, datetime.date(2027, 5, 18)) == datetime.date(2027, 5, 18)
    assert nearest_series_date(schedule, datetime.date(2026, 1, 1)) == datetime.date(2027, 5, 4)
    # Three years on, still a date of the series next to it.
    assert nearest_series_date(schedule, datetime.date(2030, 5, 8)) == datetime.date(2030, 5, 14)
    ended = _weekly(until=datetime.date(2027, 5, 1))
    assert nearest_series_date(ended, datetime.date(2027, 5, 11)) is None


def test_the_nearest_date_of_a_yearly_series_can_be_months_ahead():
    """Monthly every 12 months (an annual gathering): two months before the next one, that one
    is nearest, not the one ten months back."""
    yearly = _weekly(repeat="monthly_day", interval=12)
    assert nearest_series_date(yearly, datetime.date(2028, 3, 1)) == datetime.date(2028, 5, 4)
    assert nearest_series_date(yearly, datetime.date(2027, 9, 1)) == datetime.date(2027, 5, 4)
    # Every 30 months: the next date, 400 days on, is nearer than the one 515 days back.
    rare = _weekly(repeat="monthly_day", interval=30)
    assert nearest_series_date(rare, datetime.date(2028, 9, 30)) == datetime.date(2029, 11, 4)
