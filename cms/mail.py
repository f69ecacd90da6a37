"""Outgoing email goes through a task queue, so an SMTP outage delays mail instead of losing it.

``QueuedEmailBackend`` is the site's ``EMAIL_BACKEND``: every email any code sends — the
members' decision emails, django-allauth's sign-up and password emails, Wagtail's moderation
notifications — is turned into plain JSON and handed to the ``deliver_email`` task instead of
being sent during the request. The task sends it with the real backend
(``CMS_EMAIL_DELIVERY_BACKEND``: SMTP in production, the console in development).

django-tasks idiom: a function decorated with ``@task(backend=...)`` is enqueued with
``.enqueue(...)``; its arguments are stored as JSON. Production uses the database backend
(django-tasks-db) on its own alias, ``email``, worked by ``manage.py db_worker --backend email``;
Wagtail's own tasks stay on the immediate ``default`` backend (docs/decisions/0060).

django-tasks has no automatic retry: when a send fails, the task enqueues a fresh copy of
itself to run later (``RETRY_DELAYS``) and then re-raises, so the failed attempt is recorded
with its error and the next attempt is waiting in the queue. After the last attempt the
message stays in the failed task's arguments, logged at ERROR, for an operator to requeue.
"""

import base64
import logging
from datetime import timedelta
from email.mime.base import MIMEBase

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone
from django_tasks import task

logger = logging.getLogger(__name__)

# Seconds to wait before attempt 2, 3, …: about two days in all before giving up.
RETRY_DELAYS = [60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 24 * 3600]
EMAIL_TASK_BACKEND = "email"


def message_to_json(message) -> dict:
    """Everything needed to rebuild ``message`` later, as JSON-safe values."""
    attachments = []
    for attachment in message.attachments:
        if isinstance(attachment, MIMEBase):
            raise TypeError("MIME-object attachments cannot be queued")
        filename, content, mimetype = attachment
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, base64.b64encode(content).decode("ascii"), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": str(message.from_email),
        "to": [str(address) for address in message.to],
        "cc": [str(address) for address in message.cc],
        "bcc": [str(address) for address in message.bcc],
        "reply_to": [str(address) for address in message.reply_to],
        "headers": {str(key): str(value) for key, value in message.extra_headers.items()},
        "alternatives": [[str(content), mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
        "content_subtype": message.content_subtype,  # "html" for an HTML-only message
    }


def message_from_json(data: dict, connection=None) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
        connection=connection,
    )
    message.content_subtype = data.get("content_subtype", "plain")
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in data["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


class QueuedEmailBackend(BaseEmailBackend):
    """Queue each message for ``deliver_email`` instead of talking to the mail server now."""

    def send_messages(self, email_messages) -> int:
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                data = message_to_json(message)
            except TypeError:
                # Nothing in the site sends these; if something does, send it now rather than lose it.
                queued += get_connection(settings.CMS_EMAIL_DELIVERY_BACKEND).send_messages([message]) or 0
                continue
            try:
                deliver_email.enqueue(data)
            except Exception:
                if not self.fail_silently:
                    raise
                logger.exception("could not queue an email")
                continue
            queued += 1
        return queued


@task(backend=EMAIL_TASK_BACKEND)
def deliver_email(message: dict, attempt: int = 1) -> int:
    """Send one queued message with the real backend; on failure, queue the next attempt."""
    connection = get_connection(settings.CMS_EMAIL_DELIVERY_BACKEND, fail_silently=False)
    try:
        return message_from_json(message, connection).send()
    except Exception as error:
        _retry_later(message, attempt, error)
        raise


def _retry_later(message: dict, attempt: int, error: Exception) -> None:
    """Queue attempt ``attempt + 1`` after the next delay, if there is one and the backend can wait."""
    backend = deliver_email.get_backend()
    if attempt > len(RETRY_DELAYS) or not backend.supports_defer:
        logger.error(
            "email %r not sent after %d attempt(s), giving up: %s", message["subject"], attempt, type(error).__name__
        )
        return
    delay = RETRY_DELAYS[attempt - 1]
    deliver_email.using(run_after=timezone.now() + timedelta(seconds=delay)).enqueue(message, attempt=attempt + 1)
    reason = type(error).__name__
    logger.warning("email %r not sent (attempt %d, %s); retrying in %d s", message["subject"], attempt, reason, delay)
