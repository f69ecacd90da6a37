"""Form behaviour every public form shares: accessible errors and a honeypot.

``AccessibleFormMixin``: each field points at its hint with ``aria-describedby``; after a
failed submit each field with an error also gets ``aria-invalid`` and points at its error
message, so screen readers announce the problem where it is. Pair it with the templates
``components/error_summary.html`` (a summary at the top linking to each field) and
``components/form_field.html`` (label, hint, error, widget).

``HoneypotMixin``: a field hidden from people, the keyboard and screen readers; bots fill it.

``MinimumFillTimeMixin``: a signed timestamp of when the form was shown; too fast is refused.
"""

import hashlib
import secrets
import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
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
# A form shown longer ago than this is refused as stale (with everything typed kept).
TOKEN_MAX_AGE = 24 * 60 * 60


def signed_now(offset: int = 0, started: int | None = None) -> str:
    """A tamper-proof, one-time record of when a form was shown (``offset`` seconds ago, for tests;
    ``started`` to carry an earlier start over to a fresh token)."""
    shown = int(time.time()) - offset if started is None else started
    return signing.dumps([shown, secrets.token_urlsafe(12)], salt=TIMESTAMP_SALT)


def _spend(value: str) -> bool:
    """Mark a token as used; False if it already was. An unreachable cache spends nothing (the
    rate limits fail open the same way, docs/decisions/0061)."""
    key = "cms.forms.used:" + hashlib.sha256(value.encode()).hexdigest()
    return cache.add(key, 1, TOKEN_MAX_AGE) is not False


class MinimumFillTimeMixin(forms.Form):
    """A signed "form shown at" timestamp: a form sent back faster than a person could fill it
    (``min_fill_seconds``, ``MEMBERS_MIN_FILL_SECONDS`` unless a form says otherwise), with a
    forged, stale (over ``TOKEN_MAX_AGE``) or already used timestamp, is refused politely with
    everything typed kept. Each token is good for one send: the form shown again always carries a
    fresh one with the same start, so a person correcting an error is not slowed down.

    Render ``{{ form.started }}`` (a hidden input) inside the form; the error appears in the
    error summary and above the buttons (``form.non_field_errors``).
    """

    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial["started"] = signed_now()

    @property
    def min_fill_seconds(self) -> int:
        return settings.MEMBERS_MIN_FILL_SECONDS

    def clean_started(self):
        value = self.cleaned_data.get("started") or ""
        started, spent = None, False
        try:
            started, _nonce = signing.loads(value, salt=TIMESTAMP_SALT, max_age=TOKEN_MAX_AGE)
            spent = not _spend(value)
        except signing.SignatureExpired:
            spent = True  # genuine, but shown more than a day ago
        except (signing.BadSignature, TypeError, ValueError):
            pass  # forged or missing: treated as too quick
        # The form shown again gets a fresh token (same start if the old one was good).
        self.data = self.data.copy()
        self.data[self.add_prefix("started")] = signed_now(started=started) if started else signed_now()
        if spent or (started is not None and time.time() - started > TOKEN_MAX_AGE):
            raise forms.ValidationError(
                _("This form was already sent, or was shown too long ago. Please check your text and send it again.")
            )
        if started is None or time.time() - started < self.min_fill_seconds:
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
