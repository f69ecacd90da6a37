"""Site-wide text (tagline, footer) and menus in the reader's language."""

import re

import pytest
from django.urls import reverse
from wagtail.models import Site

from cms.demo_translations import translate_page, translate_snippet
from cms.models import SiteSettings, SiteText
from handbook.factories import HandbookIndexPageFactory

pytestmark = pytest.mark.django_db

STRINGS = {
    "Networks learning together": {"cy": "Rhwydweithiau'n dysgu gyda'i gilydd", "ar": "شبكات تتعلّم معًا"},
    "Shared with care.": {"cy": "Rhannwyd yn ofalus.", "ar": "شورك بعناية."},
    "Handbook": {"cy": "Llawlyfr", "ar": "الدليل"},
}


def _header(html: str) -> str:
    return re.search(r'<header class="site-header">.*?</header>', html, re.S).group(0)


def _footer(html: str) -> str:
    return re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)


@pytest.fixture
def site_text(translated_site, locales, silent):
    text = SiteText.objects.create(
        locale=locales["en"], tagline="Networks learning together", footer_text="Shared with care."
    )
    translate_snippet(text, "cy", STRINGS, silent)
    return text


def test_tagline_and_footer_follow_the_reader_language(client, site_text):
    welsh = client.get("/cy/").content.decode()
    assert "Rhwydweithiau&#x27;n dysgu gyda&#x27;i gilydd" in _header(welsh)
    assert "Rhannwyd yn ofalus." in _footer(welsh)
    english = client.get("/en/").content.decode()
    assert "Networks learning together" in _header(english)
    assert "Shared with care." in _footer(english)
    assert "Rhannwyd" not in english


def test_a_language_without_site_text_shows_the_default_language(client, site_text):
    arabic = client.get("/ar/").content.decode()  # not translated into Arabic yet
    assert "Networks learning together" in _header(arabic)
    assert "Shared with care." in _footer(arabic)


def test_editing_the_welsh_site_text_shows_at_once(client, site_text, locales):
    client.get("/cy/")  # cached
    welsh = site_text.get_translation(locales["cy"])
    welsh.footer_text = "Troedyn newydd."
    welsh.save()
    assert "Troedyn newydd." in _footer(client.get("/cy/").content.decode())


def test_site_settings_text_is_the_fallback_until_site_text_exists(client, home_page):
    SiteSettings.objects.create(site=Site.objects.get(), tagline="Older tagline", footer_text="Older footer")
    html = client.get("/en/").content.decode()
    assert "Older tagline" in _header(html) and "Older footer" in _footer(html)


def test_editors_translate_site_text_with_wagtail_localize(admin_client, site_text, locales):
    """The snippet has the admin's Translate action, and a translation is a draft to review."""
    url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=[SiteText._meta.app_label, SiteText._meta.model_name, site_text.pk],
    )
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Arabic" in response.content.decode()
    response = admin_client.post(url, {"locales": [locales["ar"].pk]})
    assert response.status_code == 302
    arabic = site_text.get_translation(locales["ar"])
    # wagtail-localize copies the text until a translator fills it in: still English, nothing lost.
    assert arabic.tagline == "Networks learning together"


def test_site_settings_edit_form_keeps_what_is_the_same_in_every_language(admin_client, home_page):
    site = Site.objects.get()
    html = admin_client.get(reverse("wagtailsettings:edit", args=["cms", "sitesettings", site.pk])).content.decode()
    assert 'name="contact_email"' in html
    assert 'name="tagline"' not in html and 'name="footer_text"' not in html


def test_main_navigation_uses_translated_page_titles(client, translated_site, silent):
    handbook = HandbookIndexPageFactory(parent=translated_site["en"]["home"], show_in_menus=True)
    translate_page(handbook, "cy", STRINGS, silent)
    nav = re.search(r'<nav class="main-nav".*?</nav>', client.get("/cy/").content.decode(), re.S).group(0)
    assert '<a href="/cy/handbook/">Llawlyfr</a>' in nav
    assert '<a href="/cy/about/">Amdanom ni</a>' in nav
    arabic_nav = re.search(r'<nav class="main-nav".*?</nav>', client.get("/ar/").content.decode(), re.S).group(0)
    # Not translated into Arabic: kept, in English and marked so, at the Arabic address.
    assert '<a href="/ar/handbook/" lang="en" dir="ltr">Handbook</a>' in arabic_nav
    assert '<a href="/ar/about/">من نحن</a>' in arabic_nav


def test_site_text_is_listed_in_the_admin_in_each_language(admin_client, site_text):
    html = admin_client.get(reverse("wagtailsnippets_cms_sitetext:list")).content.decode()
    assert "Networks learning together" in html
    assert (
        "Rhwydweithiau"
        in admin_client.get(reverse("wagtailsnippets_cms_sitetext:list") + "?locale=cy").content.decode()
    )
