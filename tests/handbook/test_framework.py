"""The framework: areas and values at a glance, each at its own URL, listing what points at it."""

import pytest
from django.urls import reverse
from wagtail.models import Page

from cms.factories import StandardPageFactory
from cms.models import StandardPage
from handbook.factories import (
    FrameworkAreaFactory,
    FrameworkPageFactory,
    FrameworkValueFactory,
    HandbookPageFactory,
)
from handbook.models import FrameworkArea, FrameworkPage
from tests.page_rules import assert_creatable_only_under

pytestmark = pytest.mark.django_db

AREA_NAMES = ["Change", "Action", "Strategy", "Leadership", "Reach", "Listening", "Connect", "Organise"]
VALUE_NAMES = ["Participation", "Accountability", "Reflection", "Learning"]


@pytest.fixture
def framework(home_page):
    for order, name in enumerate(AREA_NAMES):
        FrameworkAreaFactory(
            name=name,
            sort_order=order,
            practices=[("practice", {"text": f"A practice of {name.lower()}", "detail": ""})],
            introduction=f"<p>Why {name.lower()} matters.</p>",
        )
    for order, name in enumerate(VALUE_NAMES):
        FrameworkValueFactory(name=name, sort_order=order)
    return FrameworkPageFactory(parent=home_page)


def test_overview_shows_every_area_with_practices_and_every_value(client, framework):
    html = client.get("/en/framework/").content.decode()
    areas = html.split('class="framework-areas"', 1)[1].split("</ol>", 1)[0]
    positions = [areas.index(f'<a href="/en/framework/{name.lower()}/">{name}</a>') for name in AREA_NAMES]
    assert positions == sorted(positions)
    assert areas.count('<h3 class="framework-area__name">') == 8
    assert '<li class="practice"><span>A practice of listening</span></li>' in areas
    values = html.split('class="framework-values"', 1)[1].split("</ul>", 1)[0]
    for name in VALUE_NAMES:
        assert f'<a href="/en/framework/{name.lower()}/"><strong>{name}</strong></a>' in values


def test_area_page_has_introduction_practices_and_an_invitation_when_empty(client, framework):
    response = client.get("/en/framework/listening/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Listening</h1>" in html
    assert "Why listening matters." in html
    assert "A practice of listening" in html
    assert "Nothing on the site is linked to “Listening” yet." in html
    assert 'href="/en/framework/reach/" rel="prev"' in html
    assert 'href="/en/framework/connect/" rel="next"' in html


def test_value_page(client, framework):
    html = client.get("/en/framework/learning/").content.decode()
    assert "<h1>Learning</h1>" in html
    assert "Practices for this part of the framework are being written." in html


def test_unknown_slug_is_404(client, framework):
    assert client.get("/en/framework/nothing/").status_code == 404


def test_area_lists_live_pages_pointing_at_it_generically(client, framework, handbook):
    listening = FrameworkArea.objects.get(slug="listening")
    page = HandbookPageFactory(parent=handbook, title="Deep listening", slug="deep-listening")
    page.framework_areas.add(listening)
    page.save()
    draft = HandbookPageFactory(parent=handbook, title="Unfinished", slug="unfinished", live=False)
    draft.framework_areas.add(listening)
    draft.save()
    html = client.get("/en/framework/listening/").content.decode()
    pointing = html.split('id="pointing-title"', 1)[1].split("</section>", 1)[0]
    assert "<h3>Handbook pages</h3>" in pointing
    assert f'<a href="{page.url}">Deep listening</a>' in pointing
    assert "Unfinished" not in pointing
    assert "Nothing on the site is linked" not in pointing


def test_pointing_pages_come_from_reverse_relations_not_imports(framework):
    listening = FrameworkArea.objects.get(slug="listening")
    relations = [rel for rel in FrameworkArea._meta.related_objects if rel.many_to_many]
    assert any(rel.related_model.__name__ == "HandbookPage" for rel in relations)
    assert listening.pointing_pages() == []


def test_sitemap_lists_every_area_value_and_glossary_url(client, framework, handbook, can_term):
    xml = client.get("/sitemap.xml").content.decode()
    for slug in ("change", "organise", "participation", "learning"):
        assert f"<loc>http://localhost/en/framework/{slug}/</loc>" in xml
    assert "<loc>http://localhost/en/handbook/glossary/can/</loc>" in xml
    assert "<loc>http://localhost/en/handbook/wanted/</loc>" in xml


def test_overview_has_empty_state(client, home_page):
    FrameworkPageFactory(parent=home_page)
    assert "have not been added yet" in client.get("/en/framework/").content.decode()


def test_framework_page_rules(admin_client, home_page):
    about = StandardPageFactory(parent=home_page, slug="about")
    root = Page.get_first_root_node()
    assert_creatable_only_under(admin_client, FrameworkPage, allowed=[home_page], refused=[about, root])
    framework = FrameworkPageFactory(parent=home_page)
    assert_creatable_only_under(admin_client, FrameworkPage, allowed=[], refused=[home_page, framework])
    assert_creatable_only_under(admin_client, StandardPage, allowed=[], refused=[framework])


def test_editor_can_edit_and_preview_framework(admin_client, framework):
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=(framework.pk,))).status_code == 200
    assert admin_client.get(reverse("wagtailadmin_pages:preview_on_edit", args=(framework.pk,))).status_code == 200
    area = FrameworkArea.objects.get(slug="change")
    assert admin_client.get(reverse("wagtailsnippets_handbook_frameworkarea:edit", args=(area.pk,))).status_code == 200
