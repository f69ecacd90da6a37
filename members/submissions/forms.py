"""The case-study submission form: sections matching ``CaseStudyPage``, spam checks, limits.

Saving a draft needs only a title; sending it in needs the required sections and consent.
Two spam checks and no captcha: the shared honeypot, and a signed timestamp (``started``,
``cms.forms.MinimumFillTimeMixin``) written when the form is first shown — a form sent back
faster than a person could fill it is refused politely, with everything typed kept.

The optional lead image is checked by content before decoding (``images.check_upload``);
storing it happens in the view, inside the same transaction as the submission.
"""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail.models import Locale

from cms.forms import AccessibleFormMixin, HoneypotMixin, MinimumFillTimeMixin
from cms.page_links import localize
from cms.text import strip_bidi_controls
from events.models import EventPage
from stories.models import CASE_STUDY_SECTIONS
from stories.models.entry import validate_place

from ..models import Submission
from . import images

# Query parameters that tick a framework area or value in advance (members_tags.share_story_url).
AREA_PARAMETER = "area"
VALUE_PARAMETER = "value"
# ... and the event it responds to (``?event=<id or translation key>``, from a thank-you email).
EVENT_PARAMETER = "event"

# The fields a member must fill before sending in (drafts need only the title).
REQUIRED_TO_SUBMIT = ["summary", "context", "what_was_done", "consent"]


def _limit_hint(text, limit):
    return f"{text} " + str(
        ngettext_lazy("Up to %(limit)d character.", "Up to %(limit)d characters.", limit) % {"limit": limit}
    )


CHOOSE_AGAIN = _(
    "Your image was not kept: browsers cannot hold on to a chosen file when a form is shown again. "
    "Please choose it again."
)


class EventsField(forms.ModelMultipleChoiceField):
    """The events offered (``SubmissionForm._offer_events``); one sent back that is not (no
    longer published, or never was) is left out quietly rather than refused."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.titles: dict[int, str] = {}  # pk -> title in the reader's language (_offer_events)

    def clean(self, value):
        offered = {str(pk) for pk in self.queryset.values_list("pk", flat=True)}
        return super().clean([item for item in value or [] if str(item) in offered])

    def label_from_instance(self, obj):
        """The event's title in the reader's language when it has a live translation."""
        return self.titles.get(obj.pk, obj.title)


class SubmissionForm(AccessibleFormMixin, HoneypotMixin, MinimumFillTimeMixin, forms.ModelForm):
    new_image = forms.FileField(
        label=_("Lead image"),
        required=False,
        widget=forms.FileInput(attrs={"accept": images.ACCEPT_ATTRIBUTE}),
    )
    remove_image = forms.BooleanField(label=_("Remove the image I added before"), required=False)

    HINTS = {
        "title": _("A short name for what happened."),
        "summary": _("Two or three sentences: what happened and why it matters."),
        "context": _("What was the situation, and what problem were people facing?"),
        "what_was_done": _("What did people do, step by step?"),
        "who_took_part": _("Optional. Groups and kinds of people, not names of private individuals."),
        "outcomes": _("Optional. What changed?"),
        "lessons": _("Optional."),
        "do_differently": _("Optional."),
        "resources": _("Optional. Tools, templates or links that helped, one per line."),
        "tags": _("Optional. Words people might look for, separated by commas."),
        "place": _("Optional. A town or region only (for example 'Bristol' or 'North Wales'), never a street."),
        "period": _("Optional. When it happened, for example 'Spring 2023 to 2024'."),
        "organisations": _("Optional. Groups and organisations involved, one per line."),
        "credit_name": _("Optional. The name to credit you with. Leave empty to be credited as anonymous."),
        "lead_image_alt": _(
            "Needed if you add an image: what it shows, for people who cannot see it. "
            "Do not name people who have not agreed to be in it."
        ),
    }

    class Meta:
        model = Submission
        fields = [
            "title",
            "summary",
            "context",
            "what_was_done",
            "who_took_part",
            "outcomes",
            "lessons",
            "do_differently",
            "resources",
            "tags",
            "framework_areas",
            "framework_values",
            "related_events",
            "place",
            "period",
            "organisations",
            "lead_image_alt",
            "credit_name",
            "credit_anonymous",
            "consent",
        ]
        labels = {
            "title": _("Title"),
            "summary": _("Summary"),
            "context": _("Context and problem"),
            "what_was_done": _("What was done"),
            "who_took_part": _("Who took part"),
            "outcomes": _("Outcomes"),
            "lessons": _("What was learned"),
            "do_differently": _("What you would do differently"),
            "resources": _("Resources"),
            "tags": _("Tags"),
            "framework_areas": _("Framework areas"),
            "framework_values": _("Framework values"),
            "related_events": _("The event this responds to"),
            "place": _("Place"),
            "period": _("Period"),
            "organisations": _("Organisations"),
            "lead_image_alt": _("Describe the image"),
            "credit_name": _("Credit me as"),
            "credit_anonymous": _("Credit me as anonymous, even if a name is given above"),
            "consent": _(
                "I agree that editors may edit this case study and publish it on this site: the title, "
                "summary, sections, place, period, organisations, tags and the credit I chose above. "
                "My email address is never published."
            ),
        }
        field_classes = {"related_events": EventsField}
        widgets = {
            "framework_areas": forms.CheckboxSelectMultiple,
            "framework_values": forms.CheckboxSelectMultiple,
            "related_events": forms.CheckboxSelectMultiple,
            "tags": forms.TextInput(attrs={"list": "tag-suggestions"}),
        }

    def __init__(self, *args, submitting: bool = False, preselect=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        locale = Locale.get_default()
        self.fields["framework_areas"].queryset = self.fields["framework_areas"].queryset.filter(
            locale=locale, live=True
        )
        self.fields["framework_values"].queryset = self.fields["framework_values"].queryset.filter(
            locale=locale, live=True
        )
        self._offer_events(preselect)
        if preselect is not None:
            self._tick_in_advance(preselect)
        self.fields["new_image"].help_text = (
            _(
                "Optional. A JPEG, PNG, WebP or HEIC photo or picture, up to %(megabytes)s MB and %(megapixels)s "
                "megapixels. We remove hidden details such as the camera and location before storing it. "
                "Only add photos of people who agreed to be shown."
            )
            % images.limits()
        )
        self.fields["new_image"].widget.attrs["aria-describedby"] = f"{self['new_image'].auto_id}-hint"
        if not (self.instance and self.instance.lead_image_id):
            del self.fields["remove_image"]
        self.clean_image = None
        for name, field in self.fields.items():
            if name in ("website", "started", "new_image", "remove_image"):
                continue
            limit = getattr(field, "max_length", None)
            hint = self.HINTS.get(name, "")
            if limit:
                hint = _limit_hint(hint, limit)
            if hint:
                field.help_text = hint
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-hint"
            if isinstance(field.widget, forms.Textarea):
                field.widget.attrs["rows"] = 6
        self.fields["framework_areas"].help_text = _("Optional. Tick any that fit.")
        self.fields["framework_values"].help_text = _("Optional. Tick any that fit.")
        self.fields["related_events"].help_text = _("Untick it if your story is not about this event.")
        for name in REQUIRED_TO_SUBMIT:
            self.fields[name].required = submitting
        self.fields["consent"].error_messages["required"] = _("Tick the box to agree before sending it in.")

    @property
    def min_fill_seconds(self) -> int:
        """A saved draft the member comes back to may be sent at once: it was written earlier, by
        a signed-in, verified member (and the rate limit still applies)."""
        return 0 if self.instance.pk else super().min_fill_seconds

    def section_fields(self):
        """The case's sections in reading order (the same order as on the published page)."""
        return [self[name] for name, _label in CASE_STUDY_SECTIONS]

    def clean_new_image(self):
        upload = self.cleaned_data.get("new_image")
        if upload:
            self.clean_image = images.check_upload(upload)
        return upload

    def clean_title(self):
        return strip_bidi_controls(self.cleaned_data["title"]).strip()

    def clean_credit_name(self):
        return strip_bidi_controls(self.cleaned_data["credit_name"]).strip()

    def clean_place(self):
        place = self.cleaned_data["place"].strip()
        validate_place(place)
        return place

    def clean_tags(self):
        names = [name.strip() for name in self.cleaned_data["tags"].split(",") if name.strip()]
        if any(len(name) > 100 for name in names):
            raise forms.ValidationError(_("Each tag can be up to 100 characters."))
        return ", ".join(dict.fromkeys(names))

    def clean(self):
        cleaned = super().clean()
        if self.submitting:
            for name in ("summary", "context", "what_was_done"):
                if name in cleaned and not cleaned[name].strip():
                    self.add_error(name, _("This field is required."))
        has_image = self.clean_image is not None or (self.instance.lead_image_id and not cleaned.get("remove_image"))
        if has_image and not (cleaned.get("lead_image_alt") or "").strip() and "lead_image_alt" not in self.errors:
            self.add_error("lead_image_alt", _("Describe the image for people who cannot see it."))
        self.note_image_lost()
        return cleaned

    def note_image_lost(self) -> None:
        """If an image was sent with a form that is shown again (errors, or a rate limit), say
        that it must be chosen again: browsers never refill a file input."""
        if self.errors and self.files.get(self.add_prefix("new_image")) and "new_image" not in self.errors:
            self.add_error("new_image", CHOOSE_AGAIN)
            self.fields["new_image"].widget.attrs["aria-invalid"] = "true"
            self.fields["new_image"].widget.attrs["aria-describedby"] = (
                f"{self['new_image'].auto_id}-error {self['new_image'].auto_id}-hint"
            )

    def _tick_in_advance(self, query) -> None:
        """Tick the framework areas and values named in the address (``?area=reach&value=learning``,
        from a "share your story" link); slugs that name nothing are left out."""
        for name, parameter in (("framework_areas", AREA_PARAMETER), ("framework_values", VALUE_PARAMETER)):
            slugs = [slug for slug in query.getlist(parameter)[:10] if isinstance(slug, str) and len(slug) <= 100]
            if slugs:
                chosen = self.fields[name].queryset.filter(slug__in=slugs).values_list("pk", flat=True)
                self.initial[name] = list(chosen)

    def _offer_events(self, query) -> None:
        """Only the events this case study is linked to are offered (never a list of every
        event): those it already has, the one named in the address, and those sent back."""
        field = self.fields["related_events"]
        chosen = set(self.instance.related_events.values_list("pk", flat=True)) if self.instance.pk else set()
        named = event_named(query.get(EVENT_PARAMETER)) if query is not None else None
        if named is not None:
            chosen.add(named.pk)
            self.initial["related_events"] = [*chosen]
        if self.is_bound:
            sent = [value for value in self.data.getlist(self.add_prefix("related_events"))[:10] if _is_id(value)]
            chosen |= set(_linkable().filter(pk__in=sent).values_list("pk", flat=True))
        field.queryset = EventPage.objects.filter(pk__in=chosen).order_by("start_date", "pk")
        # Named in the reader's language (the link stays to the original): the site's own page
        # localisation (cms.page_links), one query.
        if chosen:
            field.titles = {pk: page.title for pk, page in localize(list(chosen)).items()}
        self.offers_events = bool(chosen)


def _is_id(value) -> bool:
    return isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 18


def _linkable():
    """Events a story may be linked to from the form: published and public."""
    return EventPage.objects.live().public()


def event_named(value) -> EventPage | None:
    """The live, public event ``value`` names (its id, or its translation key), in the site's
    default language when it has one; None for anything else, quietly."""
    if not isinstance(value, str) or not value or len(value) > 40:
        return None
    if _is_id(value):
        found = _linkable().filter(pk=int(value)).first()
    else:
        try:
            key = uuid.UUID(value)
        except ValueError:
            return None
        found = _linkable().filter(translation_key=key).order_by("pk").first()
    if found is None:
        return None
    default = _linkable().filter(translation_key=found.translation_key, locale=Locale.get_default()).first()
    return default or found
