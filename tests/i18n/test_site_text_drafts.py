"""Site text keeps drafts, revisions and a preview; its translations too (issue #16).

Through the real admin views: "Save draft" never changes the live header or footer, "Publish"
does; the preview shows the draft's footer inside a page shell with the admin's policy; a Welsh
translation made with wagtail-localize is a draft until it is published in the translation
editor, and then the Welsh footer changes.
"""

import re

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from cms import cache
from cms.models import SiteText
from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


def _footer(html: str) -> str:
    return re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)


def _url(name, *args):
    return reverse(SiteText.snippet_viewset.get_url_name(name), args=args)


@pytest.fixture
def site_text(translated_site, locales, admin_user):
    text = SiteText.objects.create(locale=locales["en"], tagline="Learning together", footer_text="Shared with care.")
    text.save_revision(user=admin_user).publish(user=admin_user)
    text.refresh_from_db()
    return text


def _edit(client, text, publish=False, **changes):
    url = _url("edit", text.pk)
    data = form_data(client.get(url).content.decode(), SiteText.snippet_viewset.get_form_class())
    data.update(changes)
    if publish:
        data["action-publish"] = "action-publish"
    assert client.post(url, data).status_code == 302
    text.refresh_from_db()


def test_a_saved_draft_leaves_the_live_footer_alone_until_published(admin_client, client, settings, site_text):
    settings.CMS_PAGE_CACHE = True
    assert "Shared with care." in _footer(client.get("/en/").content.decode())
    generation = cache.generation()
    _edit(admin_client, site_text, footer_text="A draft footer.")
    assert site_text.footer_text == "Shared with care."
    assert cache.generation() == generation
    footer = _footer(client.get("/en/").content.decode())
    assert "Shared with care." in footer and "A draft footer." not in footer
    _edit(admin_client, site_text, publish=True, footer_text="The new footer.")
    assert "The new footer." in _footer(client.get("/en/").content.decode())
    history = admin_client.get(_url("history", site_text.pk)).content.decode()
    assert site_text.revisions.count() == 3 and "revisions/compare" in history


def test_a_site_text_never_published_is_not_shown(admin_client, client, locales, translated_site):
    url = _url("add") + "?locale=cy"
    data = form_data(admin_client.get(url).content.decode(), SiteText.snippet_viewset.get_form_class())
    data.update({"tagline": "", "footer_text": "Drafft yn unig."})
    assert admin_client.post(url, data).status_code == 302
    assert not SiteText.objects.get(locale=locales["cy"]).live
    assert "Drafft yn unig." not in client.get("/cy/").content.decode()


def test_the_preview_shows_the_draft_footer_with_the_admin_policy(admin_client, client, site_text):
    url = _url("preview_on_edit", site_text.pk)
    data = form_data(admin_client.get(_url("edit", site_text.pk)).content.decode())
    data["footer_text"] = "Only in the preview."
    data["tagline"] = "A previewed tagline"
    assert admin_client.post(url, data).json() == {"is_valid": True, "is_available": True}
    response = admin_client.get(url, {"in_preview_panel": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Only in the preview." in _footer(html)
    assert "A previewed tagline" in html
    csp = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";") if part.strip())
    assert csp["frame-ancestors"] == "'self'"
    assert "Only in the preview." not in client.get("/en/").content.decode()


def test_a_welsh_translation_is_a_draft_until_published_in_the_translation_editor(
    admin_client, client, site_text, locales, django_capture_on_commit_callbacks
):
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["cms", "sitetext", site_text.pk])
    assert admin_client.post(submit, {"locales": [locales["cy"].pk]}).status_code == 302
    welsh = SiteText.objects.get(locale=locales["cy"], translation_key=site_text.translation_key)
    assert not welsh.live  # wagtail-localize made a draft: the Welsh site still shows the default
    assert "Shared with care." in _footer(client.get("/cy/").content.decode())

    source = TranslationSource.objects.get_for_instance(site_text)
    translation = Translation.objects.get(source=source, target_locale=locales["cy"])
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"Learning together": "Dysgu gyda'n gilydd", "Shared with care.": "Rhannwyd yn ofalus."}[
            entry.msgid
        ]
    translation.import_po(po, user=None, translation_type="manual")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(_url("edit", welsh.pk), {"action": "publish"})
    assert response.status_code == 302
    welsh.refresh_from_db()
    assert welsh.live and welsh.live_revision is not None
    assert "Rhannwyd yn ofalus." in _footer(client.get("/cy/").content.decode())
    assert Locale.get_default().language_code == "en"
