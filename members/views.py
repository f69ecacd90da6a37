"""The member area: overview, profile, a copy of one's data, and deleting one's account."""

import json

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from cms.addresses import absolute_url

from . import personal_data
from .forms import DeleteAccountForm, ProfileForm
from .models import MemberProfile, Submission
from .privacy import WITHDRAW, remove_member_case_studies
from .submissions.workflow import PAGE_FIELDS, with_statuses

SUBMISSION_EXPORT_FIELDS = [*PAGE_FIELDS, "tags", "consent"]


def _profile(user) -> MemberProfile:
    profile, _created = MemberProfile.objects.get_or_create(user=user)
    return profile


@never_cache
@login_required
def dashboard(request):
    profile = _profile(request.user)
    emails = EmailAddress.objects.filter(user=request.user).order_by("-primary", "email")
    return render(request, "members/dashboard.html", {"profile": profile, "emails": emails})


@never_cache
@login_required
def profile(request):
    instance = _profile(request.user)
    form = ProfileForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("members:dashboard")
    return render(request, "members/profile.html", {"form": form})


@never_cache
@login_required
@require_GET
def export_data(request):
    """Everything the site holds about this member, as a JSON download: a summary of the account,
    profile and case studies, then every holding of the register of personal data."""
    user = request.user
    profile = _profile(user)
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": {
            "email_addresses": [
                {"email": address.email, "verified": address.verified, "primary": address.primary}
                for address in EmailAddress.objects.filter(user=user)
            ],
            "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "profile": {
            "display_name": profile.display_name,
            "organisation": profile.organisation,
            "credit_as": profile.credit_as,
            "updated_at": profile.updated_at.isoformat(),
        },
        "submissions": [
            {
                "title": submission.title,
                "status": submission.status.code,
                "editor_comment": submission.status.comment,
                **{name: getattr(submission, name) for name in SUBMISSION_EXPORT_FIELDS},
                "lead_image": absolute_url(reverse("members:submission_image", args=[submission.lead_image_id]))
                if submission.lead_image_id
                else None,
                "created_at": submission.created_at.isoformat(),
                "submitted_at": submission.submitted_at.isoformat() if submission.submitted_at else None,
            }
            for submission in with_statuses(Submission.objects.of(user).for_listing().select_related("lead_image"))
        ],
        "everything": personal_data.export(personal_data.Person.of(user)),
    }
    response = HttpResponse(
        json.dumps(data, indent=2, ensure_ascii=False), content_type="application/json; charset=utf-8"
    )
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    return response


@never_cache
@login_required
def delete_account(request):
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        with transaction.atomic():
            # Who they are is read before anything goes: the names and pages are needed to find rows.
            person = personal_data.Person.of(user)
            remove_member_case_studies(user, form.cleaned_data.get("published", WITHDRAW))
            logout(request)
            personal_data.erase(person)
        messages.success(request, _("Your account has been deleted. Thank you for being part of the network."))
        return redirect("/")
    return render(request, "members/delete.html", {"form": form})
