"""Every CSV the site makes — the join form's submissions in the admin, stories' case-studies.csv —
shows formula-like cells as text and is UTF-8 with a byte order mark (Excel reads Welsh and Arabic)."""

import codecs
import csv
import io

import pytest
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from cms.spreadsheets import safe_cell
from members.factories import JoinPageFactory
from stories.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db

DANGEROUS = ['=HYPERLINK("http://evil.example","x")', "@SUM(A1:A9)", "+1+cmd", "-2+3", "\t=1+1", "\r=1+1"]
WELSH_AND_ARABIC = "Ymunwch â'r rhwydwaith — انضم إلى الشبكة"


def _rows(body: bytes) -> list[list[str]]:
    assert body.startswith(codecs.BOM_UTF8)
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


@pytest.mark.parametrize("value", DANGEROUS)
def test_a_formula_like_cell_starts_with_an_apostrophe(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Plain text", "1-2 people", "a=b", "", "٣ أشخاص", "e@example.org"])
def test_ordinary_cells_are_unchanged(value):
    assert safe_cell(value) == value


def test_join_form_submissions_export(admin_client, home_page):
    join = JoinPageFactory(
        parent=home_page, slug="join", questions=[{"label": "About you", "field_type": "multiline", "required": True}]
    )
    for value in [*DANGEROUS, WELSH_AND_ARABIC]:
        FormSubmission.objects.create(page=join, form_data={"about_you": value})
    response = admin_client.get(f"/admin/forms/submissions/{join.pk}/?export=csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = _rows(b"".join(response.streaming_content))
    answers = {row[-1] for row in rows[1:]}
    assert answers == {"'" + value for value in DANGEROUS} | {WELSH_AND_ARABIC}


def test_case_studies_csv(home_page, stories_index):
    for n, value in enumerate([*DANGEROUS, WELSH_AND_ARABIC]):
        CaseStudyPageFactory(parent=stories_index, title=f"Case {n}", slug=f"case-{n}", summary=value)
    response = Client().get("/stories/case-studies.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = _rows(response.content)
    summaries = {row[rows[0].index("summary")] for row in rows[1:]}
    assert summaries == {"'" + value for value in DANGEROUS} | {WELSH_AND_ARABIC}


@pytest.mark.parametrize("report", ["site-history", "aging-pages"])
def test_wagtails_own_report_exports_are_safe_too(admin_client, stories_index, report):
    """A member's case-study title reaches Wagtail's reports (site history, aging pages) that
    editors download as CSV: the same rules hold there."""
    page = CaseStudyPageFactory(parent=stories_index, title=DANGEROUS[0], slug="danger")
    page.save_revision(user=None, log_action=True).publish(log_action=True)
    response = admin_client.get(f"/admin/reports/{report}/?export=csv")
    assert response.status_code == 200 and response["Content-Type"] == "text/csv; charset=utf-8"
    cells = {cell for row in _rows(b"".join(response.streaming_content)) for cell in row}
    assert "'" + DANGEROUS[0] in cells and DANGEROUS[0] not in cells
