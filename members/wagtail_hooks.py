"""Admin additions for member submissions: a dashboard panel of case studies awaiting review.

Wagtail idiom: the ``construct_homepage_panels`` hook receives the list of components the
admin dashboard renders; appending a ``Component`` (a template plus ``get_context_data``) adds
a panel. The panel names who sent each case study, which is never shown publicly.
``register_admin_urls`` + ``register_admin_menu_item`` add a read-only list of every
submission with its sender, for moderators (URLs registered this way require admin access).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.contrib.forms.models import FormSubmission
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_permission_policy
from wagtail.images.views.chooser import ImageSelectFormatView
from wagtail.images.views.chooser import viewset as image_chooser_viewset
from wagtail.models import Page, TaskState, WorkflowState

from .models import JoinPage, Submission
from .submissions import images
from .submissions.admin_views import can_moderate, submission_index
from .submissions.workflow import WORKFLOW_NAME


def awaiting_review():
    """Member submissions whose review is in progress, oldest first (two queries)."""
    states = list(
        WorkflowState.objects.filter(
            workflow__name=WORKFLOW_NAME,
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        .select_related("current_task_state")
        .order_by("created_at", "pk")
    )
    returned = _last_returned_revisions(states)
    submissions = Submission.objects.filter(page_id__in=[int(s.object_id) for s in states]).select_related(
        "owner__member_profile", "page"
    )
    by_page = {submission.page_id: submission for submission in submissions}
    return [
        {
            "state": state,
            "submission": by_page[int(state.object_id)],
            "changes_url": changes_since_last_review(state, returned.get(state.object_id)),
        }
        for state in states
        if int(state.object_id) in by_page
    ]


def _last_returned_revisions(states) -> dict[str, int]:
    """Per page, the revision a moderator last sent back to the member (one query)."""
    finished = TaskState.objects.filter(
        workflow_state__base_content_type=ContentType.objects.get_for_model(Page),
        workflow_state__object_id__in=[state.object_id for state in states],
        status=TaskState.STATUS_REJECTED,
    ).order_by("finished_at", "pk")
    return dict(finished.values_list("workflow_state__object_id", "revision_id"))


def changes_since_last_review(state, returned_revision_id) -> str:
    """Wagtail's revision comparison from what was last returned to what is sent in now."""
    current = state.current_task_state
    if returned_revision_id is None or current is None or current.revision_id == returned_revision_id:
        return ""
    return reverse(
        "wagtailadmin_pages:revisions_compare", args=[state.object_id, returned_revision_id, current.revision_id]
    )


class SubmissionsAwaitingReviewPanel(Component):
    name = "member_submissions"
    template_name = "members/admin/submissions_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["items"] = awaiting_review()
        return context


@hooks.register("construct_homepage_panels")
def add_submissions_panel(request, panels):
    if can_moderate(request.user):
        panels.append(SubmissionsAwaitingReviewPanel())


class ModeratorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_moderate(request.user)


@hooks.register("register_admin_urls")
def register_submission_urls():
    return [path("member-submissions/", submission_index, name="member_submissions")]


@hooks.register("register_admin_menu_item")
def register_submission_menu_item():
    return ModeratorsMenuItem(_("Member submissions"), reverse("member_submissions"), icon_name="user", order=250)


@hooks.register("construct_image_chooser_queryset")
def hide_private_member_images(queryset, request):
    """Members' images are private until published: never offered for another page."""
    return queryset.exclude(collection=images.submissions_collection())


class CheckedSelectFormatView(ImageSelectFormatView):
    """Wagtail's rich-text "choose a format" step for an image, which (unlike its other image
    views) never asks whether the user may choose that image: anyone with admin access could
    read a private member image's title and alt text, and insert it into another page's text,
    by its id. Here it asks, and a private member image is refused to everyone, as the chooser
    leaves it out for everyone (decision 0043)."""

    def dispatch(self, request, *args, image_id, **kwargs):
        image = get_object_or_404(get_image_model(), id=image_id)
        allowed = image_permission_policy.user_has_permission_for_instance(request.user, "choose", image)
        if not allowed or images.is_private(image):
            raise PermissionDenied
        return super().dispatch(request, *args, image_id=image_id, **kwargs)


@hooks.register("register_admin_urls", order=-10)
def check_image_select_format():
    """Before Wagtail's own admin URLs (its viewsets' hook has order 0), so this view answers
    the chooser's select-format address; Wagtail still names and reverses it as its own."""
    view = CheckedSelectFormatView.as_view(
        model=get_image_model(), preserve_url_parameters=image_chooser_viewset.preserve_url_parameters
    )
    return [path(f"{image_chooser_viewset.url_prefix}/<int:image_id>/select_format/", view)]


class JoinRequestsPanel(Component):
    """The newest "Join the network" answers, for people who may read them (those who may edit
    the join page, as Wagtail's own form submissions list requires). Names and emails stay in
    that list; the panel shows when and where, and links to it."""

    name = "join_requests"
    template_name = "members/admin/join_requests_panel.html"
    order = 96

    def __init__(self, pages):
        self.pages = pages

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        by_id = {page.pk: page for page in self.pages}
        recent = FormSubmission.objects.filter(page_id__in=list(by_id)).order_by("-submit_time", "-pk")[:10]
        context["items"] = [
            {
                "page": by_id[item.page_id],
                "submit_time": item.submit_time,
                "url": reverse("wagtailforms:list_submissions", args=[item.page_id]),
            }
            for item in recent
        ]
        return context


@hooks.register("construct_homepage_panels")
def add_join_requests_panel(request, panels):
    pages = [page for page in JoinPage.objects.all() if page.permissions_for_user(request.user).can_edit()]
    if pages:
        panels.append(JoinRequestsPanel(pages))
