"""Member views: "My submissions", writing, previewing and sending in a case study."""

import logging
import mimetypes

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from taggit.models import Tag
from wagtail.images import get_image_model

from cms import ratelimit
from stories.models import StoryEntry

from ..models import Submission
from . import images, private_media, workflow
from .forms import SubmissionForm

logger = logging.getLogger(__name__)


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
    """Tags of published, public stories and case studies only: a tag typed on someone's draft
    (or on a private page) must not show up in another member's form."""
    published = StoryEntry.objects.live().public().values("pk")
    tags = Tag.objects.filter(stories_taggedstory_items__content_object__in=published).distinct()
    return list(tags.order_by("name").values_list("name", flat=True)[:200])


STORAGE_FAILED = _(
    "We could not store your image just now (our file storage is full or not accepting files). Nothing "
    "was saved; everything you typed is still here. Please try again later, or send it without the image."
)


def _save(form, submission, request, submitting: bool):
    """Save the draft, its image and (when sending in) the page and review: all or nothing.

    Any failure rolls the rows back (``transaction.atomic``) and removes an image file that was
    already written, so a full or read-only disk leaves no half-made image, page or submission.
    """
    written: list[str] = []
    try:
        with transaction.atomic():
            saved = form.save(commit=False)
            if submission is None:
                saved.owner = request.user
            previous_image_id = saved.lead_image_id
            if form.cleaned_data.get("remove_image"):
                saved.lead_image = None
            if form.clean_image is not None:
                saved.lead_image = images.store(form.clean_image, saved.title, written)
            if not saved.lead_image_id:
                saved.lead_image_alt = ""
            saved.save()
            form.save_m2m()
            if previous_image_id and previous_image_id != saved.lead_image_id:
                # Replaced or removed: deleted only if it is a private member image nothing else uses.
                images.discard(previous_image_id, saved.pk)
            if submitting:
                workflow.submit(saved.pk, request.user)
    except BaseException:
        images.remove_files(written)
        raise
    return saved


def _edit(request, submission=None):
    status = workflow.status_of(submission) if submission else None
    if submission and not status.editable:
        return render(request, "members/submissions/detail.html", {"submission": submission, "status": status})
    submitting = request.method == "POST" and "submit" in request.POST
    previewing = request.method == "POST" and "preview" in request.POST
    # A new case study may arrive from a "share your story" link with an area and value to tick.
    preselect = request.GET if submission is None and request.method == "GET" else None
    form = SubmissionForm(
        request.POST or None, request.FILES or None, instance=submission, submitting=submitting, preselect=preselect
    )
    context = {"form": form, "submission": submission, "status": status, "tag_suggestions": _tag_suggestions()}
    if request.method == "POST" and ratelimit.is_limited(request, "submission"):
        ratelimit.refuse(form)
        form.note_image_lost()
        return ratelimit.mark_limited(render(request, "members/submissions/form.html", context))
    if request.method == "POST" and form.is_valid():
        if form.is_spam():
            messages.success(request, _("Thank you."))
            return redirect("members:submissions")
        try:
            saved = _save(form, submission, request, submitting)
        except OSError:
            logger.exception("Could not store a member's lead image")
            form.add_error("new_image", STORAGE_FAILED)
            return render(request, "members/submissions/form.html", context)
        if submitting:
            messages.success(request, _("Thank you: your case study is with the editors. We will email you."))
        elif previewing:
            return redirect("members:submission_preview", pk=saved.pk)
        else:
            messages.success(request, _("Your draft is saved. You can come back to it at any time."))
        return redirect("members:submissions")
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


@never_cache
@verified_member_required
def submission_preview(request, pk):
    """How the case study will look once published, built in memory from the member's draft.

    Nothing is saved and no page is made: the ``CaseStudyPage`` here is never added to the tree,
    and every piece of member text goes through the template's autoescaping.
    """
    submission = get_object_or_404(
        Submission.objects.select_related("lead_image").prefetch_related(
            "framework_areas", "framework_values", "related_events"
        ),
        pk=pk,
        owner=request.user,
    )
    context = {
        "page": workflow.preview_page(submission),
        "submission": submission,
        "status": workflow.status_of(submission),
        "entry_tags": [{"name": name, "slug": slugify(name)} for name in submission.tag_names()],
        "entry_areas": list(submission.framework_areas.all()),
        "entry_values": list(submission.framework_values.all()),
        "related_entries": [],
        "related_events": list(submission.related_events.all()),
        "index_url": "",
    }
    return render(request, "members/submissions/preview.html", context)


@never_cache
def submission_image(request, pk):
    """A member's image, for whoever may see it (``images.may_view``): the member and moderators
    until its case study is published, anyone after. Everyone else gets a 404, as for no image."""
    image = get_object_or_404(get_image_model(), pk=pk)
    if not images.may_view(request.user, image):
        raise Http404
    response = FileResponse(image.file.open("rb"), content_type=images.mime_type(image))
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
def private_rendition(request, name):
    """A rendition of a private member image (``private_media``), for whoever may see the image."""
    renditions = get_image_model().get_rendition_model().objects.select_related("image")
    rendition = get_object_or_404(renditions, file=f"{private_media.PRIVATE_DIR}/images/{name}")
    if not images.may_view(request.user, rendition.image):
        raise Http404
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    response = FileResponse(rendition.file.open("rb"), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response
