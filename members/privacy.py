"""What happens to a member's case studies when they delete their account.

The member chooses for their *published* case studies: they stay, credited as anonymous (a new
revision is published with the credit removed, so neither the live page nor any later edit
shows their name), or they are withdrawn (unpublished; editors keep the draft, with no link to
the deleted account). Case studies that were never published — drafts, in review, declined —
are removed with their pages and images: nothing unpublished outlives the account.

Wagtail idiom: ``save_revision().publish()`` is how code publishes a change (it logs it and
sends ``page_published``, which refreshes the page cache); ``unpublish()`` takes a page off the
site but keeps it in the admin; an in-progress ``WorkflowState`` is cancelled before the page
goes, so no moderator is left with a review of something that no longer exists.
"""

from django.db import transaction

from .models import Submission
from .submissions.images import discard

KEEP = "keep"
WITHDRAW = "withdraw"


def published_case_studies(user):
    return [s.page for s in Submission.objects.filter(owner=user, page__live=True).select_related("page")]


def _cancel_review(page, user) -> None:
    state = page.current_workflow_state
    if state is not None:
        state.cancel(user=user)


@transaction.atomic
def remove_member_case_studies(user, published: str) -> None:
    """Apply the member's choice (``KEEP`` or ``WITHDRAW``) and remove everything unpublished."""
    for submission in Submission.objects.filter(owner=user).select_related("page"):
        if submission.page_id is None:
            if submission.lead_image_id:
                discard(submission.lead_image_id, submission.pk)
            continue
        page = submission.page.specific
        _cancel_review(page, user)
        if page.live and published == KEEP:
            page.credit_name = ""
            page.credit_anonymous = True
            page.submitted_by = None
            page.save_revision(log_action=True).publish()
        elif page.live:
            page.submitted_by = None
            page.save(update_fields=["submitted_by"])
            page.unpublish(log_action=True)
        else:
            image_id = page.lead_image_id
            page.delete()
            if image_id:
                discard(image_id, submission.pk)
