"""A real SMTP server in the test process (aiosmtpd), and the site's real email path to it.

``smtp_server`` (a fixture, see tests/conftest.py) starts aiosmtpd on a free loopback port and
points the site at it: ``cms.mail.QueuedEmailBackend`` queues each email in the database
(django-tasks-db), ``work_the_queue()`` runs the real ``db_worker`` once, and the worker sends
through Django's SMTP backend. The server keeps every message as received bytes, parsed the
way a mail client parses them (``email.policy.default``): headers, parts and attachments.
"""

import email
import socket
from dataclasses import dataclass
from email import policy

import pytest
from aiosmtpd.controller import Controller

from tests.mail_worker import work_the_email_queue


@dataclass
class Received:
    sender: str
    recipients: list
    message: email.message.EmailMessage

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def text(self) -> str:
        return self.message.get_body(preferencelist=("plain",)).get_content()

    def parts(self, content_type: str) -> list:
        return [part for part in self.message.walk() if part.get_content_type() == content_type]

    def attachments(self) -> list:
        return list(self.message.iter_attachments())


class Inbox:
    """aiosmtpd handler: every message accepted, kept in order."""

    def __init__(self):
        self.received: list[Received] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        parsed = email.message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[Received]:
        return [item for item in self.received if address in item.recipients]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def work_the_queue() -> None:
    """Run the site's email worker once over everything waiting (tests/mail_worker.py)."""
    work_the_email_queue()


@pytest.fixture
def smtp_server(settings):
    inbox = Inbox()
    port = _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "cms.mail.QueuedEmailBackend"
    settings.CMS_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.TASKS = {**settings.TASKS, "email": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    try:
        yield inbox
    finally:
        controller.stop()
