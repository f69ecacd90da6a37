"""Form behaviour every public form shares: accessible errors and a honeypot.

``AccessibleFormMixin``: each field points at its hint with ``aria-describedby``; after a
failed submit each field with an error also gets ``aria-invalid`` and points at its error
message, so screen readers announce the problem where it is. Pair it with the templates
``components/error_summary.html`` (a summary at the top linking to each field) and
``components/form_field.html`` (label, hint, error, widget).

``HoneypotMixin``: a field hidden from people, the keyboard and screen readers; bots fill it.

``MinimumFillTimeMixin``: a signed timestamp of when the form was shown; too fast is refused.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _


class AccessibleFormMixin:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-hint"

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            widget = self.fields[name].widget
            widget.attrs["aria-invalid"] = "true"
            described = [f"{self[name].auto_id}-error"]
            if self.fields[name].help_text:
                described.append(f"{self[name].auto_id}-hint")
            widget.attrs["aria-describedby"] = " ".join(described)


class HoneypotMixin(forms.Form):
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["website"].widget.attrs.update({"tabindex": "-1", "autocomplete": "off"})

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))


TIMESTAMP_SALT = "cms.forms.started"


def signed_now(offset: int = 0) -> str:
    """A tamper-proof record of when a form was shown (``offset`` seconds ago, for tests)."""
    return signing.dumps(int(time.time()) - offset, salt=TIMESTAMP_SALT)


class MinimumFillTimeMixin(forms.Form):
    """A signed "form shown at" timestamp: a form sent back faster than a person could fill it
    (``MEMBERS_MIN_FILL_SECONDS``), or with a forged timestamp, is refused politely with
    everything typed kept, and the form shown again carries a fresh timestamp.

    Render ``{{ form.started }}`` (a hidden input) inside the form; the error appears in the
    error summary and above the buttons (``form.non_field_errors``).
    """

    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signed_now()

    def clean_started(self):
        value = self.cleaned_data.get("started") or ""
        try:
            started = signing.loads(value, salt=TIMESTAMP_SALT)
        except signing.BadSignature:
            started = None
            # Give the form shown again a fresh, valid start so the person can simply resend.
            self.data = self.data.copy()
            self.data[self.add_prefix("started")] = signed_now()
        if started is None or time.time() - started < settings.MEMBERS_MIN_FILL_SECONDS:
            raise forms.ValidationError(
                _("That was quicker than we expect from a person. Please check your text and send it again.")
            )
        return value

    def clean(self):
        cleaned = super().clean()
        if self.errors.get("started"):
            # Shown in the summary and above the buttons, not next to a hidden field.
            self.add_error(None, self.errors.pop("started"))
        return cleaned
