"""``WAGTAIL_FINISH_WORKFLOW_ACTION``: what happens when a workflow's last task is approved.

Wagtail's default publishes the *latest* revision as the approving user, checking that user's
publish permission. When a moderator approves a member's case study (members.review_task), the
revision published is the one they reviewed, and the approval itself is the permission
(moderators cannot publish pages, docs/roles.md). Other workflows keep Wagtail's behaviour.

Wagtail imports this setting while ``wagtail.models`` is still loading, so this module imports
no models: it recognises the task by its label.
"""

from wagtail.workflows import publish_workflow_state

REVIEW_TASK = "members.SubmissionReviewTask"


def publish_reviewed(workflow_state, user=None):
    task_state = workflow_state.current_task_state
    if task_state is None or task_state.task.specific_class._meta.label != REVIEW_TASK:
        publish_workflow_state(workflow_state, user=user)
        return
    task_state.revision.publish(user=user, skip_permission_checks=True)
