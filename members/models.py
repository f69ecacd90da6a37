"""What the site keeps about a member beyond their login."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberProfile(models.Model):
    class Credit(models.TextChoices):
        DISPLAY_NAME = "display_name", _("My display name")
        ORGANISATION = "organisation", _("My organisation's name")
        ANONYMOUS = "anonymous", _("Anonymous")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="member_profile")
    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    organisation = models.CharField(_("organisation or network"), max_length=120, blank=True)
    credit_as = models.CharField(
        _("how to credit what you send in"), max_length=20, choices=Credit.choices, default=Credit.DISPLAY_NAME
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.display_name or f"member {self.user_id}"

    def public_credit(self) -> str:
        """The name to show publicly for this member's contributions (never their email)."""
        if self.credit_as == self.Credit.ORGANISATION and self.organisation:
            return self.organisation
        if self.credit_as == self.Credit.DISPLAY_NAME and self.display_name:
            return self.display_name
        return str(_("Anonymous"))


class SubmissionQuerySet(models.QuerySet):
    def of(self, user):
        return self.filter(owner=user)

    def for_listing(self):
        return self.select_related("page").order_by("-updated_at", "-pk")


class Submission(models.Model):
    """A case study a member is writing or has sent in.

    The member's words live here (plain text) until they submit; submitting creates a draft
    ``CaseStudyPage`` (``page``) and starts the moderation workflow. The status shown to the
    member is derived from that page and its workflow (see ``members.submissions.status``).
    """

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="submissions")
    page = models.OneToOneField(
        "stories.CaseStudyPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="member_submission"
    )
    title = models.CharField(_("title"), max_length=120)
    summary = models.TextField(_("summary"), max_length=400, blank=True)
    context = models.TextField(_("context and problem"), max_length=4000, blank=True)
    what_was_done = models.TextField(_("what was done"), max_length=6000, blank=True)
    who_took_part = models.TextField(_("who took part"), max_length=3000, blank=True)
    outcomes = models.TextField(_("outcomes"), max_length=4000, blank=True)
    lessons = models.TextField(_("what was learned"), max_length=4000, blank=True)
    do_differently = models.TextField(_("what you would do differently"), max_length=3000, blank=True)
    resources = models.TextField(_("resources"), max_length=3000, blank=True)
    tags = models.CharField(_("tags"), max_length=300, blank=True)
    # Re-encoded without metadata before it is stored (members.submissions.images).
    lead_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    lead_image_alt = models.CharField(_("lead image alt text"), max_length=250, blank=True)
    framework_areas = models.ManyToManyField("handbook.FrameworkArea", blank=True, related_name="+")
    framework_values = models.ManyToManyField("handbook.FrameworkValue", blank=True, related_name="+")
    # Events the case study responds to (from a thank-you email's link); the page's related events.
    related_events = models.ManyToManyField("events.EventPage", blank=True, related_name="+")
    place = models.CharField(_("place"), max_length=120, blank=True)
    period = models.CharField(_("period"), max_length=80, blank=True)
    organisations = models.TextField(_("organisations"), max_length=1000, blank=True)
    credit_name = models.CharField(_("credit name"), max_length=120, blank=True)
    credit_anonymous = models.BooleanField(_("credit anonymously"), default=False)
    consent = models.BooleanField(_("consent"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    # Set when a moderator declines it (members.review_task): final, nothing is published.
    declined_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def tag_names(self) -> list[str]:
        names = [name.strip() for name in self.tags.split(",")]
        return list(dict.fromkeys(name[:100] for name in names if name))


# The "Join the network" form page and the moderators' workflow task live in their own modules;
# imported here so Django finds them.
from .join import JoinFormField, JoinPage  # noqa: E402,F401
from .review_task import SubmissionReviewTask  # noqa: E402,F401
