"""The event editor's time zones: a short list of common ones first, with plain labels
("UTC", "GMT (London)"), then every other place-named zone. No ``Etc/GMT+1`` (which means
UTC−1) and no legacy aliases: each zone is a city people recognise."""

import zoneinfo
from functools import lru_cache

from django.conf import settings
from django.utils.translation import gettext_lazy as _

COMMON = [
    ("Europe/London", _("GMT (London)")),
    ("UTC", _("UTC")),
    ("Europe/Dublin", _("Dublin")),
    ("Europe/Lisbon", _("Lisbon")),
    ("Europe/Paris", _("Paris, Berlin, Madrid (Central European)")),
    ("Europe/Athens", _("Athens, Kyiv (Eastern European)")),
    ("Europe/Istanbul", _("Istanbul")),
    ("Africa/Lagos", _("Lagos (West Africa)")),
    ("Africa/Cairo", _("Cairo")),
    ("Africa/Nairobi", _("Nairobi (East Africa)")),
    ("Asia/Riyadh", _("Riyadh, Baghdad")),
    ("Asia/Dubai", _("Dubai")),
    ("Asia/Karachi", _("Karachi")),
    ("Asia/Kolkata", _("India")),
    ("America/New_York", _("New York (US Eastern)")),
    ("America/Chicago", _("Chicago (US Central)")),
    ("America/Los_Angeles", _("Los Angeles (US Pacific)")),
    ("Australia/Sydney", _("Sydney")),
]
AREAS = ("Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/", "Pacific/")


def _plain(name: str) -> str:
    area, _sep, place = name.partition("/")
    return f"{place.replace('_', ' ').replace('/', ', ')} ({area})"


@lru_cache(maxsize=1)
def _others() -> tuple:
    common = {name for name, _label in COMMON}
    names = sorted(n for n in zoneinfo.available_timezones() if n.startswith(AREAS) and n not in common)
    return tuple((name, _plain(name)) for name in names)


def zone_choices(current: str = "") -> list:
    """Grouped choices: the site's default first, the common zones, then the rest; ``current``
    (an event's zone from before this list) is kept so saving never changes it."""
    common = list(COMMON)
    default = settings.TIME_ZONE
    labels = dict(common)
    if default in labels:
        common.sort(key=lambda item: item[0] != default)
    else:
        common.insert(0, (default, _plain(default) if "/" in default else default))
    known = {name for name, _label in common} | {name for name, _label in _others()}
    if current and current not in known:
        common.append((current, current))
    return [(_("Common time zones"), common), (_("All other places"), list(_others()))]
