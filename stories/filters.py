"""The library's filter form (django-filter), and the "active filters" it shows as links.

The choices for tags, areas, values and places come from lists the index fetched once per
request (one query each), so validating and rendering the form runs no queries of its own,
whatever is selected.
"""

from urllib.parse import urlencode

import django_filters
from django.utils.translation import gettext_lazy as _

from .models.entry import Completeness, Kind

SORT_CHOICES = [("newest", _("Newest first")), ("title", _("Title A–Z")), ("relevance", _("Best match"))]


class StoryFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="keep", label=_("Words"), max_length=200)
    kind = django_filters.ChoiceFilter(
        choices=Kind.choices, method="filter_kind", label=_("Kind"), empty_label=_("Stories and case studies")
    )
    tag = django_filters.ChoiceFilter(method="filter_tag", label=_("Tag"), empty_label=_("Any tag"))
    area = django_filters.ChoiceFilter(method="filter_area", label=_("Framework area"), empty_label=_("Any area"))
    value = django_filters.ChoiceFilter(method="filter_value", label=_("Value"), empty_label=_("Any value"))
    place = django_filters.ChoiceFilter(method="filter_place", label=_("Place"), empty_label=_("Anywhere"))
    completeness = django_filters.ChoiceFilter(
        choices=Completeness.choices,
        method="filter_completeness",
        label=_("Completeness"),
        empty_label=_("Any"),
    )
    sort = django_filters.ChoiceFilter(
        choices=SORT_CHOICES, method="keep", label=_("Sort by"), empty_label=None, null_label=None
    )

    # Order of the active-filter links and of the query string.
    FACETS = ["q", "kind", "tag", "area", "value", "place", "completeness"]

    def __init__(self, data=None, *args, tags=(), areas=(), values=(), places=(), **kwargs):
        super().__init__(data, *args, **kwargs)
        self.filters["tag"].extra["choices"] = [(tag.slug, f"{tag.name} ({tag.count})") for tag in tags]
        self.filters["area"].extra["choices"] = [(area.slug, area.name) for area in areas]
        self.filters["value"].extra["choices"] = [(value.slug, value.name) for value in values]
        self.filters["place"].extra["choices"] = [(place.slug, place.name) for place in places]
        # Active-filter links show the tag's name without its count.
        self.names = {"tag": {tag.slug: tag.name for tag in tags}}

    def keep(self, queryset, name, value):
        """Search words and sort order are applied by the index view, not as filters."""
        return queryset

    def filter_kind(self, queryset, name, value):
        return queryset.of_kind(value)

    def filter_tag(self, queryset, name, value):
        return queryset.with_tag(value)

    def filter_area(self, queryset, name, value):
        return queryset.in_area(value)

    def filter_value(self, queryset, name, value):
        return queryset.with_value(value)

    def filter_place(self, queryset, name, value):
        return queryset.in_place(value)

    def filter_completeness(self, queryset, name, value):
        return queryset.with_completeness(value)

    @property
    def cleaned(self) -> dict:
        """The valid, non-empty values the reader chose. (The errors of the others are shown by
        filter_form.html, each tied to its field with ``aria-describedby``.)"""
        self.form.is_valid()  # cleans every field; the valid ones are in cleaned_data
        return {key: value for key, value in getattr(self.form, "cleaned_data", {}).items() if value}

    def querystring(self, without: str | None = None) -> str:
        """The current choices as a query string, optionally leaving one out (for "remove")."""
        cleaned = self.cleaned
        pairs = [(key, cleaned[key]) for key in [*self.FACETS, "sort"] if key in cleaned and key != without]
        return urlencode(pairs)

    def active_filters(self) -> list[dict]:
        """Each chosen filter with a readable label and the address that removes it."""
        cleaned = self.cleaned
        active = []
        for key in self.FACETS:
            if key not in cleaned:
                continue
            field = self.form.fields[key]
            names = self.names.get(key) or dict(getattr(field, "choices", []))
            shown = names.get(cleaned[key], cleaned[key])
            rest = self.querystring(without=key)
            active.append({"label": field.label, "value": shown, "remove_url": f"?{rest}" if rest else "?"})
        return active
