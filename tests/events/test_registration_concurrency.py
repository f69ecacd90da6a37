"""The last place, confirmed by two people at the same moment: only one of them gets it.

Runs on PostgreSQL only (CI's second pass; ``DATABASE_URL=postgres://…``), where two requests
really run at once: each thread has its own database connection, as two app servers would.
The count of places is slowed down so both requests are inside it together; without the row
lock (``SELECT … FOR UPDATE`` in events/registration/seats.py) both would see a free place.
"""

import threading
import time
from unittest import mock

import pytest
from django.core import mail
from django.db import connection, connections
from django.test import Client

from events.models import Registrant
from events.registration import seats

from .registering import links, mails_to, register, site_event

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL's row locks (CI's PostgreSQL pass)"),
]


def test_two_people_confirming_the_last_place_at_once_get_one_place_and_one_waiting_list(make_event):
    page = site_event(make_event, capacity=1)
    client = Client()
    for name in ("ama", "kofi"):
        register(client, page, name=name.title(), email=f"{name}@example.org")
    paths = [links(mails_to(mail.outbox, f"{name}@example.org")[-1].body)["confirm"] for name in ("ama", "kofi")]

    counting = seats.places_taken
    inside = []

    def slow_count(*args, **kwargs):
        inside.append(threading.get_ident())
        taken = counting(*args, **kwargs)
        time.sleep(0.5)  # both requests would be here together, were it not for the lock
        return taken

    barrier = threading.Barrier(len(paths))
    statuses = []

    def confirm(path):
        try:
            barrier.wait()
            statuses.append(Client().post(path).status_code)
        finally:
            connections.close_all()

    with mock.patch.object(seats, "places_taken", slow_count):
        threads = [threading.Thread(target=confirm, args=(path,)) for path in paths]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
        elapsed = time.monotonic() - started

    assert statuses == [302, 302]
    assert len(set(inside)) == 2
    assert sorted(Registrant.objects.values_list("status", flat=True)) == ["confirmed", "waiting"]
    assert elapsed >= 1.0  # the second waited for the first to commit
    subjects = sorted(m.subject.split(":")[0] for m in mail.outbox if "confirm" not in m.subject.lower())
    assert subjects == ["You are on the waiting list", "You have a place"]
