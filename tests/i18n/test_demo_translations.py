"""The demo loader translates the home and About pages through wagtail-localize."""

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

pytestmark = pytest.mark.django_db


def test_demo_translations_are_wagtail_localize_records_editors_can_continue(client):
    call_command("load_demo_content")
    for code in ("cy", "ar"):
        translations = Translation.objects.filter(target_locale__language_code=code)
        translated_titles = {t.get_target_instance().title for t in translations}
        assert {"Dysgu oddi wrth ein gilydd", "Am y rhwydwaith"} <= translated_titles or {
            "نتعلّم من بعضنا",
            "عن الشبكة",
        } <= translated_titles
        assert StringTranslation.objects.filter(locale__language_code=code, translation_type="machine").exists()
    assert Page.objects.filter(locale__language_code="ar", live=True, url_path__endswith="/about/").exists()

    arabic_home = client.get("/ar/").content.decode()
    assert "نتعلّم من بعضنا" in arabic_home
    assert '<a href="/ar/about/">عن الشبكة</a>' in arabic_home  # the navigation is in Arabic too
    assert "Am y rhwydwaith" in client.get("/cy/about/").content.decode()
    # Strings the demo table lacks (a person's name) stay as in English.
    assert "Ama" in client.get("/ar/about/").content.decode()
