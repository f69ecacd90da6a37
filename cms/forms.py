"""Form behaviour every public form shares: accessible errors and a honeypot.

``AccessibleFormMixin``: each field points at its hint with ``aria-describedby``; after a
failed submit each field with an error also gets ``aria-invalid`` and points at its error
message, so screen readers announce the problem where it is. Pair it with the templates
``components/error_summary.html`` (a summary at the top linking to each field) and
``components/form_field.html`` (label, hint, error, widget).

``HoneypotMixin``: a field hidden from people, the keyboard and screen readers; bots fill it.
"""

from django import forms
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
