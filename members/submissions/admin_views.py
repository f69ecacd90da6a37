"""A read-only admin list of every member submission and who sent it (moderators only).

The sender's name and email stay inside the admin: the public page, feeds, exports and API
never carry ``submitted_by``.
"""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from ..models import Submission
from .workflow import with_statuses


def can_moderate(user) -> bool:
    return user.is_superuser or user.groups.filter(name="Moderators").exists()


def submission_index(request):
    if not can_moderate(request.user):
        raise PermissionDenied
    submissions = with_statuses(
        Submission.objects.exclude(page=None).select_related("owner__member_profile", "page").order_by("-submitted_at")
    )
    context = {"submissions": submissions, "page_title": _("Member submissions"), "header_icon": "user"}
    return render(request, "members/admin/submission_index.html", context)
