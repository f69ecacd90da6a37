"""Tags, framework areas, values and places fetched together in ONE query (a SQL UNION).

The library shows four vocabularies on every listing (the filter choices) and three on every
entry (its tags, areas and values). Fetched one by one they cost a query each on every page
view; as a ``UNION ALL`` of same-shaped rows — (facet, sort, slug, name, count) — they cost one.
"""

from dataclasses import dataclass

from django.db.models import CharField, Count, IntegerField, Value
from taggit.models import Tag

TAG, AREA, VALUE, PLACE = "tag", "area", "value", "place"


@dataclass(frozen=True)
class Facet:
    slug: str
    name: str
    count: int = 0
    key: str = ""  # an area's or value's stable slug, which names its drawing (handbook.illustrations)
    pk: int = 0  # an entry's own tag's or linked area's or value's row (``entry_facets``)


def _rows(queryset, facet: str, sort, slug: str, name: str, count, key=None, pk=None):
    """One part of the union: the same seven columns, in the same order, from any model."""
    return queryset.order_by().values_list(
        Value(facet, output_field=CharField()),
        sort,
        slug,
        name,
        count,
        key or Value("", output_field=CharField()),
        pk or _zero(),
    )


def _zero():
    return Value(0, output_field=IntegerField())


def _group(rows) -> dict[str, list[Facet]]:
    grouped: dict[str, list] = {TAG: [], AREA: [], VALUE: [], PLACE: []}
    for facet, sort, slug, name, count, key, pk in rows:
        grouped[facet].append((sort, name.lower(), Facet(slug=slug, name=name, count=count, key=key, pk=pk)))
    return {facet: [item for *_key, item in sorted(items, key=lambda row: row[:2])] for facet, items in grouped.items()}


def library_facets(entries, locale_id) -> dict[str, list[Facet]]:
    """Every filter choice for a library: tags and places used by ``entries`` (with counts),
    and the framework's areas and values in ``locale_id``."""
    from handbook.models import FrameworkArea, FrameworkValue

    tags = Tag.objects.filter(stories_taggedstory_items__content_object__in=entries.values("pk")).annotate(
        n=Count("stories_taggedstory_items", distinct=True)
    )
    places = entries.exclude(place="").order_by().values("place").annotate(n=Count("pk"))
    union = _rows(tags, TAG, _zero(), "slug", "name", "n").union(
        _rows(FrameworkArea.objects.live().filter(locale_id=locale_id), AREA, "sort_order", "slug", "name", _zero()),
        _rows(FrameworkValue.objects.live().filter(locale_id=locale_id), VALUE, "sort_order", "slug", "name", _zero()),
        _rows(places, PLACE, _zero(), "place", "place", "n"),
        all=True,
    )
    return _group(union)


def entry_facets(entry) -> dict[str, list[Facet]]:
    """One entry's own tags, areas and values, areas and values named in the entry's language
    (a translated entry links to the original's facets; see ``FrameworkFacetQuerySet``), each
    with the ``pk`` of the row the entry links to (what ``related_to`` compares)."""
    from handbook.models import FrameworkArea, FrameworkValue

    tags = Tag.objects.filter(stories_taggedstory_items__content_object_id=entry.pk)
    areas = FrameworkArea.objects.filter(stories=entry.pk).in_language_of(entry.locale_id).with_stable_slug()
    values = FrameworkValue.objects.filter(stories=entry.pk).in_language_of(entry.locale_id).with_stable_slug()
    union = _rows(tags, TAG, _zero(), "slug", "name", _zero(), pk="pk").union(
        _rows(areas, AREA, "sort_order", "local_slug", "local_name", _zero(), "stable_slug", "pk"),
        _rows(values, VALUE, "sort_order", "local_slug", "local_name", _zero(), "stable_slug", "pk"),
        all=True,
    )
    return _group(union)
