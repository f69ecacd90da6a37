"""The translation editor offers machine translation only when MACHINE_TRANSLATOR is set."""

import pytest
from django.urls import reverse

from cms.settings.machine_translation import machine_translator

pytestmark = pytest.mark.django_db


def _editor(admin_client, page) -> str:
    return admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()


def test_no_machine_translation_by_default(admin_client, translated_site):
    html = _editor(admin_client, translated_site["cy"]["about"])
    assert "&quot;machineTranslator&quot;: null" in html


def test_deepl_is_offered_when_configured(admin_client, translated_site, settings):
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = machine_translator(
        {"MACHINE_TRANSLATOR": "deepl", "DEEPL_AUTH_KEY": "test-key:fx"}
    )
    html = _editor(admin_client, translated_site["cy"]["about"])
    assert "&quot;machineTranslator&quot;: {&quot;name&quot;: &quot;DeepL&quot;" in html
    assert "test-key" not in html  # the key stays on the server
