"""Helpers for the registration tests: the form as a person fills it, links from emails, and
the calendar invitations in them (read with icalendar, as a mail client's calendar would)."""

import datetime
import email
import re
from email import policy

from icalendar import Calendar

from cms.forms import signed_now

from .conftest import local_now, times_from

SECRET_URL = "https://meet.example.org/workshop-k2v9q"
SECRET_DETAILS = "Passcode heron-5521"
LINK = re.compile(r"http://localhost(/\S+?/registration/[\w-]+/(?:confirm/|accept/|cancel/)?)")


def form_data(**overrides):
    data = {
        "name": "Ama Mensah",
        "email": "ama@example.org",
        "access_needs": "",
        "consent": "on",
        "website": "",
        "started": signed_now(offset=60),
    }
    data.update(overrides)
    return data


def site_event(make_event, *, capacity=2, days=10, **fields):
    """An online workshop with on-site registration, ``days`` ahead."""
    values = {
        "slug": "workshop",
        "title": "Online workshop",
        "format": "online",
        "registration": "site",
        "capacity": capacity,
        "join_url": SECRET_URL,
        "join_instructions": SECRET_DETAILS,
        **times_from(local_now() + datetime.timedelta(days=days)),
    }
    values.update(fields)
    return make_event(**values)


def register(client, page, **overrides):
    data = form_data(**overrides)
    if "occurrence" not in data:
        data["occurrence"] = page.start.date().isoformat()
    return client.post(f"{page.url}register/", data)


def links(message_body: str) -> dict:
    """The personal links in an email body, by action ('' for the registration page)."""
    found = {}
    for path in LINK.findall(message_body):
        action = path.rstrip("/").rsplit("/", 1)[-1]
        found[action if action in ("confirm", "accept", "cancel") else ""] = path
    return found


def mails_to(outbox, address):
    return [m for m in outbox if address in m.to]


def calendar_parts(message):
    """(method, Calendar) of each text/calendar part of a sent Django message, read back from
    its MIME form as a mail client does."""
    parsed = email.message_from_bytes(message.message().as_bytes(), policy=policy.default)
    return parsed_calendars(parsed)


def parsed_calendars(parsed):
    parts = []
    for part in parsed.walk():
        if part.get_content_type() == "text/calendar":
            parts.append((part.get_param("method"), Calendar.from_ical(part.get_content())))
    return parts


def confirm(client, message):
    """Open the confirm link from ``message`` and press the button."""
    path = links(message.body)["confirm"]
    assert client.get(path).status_code == 200
    return client.post(path)
