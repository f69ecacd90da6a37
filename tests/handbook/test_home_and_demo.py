"""The handbook's entry points on the home page, and the handbook's demo content."""

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from handbook.factories import FrameworkPageFactory
from handbook.models import (
    FrameworkArea,
    FrameworkValue,
    GlossaryTerm,
    HandbookGap,
    HandbookIndexPage,
    HandbookPage,
)

pytestmark = pytest.mark.django_db


def test_home_shows_handbook_sections_glossary_and_framework(client, home_page, handbook, ways):
    FrameworkPageFactory(parent=home_page, title="Our framework")
    html = client.get("/en/").content.decode()
    slot = html.split('id="home-handbook"', 1)[1].split("</section>", 1)[0]
    assert f'<a href="{handbook.url}">Handbook</a>' in slot
    assert f'<a href="{ways.url}">Ways of working</a>' in slot
    assert 'href="/en/handbook/glossary/"' in slot
    assert 'href="/en/handbook/wanted/"' in slot
    assert '<a href="/en/framework/">Our framework</a>' in slot
    assert "empty-state" not in slot


def test_home_keeps_its_empty_state_without_a_handbook(client, home_page):
    slot = client.get("/en/").content.decode().split('id="home-handbook"', 1)[1].split("</section>", 1)[0]
    assert 'class="empty-state"' in slot


def test_handbook_and_framework_are_in_the_main_navigation(client, home_page, handbook):
    FrameworkPageFactory(parent=home_page)
    nav = client.get("/en/").content.decode().split('aria-label="Main"', 1)[1].split("</nav>", 1)[0]
    assert ">Handbook</a>" in nav
    assert ">Framework</a>" in nav


def _snapshot():
    return (
        list(Page.objects.order_by("path").values_list("path", "title", "live", "latest_revision_id")),
        list(GlossaryTerm.objects.order_by("slug").values_list("slug", "short_definition")),
        list(HandbookGap.objects.order_by("key").values_list("key", "title", "opened_at")),
        [(a.slug, len(a.practices)) for a in FrameworkArea.objects.all()],
    )


def test_demo_content_is_complete_idempotent_and_serves(client):
    call_command("load_demo_content")
    first = _snapshot()
    call_command("load_demo_content")
    assert _snapshot() == first

    # The demo also translates the handbook and framework: these checks are about the English ones.
    english = Locale.get_default()
    handbook = HandbookIndexPage.objects.get(locale=english)
    sections = HandbookPage.objects.live().descendant_of(handbook)
    assert sections.count() >= 6
    assert sections.filter(depth=handbook.depth + 2).exists()  # two levels
    # Four in English; the translated Ways of working and Styles of working have their two each in
    # Welsh and in Arabic too.
    assert HandbookGap.objects.open().filter(page__locale=english).count() == 4
    assert HandbookGap.objects.open().exclude(page__locale=english).count() == 8
    # "Ways of working" itself has attributed, referenced quotations and gaps of its own.
    ways = sections.get(slug="ways-of-working")
    quotations = [c.value for c in ways.body if c.block_type == "quotation"]
    assert len(quotations) >= 2
    assert all(q["person"] and q["role"] and q["reference"] for q in quotations)
    assert HandbookGap.objects.open().filter(page=ways).count() >= 1
    page = client.get(ways.url).content.decode()
    assert all(q["person"] in page for q in quotations)
    assert "Bridges and shared responsibility" in page
    assert GlossaryTerm.objects.filter(locale=english).count() == 15
    assert FrameworkArea.objects.filter(locale=english).count() == 8
    assert FrameworkValue.objects.filter(locale=english).count() == 4
    assert all(area.practices and area.introduction for area in FrameworkArea.objects.all())
    quoted = [p for p in sections if any(c.block_type == "quotation" and c.value["reference"] for c in p.body)]
    assert quoted
    for url in (
        "/en/handbook/",
        "/en/handbook/ways-of-working/styles-of-working/",
        "/en/handbook/wanted/",
        "/en/handbook/glossary/",
        "/en/handbook/glossary/can/",
        "/en/framework/",
        "/en/framework/listening/",
    ):
        assert client.get(url).status_code == 200, url
    can = client.get("/en/handbook/glossary/can/").content.decode()
    assert "Ways of working" in can.split('id="used-title"', 1)[1]
