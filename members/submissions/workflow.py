"""Submitting a case study: the draft page, the workflow, and the status a member sees.

Wagtail idiom: a *workflow* (``wagtail.models.Workflow``) is a list of tasks a page revision
must pass before it is published; here one ``SubmissionReviewTask`` for the Moderators group
(members.review_task, set up by migrations members/0003 and 0007). ``Workflow.start(page,
user)`` records a ``WorkflowState``; moderators approve, return or decline the current
``TaskState`` from any admin screen (dashboard, page editor, listing), and on approval Wagtail
publishes the page itself. The member's status is read back from those same rows (and
``Submission.declined_at``), so it follows whatever screen was used.
"""

from dataclasses import dataclass

from django.apps import apps as django_apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Workflow, WorkflowState
from wagtail.users.models import UserProfile

from stories.models import CaseStudyPage, StoryIndexPage

from ..models import Submission
from .setup import WORKFLOW_NAME, ensure_moderation

PAGE_FIELDS = [
    "summary",
    "context",
    "what_was_done",
    "who_took_part",
    "outcomes",
    "lessons",
    "do_differently",
    "resources",
    "place",
    "period",
    "organisations",
    "lead_image_alt",
    "credit_name",
    "credit_anonymous",
]


class Status:
    DRAFT = "draft"
    IN_REVIEW = "in-review"
    CHANGES_REQUESTED = "changes-requested"
    PUBLISHED = "published"
    DECLINED = "declined"

    LABELS = {
        DRAFT: _("Draft"),
        IN_REVIEW: _("In review"),
        CHANGES_REQUESTED: _("Changes requested"),
        PUBLISHED: _("Published"),
        DECLINED: _("Declined"),
    }
    EDITABLE = {DRAFT, CHANGES_REQUESTED}


@dataclass
class StatusInfo:
    code: str
    comment: str = ""

    @property
    def label(self):
        return Status.LABELS[self.code]

    @property
    def editable(self) -> bool:
        return self.code in Status.EDITABLE


def status_from(page, workflow_state, declined: bool = False) -> StatusInfo:
    """What the member sees. ``declined``: a moderator chose "Decline" (``Submission.declined_at``)."""
    if page is None:
        return StatusInfo(Status.DRAFT)
    if page.live:
        return StatusInfo(Status.PUBLISHED)
    if workflow_state is None:
        return StatusInfo(Status.DRAFT)
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return StatusInfo(Status.IN_REVIEW)
    task_state = workflow_state.current_task_state
    comment = (task_state.comment if task_state else "") or ""
    if declined:
        return StatusInfo(Status.DECLINED, comment)
    if workflow_state.status == WorkflowState.STATUS_APPROVED:
        # Approved, then unpublished by an editor: no longer on the site.
        return StatusInfo(Status.DECLINED, comment)
    # Changes requested, or the editor cancelled the review: it is back with the member.
    return StatusInfo(Status.CHANGES_REQUESTED, comment)


def latest_workflow_states(page_ids) -> dict[int, WorkflowState]:
    """The newest workflow state of each page, in one query."""
    states = (
        WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page), object_id__in=[str(pk) for pk in page_ids]
        )
        .select_related("current_task_state")
        .order_by("created_at", "pk")
    )
    return {int(state.object_id): state for state in states}


def with_statuses(submissions) -> list[Submission]:
    """Attach ``status`` to each submission: two queries whatever the number."""
    submissions = list(submissions)
    states = latest_workflow_states([s.page_id for s in submissions if s.page_id])
    for submission in submissions:
        state = states.get(submission.page_id)
        submission.status = status_from(submission.page, state, submission.declined_at is not None)
    return submissions


def status_of(submission) -> StatusInfo:
    return with_statuses([submission])[0].status


def moderation_workflow() -> Workflow:
    """The workflow made by migration members/0003 (made again if a test flushed it)."""
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    return workflow or ensure_moderation(django_apps)


def _copy_fields(submission, page):
    for name in PAGE_FIELDS:
        setattr(page, name, getattr(submission, name))
    page.lead_image_id = submission.lead_image_id


def preview_page(submission) -> CaseStudyPage:
    """An unsaved page holding the member's text, for the member's preview (never saved)."""
    page = CaseStudyPage(title=submission.title, slug="preview", live=False)
    _copy_fields(submission, page)
    page.lead_image = submission.lead_image
    return page


def _copy_to_page(submission, page):
    page.title = submission.title
    _copy_fields(submission, page)
    page.tags.set(submission.tag_names())
    page.framework_areas.set(list(submission.framework_areas.all()))
    page.framework_values.set(list(submission.framework_values.all()))
    page.related_events.set(list(submission.related_events.all()))
    page.submitted_by = submission.owner


def _new_page(submission) -> CaseStudyPage:
    index = StoryIndexPage.objects.order_by("path").first()
    if index is None:
        raise RuntimeError("There is no stories index to put member submissions under.")
    slug = f"{slugify(submission.title)[:60].strip('-') or 'case-study'}-{submission.pk}"
    page = CaseStudyPage(title=submission.title, slug=slug, live=False, has_unpublished_changes=True)
    _copy_fields(submission, page)
    page.submitted_by = submission.owner
    index.add_child(instance=page)
    return page


def _quiet_wagtail_notifications(user) -> None:
    """Members get our own emails (``emails.py``), not Wagtail's admin notifications about
    "their" page, which point at admin screens they cannot open."""
    profile = UserProfile.get_for_user(user)
    if profile.approved_notifications or profile.rejected_notifications:
        profile.approved_notifications = profile.rejected_notifications = False
        profile.save(update_fields=["approved_notifications", "rejected_notifications"])


@transaction.atomic
def submit(submission_id: int, user) -> Submission:
    """Send a submission to the editors. Safe to call twice: one page, one review at a time."""
    submission = Submission.objects.select_for_update().get(pk=submission_id, owner=user)
    status = status_of(submission)
    if not status.editable:
        return submission
    page = submission.page.specific if submission.page_id else _new_page(submission)
    if not submission.page_id:
        submission.page = page
    else:
        page = page.get_latest_revision_as_object()
    _copy_to_page(submission, page)
    page.save_revision(user=user, log_action=True)
    current = page.current_workflow_state
    if current is not None:
        current.cancel(user=user)
    _quiet_wagtail_notifications(user)
    moderation_workflow().start(page, user)
    submission.submitted_at = timezone.now()
    submission.save()
    return submission
