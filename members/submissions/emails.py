"""Emails to the member when the editors decide: plain text with an HTML alternative.

Wagtail idiom: workflow signals (``wagtail.signals.workflow_approved`` /
``workflow_rejected``) fire whichever admin screen the editor used, so the member is told
every time. Each email says why the member is receiving it.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.dispatch import receiver
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.signals import workflow_approved, workflow_rejected

from ..models import Submission
from .workflow import WORKFLOW_NAME, Status, status_from

SUBJECTS = {
    Status.PUBLISHED: _("Your case study is published"),
    Status.CHANGES_REQUESTED: _("The editors asked for changes to your case study"),
    Status.DECLINED: _("The editors decided not to publish your case study"),
}


def _submission_for(workflow_state):
    if workflow_state.workflow.name != WORKFLOW_NAME:
        return None
    return Submission.objects.select_related("owner", "page").filter(page_id=int(workflow_state.object_id)).first()


def send_decision(submission, status, base_url: str = "") -> None:
    if not submission.owner.email:
        return
    context = {
        "submission": submission,
        "status": status,
        "my_submissions_url": base_url + reverse("members:submissions"),
        "page_url": submission.page.full_url if status.code == Status.PUBLISHED and submission.page else "",
    }
    subject = str(SUBJECTS[status.code])
    text = render_to_string("members/email/decision.txt", context)
    html = render_to_string("members/email/decision.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [submission.owner.email])
    message.attach_alternative(html, "text/html")
    message.send()


def _base_url() -> str:
    return getattr(settings, "WAGTAILADMIN_BASE_URL", "").rstrip("/")


@receiver(workflow_approved, dispatch_uid="members.submission_approved")
def on_approved(sender, instance, user=None, **kwargs):
    submission = _submission_for(instance)
    if submission is not None:
        submission.page.refresh_from_db()
        send_decision(
            submission, status_from(submission.page, instance, submission.declined_at is not None), _base_url()
        )


@receiver(workflow_rejected, dispatch_uid="members.submission_rejected")
def on_rejected(sender, instance, user=None, **kwargs):
    submission = _submission_for(instance)
    if submission is not None:
        declined = submission.declined_at is not None
        send_decision(submission, status_from(submission.page, instance, declined), _base_url())
