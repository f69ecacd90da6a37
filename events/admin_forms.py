"""The event editor's form: changes to single dates of a series must name a date of it.

Wagtail idiom: a page type's ``base_form_class`` (a ``WagtailAdminPageForm``) validates the page
together with its inline rows; the rows are a formset of the form, so an error is put on the
row's own date field and everything typed stays in the form.
"""

from django import forms
from django.conf import settings
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.admin_forms import OneLanguagePageForm
from events.models.taking_part import REMINDER_CHOICES
from events.occurrences import Schedule, nearest_series_date
from events.zones import zone_choices

CHANGES = "occurrence_changes"


def _schedule(data: dict) -> Schedule | None:
    if not data.get("start_date") or not data.get("repeat"):
        return None
    all_day = bool(data.get("all_day"))
    return Schedule(
        zone=data.get("time_zone") or settings.TIME_ZONE,
        all_day=all_day,
        start_date=data["start_date"],
        start_time=None if all_day else data.get("start_time"),
        end_date=data.get("end_date"),
        end_time=None if all_day else data.get("end_time"),
        repeat=data["repeat"],
        interval=data.get("repeat_interval") or 1,
        until=data.get("repeat_until"),
        count=data.get("repeat_count"),
    )


class EventPageForm(OneLanguagePageForm):
    reminder_hours = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Reminders"),
        choices=REMINDER_CHOICES,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=gettext_lazy("With registration on this site: when the people with a place get a reminder."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "time_zone" in self.fields:
            current = getattr(self.instance, "time_zone", "") or settings.TIME_ZONE
            self.fields["time_zone"].choices = zone_choices(current)

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get(CHANGES)
        if formset is None:
            return cleaned
        formset.is_valid()  # clean the rows, so their dates can be read
        schedule = _schedule(cleaned)
        for form in formset.forms:
            day = getattr(form, "cleaned_data", {}).get("occurrence_date")
            if day is None or (formset.can_delete and formset._should_delete_form(form)):
                continue
            if schedule is None:
                form.add_error("occurrence_date", _("Only a series has dates to change: this event does not repeat."))
                continue
            nearest = nearest_series_date(schedule, day)
            if nearest != day:
                form.add_error("occurrence_date", self._not_in_series(day, nearest))
        return cleaned

    @staticmethod
    def _not_in_series(day, nearest) -> str:
        if nearest is None:
            return _("This series has no dates, so no date of it can be changed.")
        return _("%(date)s is not a date of this series. The nearest date of the series is %(nearest)s.") % {
            "date": date_format(day, "l j F Y"),
            "nearest": date_format(nearest, "l j F Y"),
        }
