"""The framework's drawn illustrations: one SVG per area and value, keyed by its stable slug.

The files live in ``handbook/static/handbook/framework/<slug>.svg`` (drawn for this site; see
that folder's ``README.md``). The *stable* slug is the slug of the facet's original
(first-created) row: a translation may change its slug, never its drawing. ``hub.svg`` (the
site's mark) stands in for anything without a drawing of its own.

Pages that show a fallback picture when they have no lead image (stories, case studies, events)
get the stable slug of their first area and first value as annotations of their own listing
query (``fallback_annotations``), so a page of cards costs no extra query.
"""

from pathlib import Path

from django.db.models import OuterRef, Subquery
from django.templatetags.static import static

from handbook.models import FrameworkArea, FrameworkValue

FOLDER = "handbook/framework"
GENERIC = "hub"
DRAWN = frozenset(path.stem for path in (Path(__file__).parent / "static" / FOLDER).glob("*.svg")) - {GENERIC}


def facet_key(facet) -> str:
    """The stable slug of an area or value (a facet row, a listing's ``Facet`` or the slug
    itself): ``stable_slug`` where annotated, else ``key``, else its own slug."""
    if not facet:
        return ""
    if isinstance(facet, str):
        return facet
    return getattr(facet, "stable_slug", "") or getattr(facet, "key", "") or getattr(facet, "slug", "")


def illustration_url(slug: str | None) -> str:
    """The static address of ``slug``'s drawing, or of the site's mark when it has none."""
    return static(f"{FOLDER}/{slug if slug in DRAWN else GENERIC}.svg")


def _first(model, related_name: str):
    linked = model.objects.live().filter(**{related_name: OuterRef("pk")}).order_by("sort_order", "pk")
    return Subquery(linked.with_stable_slug().values("stable_slug")[:1])


def fallback_annotations(related_name: str, *, values: bool = True) -> dict:
    """``fallback_area`` / ``fallback_value``: the stable slug of the first live area (value)
    a page points at through the many-to-many whose reverse name is ``related_name``."""
    annotations = {"fallback_area": _first(FrameworkArea, related_name)}
    if values:
        annotations["fallback_value"] = _first(FrameworkValue, related_name)
    return annotations
