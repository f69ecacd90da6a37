"""The framework's drawings: one valid, self-contained SVG for every area and value of the demo,
shown on the framework page and on each area's and value's own page."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Locale

from handbook.demo_framework import AREAS, VALUES
from handbook.factories import FrameworkAreaFactory, FrameworkPageFactory, FrameworkValueFactory
from handbook.models import FrameworkArea
from handbook.templatetags.handbook_tags import framework_illustration

FOLDER = Path(settings.BASE_DIR) / "handbook" / "static" / "handbook" / "framework"
SVG = "{http://www.w3.org/2000/svg}"
DEMO_SLUGS = [slug for _name, slug, *_rest in AREAS + VALUES]


@pytest.mark.parametrize("slug", [*DEMO_SLUGS, "hub"])
def test_every_demo_area_and_value_has_a_valid_self_contained_drawing(slug):
    path = FOLDER / f"{slug}.svg"
    root = ET.parse(path).getroot()  # noqa: S314 - our own committed files; well-formed, or this raises
    assert root.tag == f"{SVG}svg"
    assert root.get("viewBox") == "0 0 64 64"
    assert (root.get("width"), root.get("height")) == ("64", "64")
    title = root.find(f"{SVG}title")
    assert title is not None and title.text.strip(), "a meaningful drawing names itself"
    text = path.read_text()
    assert not re.search(r"href|url\(|<image|<script|@import", text), "no external references"
    assert len(text) < 2000, "small, hand-written"
    # Only the palette: brand, accent, white, paper-alt.
    assert set(re.findall(r"#[0-9a-fA-F]{3,6}\b", text)) <= {"#1d4e5f", "#f7c948", "#fff", "#f4f1ea"}


def test_twelve_distinct_drawings():
    assert len(DEMO_SLUGS) == 12
    assert len({(FOLDER / f"{slug}.svg").read_text() for slug in DEMO_SLUGS}) == 12


@pytest.mark.django_db
def test_framework_page_and_facet_pages_show_their_drawing(client, home_page):
    page = FrameworkPageFactory(parent=home_page)
    FrameworkAreaFactory(name="Listening", slug="listening", sort_order=0)
    FrameworkValueFactory(name="Learning", slug="learning", sort_order=0)
    overview = client.get(page.url).content.decode()
    assert 'src="/static/handbook/framework/listening.svg" width="48" height="48" alt=""' in overview
    assert 'src="/static/handbook/framework/learning.svg" width="48" height="48" alt=""' in overview
    area = client.get(f"{page.url}listening/").content.decode()
    assert 'class="framework-facet__icon" src="/static/handbook/framework/listening.svg" width="96"' in area
    value = client.get(f"{page.url}learning/").content.decode()
    assert 'src="/static/handbook/framework/learning.svg" width="96"' in value


@pytest.mark.django_db
def test_a_translation_with_its_own_slug_keeps_its_original_drawing(client, home_page):
    area = FrameworkAreaFactory(name="Listening", slug="listening", sort_order=0)
    welsh = area.copy_for_translation(Locale.objects.get_or_create(language_code="cy")[0])
    welsh.name, welsh.slug = "Gwrando", "gwrando"
    welsh.save()
    translated = FrameworkArea.objects.filter(pk=welsh.pk).with_stable_slug().get()
    assert translated.stable_slug == "listening"
    assert framework_illustration(translated) == "/static/handbook/framework/listening.svg"


@pytest.mark.django_db
def test_an_area_without_a_drawing_shows_the_sites_mark(client, home_page):
    page = FrameworkPageFactory(parent=home_page)
    FrameworkAreaFactory(name="Something new", slug="something-new", sort_order=0)
    overview = client.get(page.url).content.decode()
    assert 'src="/static/handbook/framework/hub.svg" width="48"' in overview
