"""The form readers use to offer text for a gap in the handbook."""

from django import forms
from django.utils.translation import gettext_lazy as _

NAME_MAX = 100
TEXT_MIN = 20
TEXT_MAX = 5000


class ContributionForm(forms.Form):
    """Name, email, text and consent, plus a honeypot field people never see.

    Every field says its limits in its hint, and after a failed submit each field carries
    ``aria-invalid`` and points at its error with ``aria-describedby``, so screen readers
    announce the problem where it is.
    """

    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        error_messages={"required": _("Enter your name, so that editors can credit you.")},
        help_text=_("As you would like editors to credit you. Up to %(max)s characters.") % {"max": NAME_MAX},
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
        help_text=_("Between %(min)s and %(max)s characters. Plain text; editors will format it.")
        % {"min": TEXT_MIN, "max": TEXT_MAX},
    )
    consent = forms.BooleanField(
        label=_("Editors may edit my text and publish it in the handbook, credited to the name above."),
        error_messages={"required": _("Tick the box so that editors may use your text.")},
    )
    # Honeypot: hidden from people (and from screen readers and the keyboard); bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    field_order = ["name", "email", "text", "consent", "website"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}-hint"

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            widget = self.fields[name].widget
            widget.attrs["aria-invalid"] = "true"
            described = [f"id_{name}-error"]
            if self.fields[name].help_text:
                described.append(f"id_{name}-hint")
            widget.attrs["aria-describedby"] = " ".join(described)

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
