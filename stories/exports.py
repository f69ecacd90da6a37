"""Open data: every published case study as CSV and JSON.

Only what the public pages already show about the case itself: the structured sections,
place, period, organisations, tags, framework areas and values, completeness and address.
No credit names, no submitter, nothing about people beyond what the case text says.
"""

import csv

from django.http import HttpResponse, JsonResponse
from django.views.decorators.http import require_safe

from cms.spreadsheets import BOM, CONTENT_TYPE, safe_cell

from .models import CASE_STUDY_SECTIONS, CaseStudyPage

FIELDS = [
    "title",
    "url",
    "language",
    "first_published",
    "summary",
    "place",
    "period",
    "organisations",
    *[name for name, _label in CASE_STUDY_SECTIONS],
    "tags",
    "framework_areas",
    "framework_values",
    "completeness",
]


def case_study_rows(request) -> list[dict]:
    """One dict per live, public case study, in a fixed number of queries."""
    pages = (
        CaseStudyPage.objects.live()
        .public()
        .select_related("locale")
        .prefetch_related("tags", "framework_areas", "framework_values")
        .order_by("-first_published_at", "pk")
    )
    rows = []
    for page in pages:
        rows.append(
            {
                "title": page.title,
                "url": page.get_full_url(request),
                "language": page.locale.language_code,
                "first_published": page.first_published_at.isoformat() if page.first_published_at else "",
                "summary": page.summary,
                "place": page.place,
                "period": page.period,
                "organisations": page.organisation_list,
                **{name: getattr(page, name) for name, _label in CASE_STUDY_SECTIONS},
                "tags": sorted(tag.name for tag in page.tags.all()),
                "framework_areas": [area.name for area in page.framework_areas.all() if area.live],
                "framework_values": [value.name for value in page.framework_values.all() if value.live],
                "completeness": page.completeness,
            }
        )
    return rows


def _cell(value) -> str:
    """Lists joined with '; ', and spreadsheet formulas defused (cms.spreadsheets)."""
    return safe_cell("; ".join(value) if isinstance(value, list) else value)


@require_safe  # GET and HEAD
def case_studies_csv(request):
    response = HttpResponse(content_type=CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="case-studies.csv"'
    response.write(BOM)
    writer = csv.writer(response)
    writer.writerow(FIELDS)
    for row in case_study_rows(request):
        writer.writerow([_cell(row[field]) for field in FIELDS])
    return response


@require_safe  # GET and HEAD
def case_studies_json(request):
    rows = case_study_rows(request)
    response = JsonResponse({"count": len(rows), "fields": FIELDS, "case_studies": rows})
    response["Access-Control-Allow-Origin"] = "*"
    return response
