"""An editor panel listing a series' coming dates, to pick the date a change is for."""

from datetime import timedelta

from django.utils import timezone
from wagtail.admin.panels import Panel

from events.occurrences import get_zone, series_dates

SHOWN = 12


class SeriesDatesPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "events/admin/series_dates_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            dates = []
            if page is not None and getattr(page, "is_series", False) and page.start_date:
                today = timezone.now().astimezone(get_zone(page.time_zone)).date()
                schedule = page.schedule
                step = timedelta(days=31 * max(1, schedule.interval or 1))
                dates = series_dates(schedule, start=today, end=max(today, page.start_date) + step * SHOWN)[:SHOWN]
            context["dates"] = dates
            return context
