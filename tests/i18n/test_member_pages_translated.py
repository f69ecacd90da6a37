"""The member features read in the reader's language: the "Join the network" page (its button,
errors and thank-you note come from the gettext catalogues, its questions from wagtail-localize)
and the case-study form with its lead-image fields."""

# The members tests' fixtures are imported below and then used as arguments (pytest fixtures).
# ruff: noqa: F811

import pytest
from django.test import Client

from cms.demo_translations import translate_page
from members.factories import JoinPageFactory
from tests.members.conftest import area, form_data, member, stories_index, value  # noqa: F401

pytestmark = pytest.mark.django_db

QUESTIONS = [{"label": "Your name", "field_type": "singleline", "required": True}]
STRINGS = {
    "Your name": {"cy": "Eich enw", "ar": "اسمك"},
    "No fee, no test.": {"cy": "Dim ffi, dim prawf.", "ar": "بلا رسوم ولا اختبار."},
}


@pytest.fixture
def join_pages(translated_site, silent):
    english = JoinPageFactory(
        parent=translated_site["en"]["home"], slug="join", intro="No fee, no test.", questions=QUESTIONS
    )
    return {code: translate_page(english, code, STRINGS, silent).specific for code in ("cy", "ar")}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("cy", ["Dim ffi, dim prawf.", "Eich enw", ">Anfon</button>", "Atebwch y cwestiwn hwn: Eich enw."]),
        ("ar", ["بلا رسوم ولا اختبار.", "اسمك", ">أرسل</button>", "يُرجى الإجابة عن هذا السؤال: اسمك."]),
    ],
)
def test_the_join_page_and_its_errors_are_in_the_readers_language(client, join_pages, code, expected):
    page = join_pages[code]
    assert page.url.startswith(f"/{code}/")
    html = client.get(page.url).content.decode() + client.post(page.url, {"your_name": ""}).content.decode()
    for text in expected:
        assert text in html
    assert "Please answer this question" not in html and ">Send</button>" not in html


def test_the_welsh_case_study_form_shows_the_lead_image_fields_in_welsh(translated_site, stories_index, member):
    client = Client()
    client.force_login(member)
    response = client.get("/cy/members/submissions/new/")
    html = response.content.decode()
    assert response.status_code == 200
    for text in ["Prif ddelwedd (dewisol)", "Disgrifiwch y ddelwedd", "Cadw a rhagweld", "megapicsel"]:
        assert text in html
    assert "Lead image (optional)" not in html and "Save and preview" not in html
