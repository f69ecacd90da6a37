"""The moderators' own workflow task for member submissions: approve, request changes, decline.

Wagtail idiom: a workflow *task* decides who may act on a page in review and which actions
they get (``get_actions``); ``on_action`` carries them out. Wagtail's ``GroupApprovalTask``
has only "approve" and "request changes", so a decline used to be a rejection whose comment
began with a magic "Decline:". This task offers the three decisions a moderator makes:

- **Approve**: Wagtail publishes the revision the member sent (the workflow's last task).
- **Request changes** (a comment to the member): the case study goes back to them to edit.
- **Decline** (a reason to the member): the review ends, nothing is published, and the
  submission is marked declined for good (``Submission.declined_at``).

Nobody reviews their own case study: a moderator who also sent one in gets no actions on it
and cannot edit it while it is in review. People outside the task's groups (editors too)
cannot edit or publish a page while it waits here: moderators publish only what they review.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask

from .models import Submission

APPROVE, REQUEST_CHANGES, DECLINE = "approve", "request_changes", "decline"


class SubmissionReviewTask(AbstractGroupApprovalTask):
    def _own(self, obj, user) -> bool:
        return bool(obj is not None and obj.pk) and Submission.objects.filter(page_id=obj.pk, owner=user).exists()

    def _may_review(self, obj, user) -> bool:
        return (user.is_superuser or self._user_in_groups(user)) and not self._own(obj, user)

    def user_can_access_editor(self, obj, user):
        return self._may_review(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_review(obj, user)

    def user_can_lock(self, obj, user):
        return self._may_review(obj, user)

    def get_actions(self, obj, user):
        if not self._may_review(obj, user):
            return []
        return [
            # Wagtail adds " and Publish" to the approve action of a workflow's last task.
            (APPROVE, _("Approve"), False),
            (REQUEST_CHANGES, _("Request changes"), True),
            (DECLINE, _("Decline"), True),
        ]

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        page = task_state.workflow_state.content_object
        if action_name == APPROVE:
            if not self._may_review(page, user):
                raise PermissionError("You cannot approve your own case study.")
            task_state.approve(user=user, **kwargs)
        elif action_name in (REQUEST_CHANGES, DECLINE):
            if action_name == DECLINE:
                Submission.objects.filter(page_id=page.pk).update(declined_at=timezone.now())
            task_state.reject(user=user, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        own = Submission.objects.filter(owner=user).exclude(page=None).values_list("page_id", flat=True)
        return states.exclude(workflow_state__object_id__in=[str(pk) for pk in own])

    @classmethod
    def get_description(cls):
        return _("Moderators approve, return or decline a member's case study (never their own)")

    class Meta:
        verbose_name = _("member submission review")
        verbose_name_plural = _("member submission reviews")
