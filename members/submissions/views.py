"""Member views: "My submissions", writing and sending in a case study."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from taggit.models import Tag

from ..models import Submission
from . import workflow
from .forms import SubmissionForm


def _verified(user) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


def verified_member_required(view):
    """Signed in, with a verified email address; otherwise an explanation of what to do."""

    @login_required
    def wrapper(request, *args, **kwargs):
        if not _verified(request.user):
            return render(request, "members/verify_first.html", status=403)
        return view(request, *args, **kwargs)

    wrapper.__name__ = view.__name__
    wrapper.__doc__ = view.__doc__
    return wrapper


@never_cache
@verified_member_required
def submission_list(request):
    submissions = workflow.with_statuses(Submission.objects.of(request.user).for_listing())
    return render(request, "members/submissions/list.html", {"submissions": submissions})


def _tag_suggestions():
    return list(Tag.objects.order_by("name").values_list("name", flat=True)[:200])


def _edit(request, submission=None):
    status = workflow.status_of(submission) if submission else None
    if submission and not status.editable:
        return render(request, "members/submissions/detail.html", {"submission": submission, "status": status})
    submitting = request.method == "POST" and "submit" in request.POST
    form = SubmissionForm(request.POST or None, instance=submission, submitting=submitting)
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            messages.success(request, _("Thank you."))
            return redirect("members:submissions")
        with transaction.atomic():
            saved = form.save(commit=False)
            if submission is None:
                saved.owner = request.user
            saved.save()
            form.save_m2m()
            if submitting:
                workflow.submit(saved.pk, request.user)
        if submitting:
            messages.success(request, _("Thank you: your case study is with the editors. We will email you."))
        else:
            messages.success(request, _("Your draft is saved. You can come back to it at any time."))
        return redirect("members:submissions")
    context = {"form": form, "submission": submission, "status": status, "tag_suggestions": _tag_suggestions()}
    return render(request, "members/submissions/form.html", context)


@never_cache
@verified_member_required
def submission_new(request):
    return _edit(request)


@never_cache
@verified_member_required
def submission_edit(request, pk):
    submission = get_object_or_404(Submission.objects.select_related("page"), pk=pk, owner=request.user)
    return _edit(request, submission)
