"""The registration form: which date (for a series), name, email, access needs and consent.

The site's shared form behaviour does the rest: errors linked to their fields for screen
readers, a honeypot, and a signed "form shown at" time (``cms.forms``).
"""

from django import forms
from django.utils.formats import date_format
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cms.forms import AccessibleFormMixin, HoneypotMixin, MinimumFillTimeMixin

from .conf import retention

NAME_MAX = 120
NEEDS_MAX = 1000


def _date_label(occurrence, available) -> str:
    when = date_format(occurrence.start, "l j F Y" if occurrence.all_day else "l j F Y, H:i")
    if available is None or available.remaining is None:
        return when
    if available.full:
        return _("%(when)s (full: join the waiting list)") % {"when": when}
    count = available.remaining
    return ngettext("%(when)s (%(count)d place left)", "%(when)s (%(count)d places left)", count) % {
        "when": when,
        "count": count,
    }


# ``lazy_text % values`` at import would fix the text in the default language: interpolated
# only when shown, in the reader's language.
_interpolated = lazy(lambda text, values: text % values, str)


class RegistrationForm(AccessibleFormMixin, HoneypotMixin, MinimumFillTimeMixin, forms.Form):
    occurrence = forms.ChoiceField(
        label=_("Date"),
        error_messages={
            "required": _("Choose the date you would like to come to."),
            "invalid_choice": _("That date is no longer open: choose another from the list."),
        },
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        error_messages={"required": _("Enter your name, so the organisers know who is coming.")},
        help_text=_interpolated(_("Up to %(max)s characters."), {"max": NAME_MAX}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        error_messages={
            "required": _("Enter your email address: we send the confirmation there."),
            "invalid": _("Enter an email address like name@example.org."),
        },
        help_text=_("We send a link there to confirm, and the joining details. Nobody else sees it."),
    )
    access_needs = forms.CharField(
        label=_("Access needs (optional)"),
        required=False,
        max_length=NEEDS_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Anything that would help you take part: captions, interpretation, step-free access, breaks, …"),
    )
    consent = forms.BooleanField(
        label=_("The organisers may keep my name, email address and access needs to run this event."),
        error_messages={"required": _("Tick the box, so that the organisers may keep your registration.")},
    )
    field_order = ["occurrence", "name", "email", "access_needs", "consent", "website", "started"]

    def __init__(self, *args, occurrences, availability, **kwargs):
        super().__init__(*args, **kwargs)
        self.occurrences = {o.original_start.date().isoformat(): o for o in occurrences}
        field = self.fields["occurrence"]
        field.choices = [(key, _date_label(o, availability.get(key))) for key, o in self.occurrences.items()]
        if len(occurrences) == 1:
            field.widget = forms.HiddenInput()
            self.initial.setdefault("occurrence", next(iter(self.occurrences)))
        self.fields["consent"].help_text = _(
            "They are deleted %(days)d days after the event; the number of people who came is kept."
        ) % {"days": retention().days}
        self.fields["consent"].widget.attrs["aria-describedby"] = f"{self['consent'].auto_id}-hint"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def chosen_occurrence(self):
        return self.occurrences[self.cleaned_data["occurrence"]]
