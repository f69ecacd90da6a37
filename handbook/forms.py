"""The form readers use to offer text for a gap in the handbook."""

from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from cms.forms import AccessibleFormMixin, HoneypotMixin, MinimumFillTimeMixin

NAME_MAX = 100
TEXT_MIN = 20
TEXT_MAX = 5000


# ``lazy_text % values`` at import would fix the text in the default language: interpolated
# only when shown, in the reader's language.
_interpolated = lazy(lambda text, values: text % values, str)


class ContributionForm(AccessibleFormMixin, HoneypotMixin, MinimumFillTimeMixin, forms.Form):
    """Name, email, text and consent, plus a honeypot field people never see and a signed
    "form shown at" time (a send faster than a person could type is refused politely).

    Every field says its limits in its hint; the shared mixins link hints and errors to their
    fields for screen readers, and add the honeypot.
    """

    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        error_messages={"required": _("Enter your name, so that editors can credit you.")},
        help_text=_interpolated(
            _("As you would like editors to credit you. Up to %(max)s characters."), {"max": NAME_MAX}
        ),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        error_messages={
            "required": _("Enter your email address, so that editors can reach you."),
            "invalid": _("Enter an email address like name@example.org."),
        },
        help_text=_("Only editors see it, to ask you about your text. We never publish it."),
    )
    text = forms.CharField(
        label=_("Your text for this section"),
        min_length=TEXT_MIN,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={"required": _("Enter the text you would like to offer for this section.")},
        help_text=_interpolated(
            _("Between %(min)s and %(max)s characters. Plain text; editors will format it."),
            {"min": TEXT_MIN, "max": TEXT_MAX},
        ),
    )
    consent = forms.BooleanField(
        label=_("Editors may edit my text and publish it in the handbook, credited to the name above."),
        error_messages={"required": _("Tick the box so that editors may use your text.")},
    )
    field_order = ["name", "email", "text", "consent", "website", "started"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
