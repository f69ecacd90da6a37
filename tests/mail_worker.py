"""Run the email queue's real worker (django-tasks-db's ``db_worker``) inside a test.

The worker installs its own SIGINT/SIGTERM/SIGQUIT handlers so that a deploy can stop it between
two tasks. Left in place after a test, they would swallow the SIGTERM that a CI timeout sends to
pytest; ``work_the_email_queue`` puts the previous handlers back however the worker ends.
"""

import signal
from contextlib import contextmanager
from unittest import mock

from django.core.management import call_command

SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGQUIT") if hasattr(signal, name))


@contextmanager
def signal_handlers_restored():
    saved = {signum: signal.getsignal(signum) for signum in SIGNALS}
    try:
        yield
    finally:
        for signum, handler in saved.items():
            signal.signal(signum, handler)


def work_the_email_queue():
    """Deliver every email that is due, once, as the deployed worker would."""
    # The worker runs inside the test's transaction: its "drop stale connections" step would close
    # the connection that transaction lives on (PostgreSQL), so that one step is skipped here.
    with signal_handlers_restored(), mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", "--backend", "email", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
