"""Open data: case studies as CSV and JSON, and Wagtail's read API, with public fields only."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model

from stories.exports import FIELDS

pytestmark = pytest.mark.django_db

PRIVATE = ["member@example.org", "Private Person", "Quoted Person", "submitted_by", "credit_name", "owner"]


@pytest.fixture
def cases(framework, make_case, make_story):
    member = get_user_model().objects.create_user("member", email="member@example.org", password="x")
    case = make_case(
        title="Fridge network",
        summary="Fridges in five places.",
        place="Leeds",
        period="2022 to 2024",
        organisations="Food group\nSupermarket",
        context="No group could afford the checks.",
        what_was_done='=HYPERLINK("http://evil.example")',
        lessons="Write the routine down.",
        tags=["food", "mutual aid"],
        framework_areas=[framework["areas"]["connect"]],
        framework_values=[framework["values"]["accountability"]],
        credit_name="Private Person",
        quotations=[
            (
                "quotation",
                {"quote": "It worked.", "person": "Quoted Person", "role": "", "source_title": "", "source_url": ""},
            )
        ],
        completeness="reviewed",
    )
    case.submitted_by = member
    case.save()
    make_case(title="Draft case", live=False)
    make_story(title="Just a story")
    return case


def test_csv_lists_live_case_studies_with_structured_fields(client, cases):
    response = client.get("/stories/case-studies.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == ["Fridge network"]
    row = rows[0]
    assert list(row) == FIELDS
    assert row["url"] == "http://localhost/en/stories/fridge-network/"
    assert row["place"] == "Leeds"
    assert row["organisations"] == "Food group; Supermarket"
    assert row["tags"] == "food; mutual aid"
    assert row["framework_areas"] == "Connect"
    assert row["framework_values"] == "Accountability"
    assert row["lessons"] == "Write the routine down."
    # A cell that a spreadsheet would run as a formula is defused.
    assert row["what_was_done"].startswith("'=HYPERLINK")


def test_json_lists_the_same_case_studies(client, cases):
    data = client.get("/stories/case-studies.json").json()
    assert data["count"] == 1
    case = data["case_studies"][0]
    assert set(case) == set(FIELDS)
    assert case["tags"] == ["food", "mutual aid"]
    assert case["organisations"] == ["Food group", "Supermarket"]
    assert case["what_was_done"] == '=HYPERLINK("http://evil.example")'
    assert case["completeness"] == "reviewed"


@pytest.mark.parametrize("url", ["/stories/case-studies.csv", "/stories/case-studies.json"])
def test_exports_carry_no_personal_or_private_fields(client, cases, url):
    body = client.get(url).content.decode()
    for private in PRIVATE:
        assert private not in body, private


def test_api_lists_case_studies_with_public_fields_only(client, cases):
    response = client.get("/api/v2/pages/", {"type": "stories.CaseStudyPage", "fields": "*"})
    assert response.status_code == 200
    data = response.json()
    assert [item["title"] for item in data["items"]] == ["Fridge network"]
    item = data["items"][0]
    assert item["meta"]["type"] == "stories.CaseStudyPage"
    assert item["place"] == "Leeds"
    assert item["lessons"] == "Write the routine down."
    assert item["area_names"] == ["Connect"]
    assert sorted(item["tags"]) == ["food", "mutual aid"]
    body = response.content.decode()
    for private in PRIVATE:
        assert private not in body, private


def test_api_detail_and_stories_type(client, cases):
    detail = client.get(f"/api/v2/pages/{cases.pk}/").json()
    assert detail["summary"] == "Fridges in five places."
    assert "submitted_by" not in detail and "credit_name" not in detail
    stories = client.get("/api/v2/pages/", {"type": "stories.StoryPage", "fields": "summary,tags"}).json()
    assert [item["title"] for item in stories["items"]] == ["Just a story"]
    # Asking for a private field by name is refused, not answered.
    refused = client.get("/api/v2/pages/", {"type": "stories.CaseStudyPage", "fields": "submitted_by"})
    assert refused.status_code == 400


@pytest.mark.parametrize("url", ["/stories/case-studies.csv", "/stories/case-studies.json", "/robots.txt"])
def test_head_is_answered_like_get_on_a_cold_cache(client, cases, url):
    """Link checkers and crawlers ask HEAD first, before any GET has filled a cache."""
    head = client.head(url)
    assert head.status_code == 200
    assert head.content == b""
    get = client.get(url)
    assert get.status_code == 200 and get.content
    assert head["Content-Type"] == get["Content-Type"]


def test_api_unknown_page_is_a_json_404(client, cases):
    response = client.get("/api/v2/pages/99999999/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "message" in response.json()


def test_an_address_under_the_read_api_that_matches_no_route_is_a_json_404(client, home_page):
    response = client.get("/api/v2/pages/not-a-number/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"message": "not found"}
