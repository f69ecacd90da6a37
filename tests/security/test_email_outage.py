"""Mail server down: the member's case study is saved, every email waits in the database queue
(django-tasks-db) and is delivered, once, when the server is back."""

import json
import signal
import smtplib

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from members.models import Submission
from stories.models import CaseStudyPage
from tests.mail_worker import work_the_email_queue

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"


class FlakySMTPBackend(LocmemBackend):
    """The outbox of the test, except while ``down`` is set: then it fails as SMTP does."""

    down = False

    def send_messages(self, messages):
        if FlakySMTPBackend.down:
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return super().send_messages(messages)


@pytest.fixture
def queued_mail(settings):
    settings.EMAIL_BACKEND = "cms.mail.QueuedEmailBackend"
    settings.CMS_EMAIL_DELIVERY_BACKEND = f"{__name__}.FlakySMTPBackend"
    settings.TASKS = {**settings.TASKS, "email": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    FlakySMTPBackend.down = True
    yield
    FlakySMTPBackend.down = False


def _work_the_queue():
    work_the_email_queue()


def _time_passes():
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def _approve(moderator, page):
    client = Client()
    client.force_login(moderator)
    task_state = page.current_workflow_state.current_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})


def _to_member(status=None):
    rows = DBTaskResult.objects.filter(status=status) if status else DBTaskResult.objects.all()
    return [row for row in rows if row.args_kwargs["args"][0]["to"] == ["ama@example.org"]]


def test_email_waits_for_the_mail_server_and_is_sent_once(
    client, queued_mail, member, moderator, stories_index, form_data
):
    client.force_login(member)
    assert client.post(NEW, form_data()).status_code == 302
    submission = Submission.objects.get()
    page = CaseStudyPage.objects.get()
    assert submission.submitted_at is not None  # saved and sent in, although no mail can go out

    mail.outbox.clear()
    assert _approve(moderator, page).status_code == 302
    page.refresh_from_db()
    assert page.live
    [decision] = _to_member()
    assert decision.status == "READY"
    assert mail.outbox == []

    # The worker tries while the server is down: the attempt fails, the next one is queued for later.
    _work_the_queue()
    decision.refresh_from_db()
    assert decision.status == "FAILED"
    assert "SMTPServerDisconnected" in decision.exception_class_path
    [retry] = _to_member("READY")
    assert retry.args_kwargs["kwargs"] == {"attempt": 2}
    assert retry.run_after > timezone.now()
    _work_the_queue()  # not yet due: nothing happens
    retry.refresh_from_db()
    assert retry.status == "READY"
    assert mail.outbox == []

    FlakySMTPBackend.down = False
    _time_passes()
    _work_the_queue()
    to_member = [message for message in mail.outbox if message.to == ["ama@example.org"]]
    assert len(to_member) == 1
    assert "published" in to_member[0].subject
    assert page.full_url in to_member[0].body
    assert to_member[0].alternatives and page.full_url in to_member[0].alternatives[0][0]
    assert not DBTaskResult.objects.filter(status="READY").exists()
    _time_passes()
    _work_the_queue()
    assert len([message for message in mail.outbox if message.to == ["ama@example.org"]]) == 1


def test_a_queued_message_is_rebuilt_exactly():
    from django.core.mail import EmailMessage, EmailMultiAlternatives

    from cms.mail import message_from_json, message_to_json

    rich = EmailMultiAlternatives(
        "Subject ✓",
        "Text body",
        "from@example.org",
        ["to@example.org"],
        cc=["cc@example.org"],
        bcc=["bcc@example.org"],
        reply_to=["reply@example.org"],
        headers={"X-Reason": "because"},
    )
    rich.attach_alternative("<p>HTML body</p>", "text/html")
    rich.attach("notes.txt", "attached words", "text/plain")
    html_only = EmailMessage("HTML only", "<p>Hi</p>", "from@example.org", ["to@example.org"])
    html_only.content_subtype = "html"
    for original in (rich, html_only):
        data = message_to_json(original)
        rebuilt = message_from_json(json.loads(json.dumps(data)))  # as stored in the task row
        assert message_to_json(rebuilt) == data
        assert rebuilt.message().get_content_type() == original.message().get_content_type()


def test_the_worker_leaves_a_test_run_that_a_ci_timeout_can_still_stop(queued_mail):
    # db_worker installs its own SIGTERM handler; left behind, pytest would ignore a CI timeout.
    before = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    work_the_email_queue()
    assert {signum: signal.getsignal(signum) for signum in before} == before
