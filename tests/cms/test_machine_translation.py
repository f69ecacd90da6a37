"""Machine translation is off unless MACHINE_TRANSLATOR names a service, and then has
wagtail-localize's own setting shape; a missing key or an insecure address is a clear error."""

import re

import pytest
from django.conf import settings
from django.utils.module_loading import import_string
from wagtail_localize.machine_translators import get_machine_translator

from cms.settings.env import MissingSetting
from cms.settings.machine_translation import machine_translator


def test_off_by_default():
    assert machine_translator({}) is None
    assert machine_translator({"MACHINE_TRANSLATOR": " "}) is None
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None  # the tests' environment sets none
    assert get_machine_translator() is None  # so the translation editor offers no machine button


def test_reads_the_process_environment(monkeypatch):
    monkeypatch.setenv("MACHINE_TRANSLATOR", "deepl")
    monkeypatch.setenv("DEEPL_AUTH_KEY", "abc:fx")
    assert machine_translator()["OPTIONS"] == {"AUTH_KEY": "abc:fx"}
    monkeypatch.delenv("MACHINE_TRANSLATOR")
    assert machine_translator() is None


def test_deepl(settings):
    config = machine_translator({"MACHINE_TRANSLATOR": "DeepL", "DEEPL_AUTH_KEY": " secret-key:fx "})
    assert config == {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "secret-key:fx"},
    }
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = config
    translator = get_machine_translator()  # wagtail-localize reads the shape as documented
    assert translator.display_name == "DeepL"
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"


def test_libretranslate(settings):
    config = machine_translator(
        {"MACHINE_TRANSLATOR": "libretranslate", "LIBRETRANSLATE_URL": "https://translate.example.org/"}
    )
    assert config == {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {"LIBRETRANSLATE_URL": "https://translate.example.org", "API_KEY": ""},
    }
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = config
    assert get_machine_translator().get_api_endpoint() == "https://translate.example.org"
    local = {"MACHINE_TRANSLATOR": "libretranslate", "LIBRETRANSLATE_URL": "http://localhost:5000"}
    assert machine_translator({**local, "LIBRETRANSLATE_API_KEY": "k"})["OPTIONS"]["API_KEY"] == "k"


def test_google_shape(monkeypatch):
    monkeypatch.setattr("cms.settings.machine_translation._google_installed", lambda: True)
    config = machine_translator(
        {
            "MACHINE_TRANSLATOR": "google",
            "GOOGLE_CLOUD_PROJECT_ID": "hub-translate",
            "GOOGLE_CLOUD_CREDENTIALS_PATH": "/run/key.json",
        }
    )
    assert config == {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {"PROJECT_ID": "hub-translate", "LOCATION": "global", "CREDENTIALS_PATH": "/run/key.json"},
    }


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        ({"MACHINE_TRANSLATOR": "deepl"}, "DEEPL_AUTH_KEY"),
        ({"MACHINE_TRANSLATOR": "libretranslate"}, "LIBRETRANSLATE_URL"),
        ({"MACHINE_TRANSLATOR": "libretranslate", "LIBRETRANSLATE_URL": "http://mt.example.org"}, "https://"),
        ({"MACHINE_TRANSLATOR": "libretranslate", "LIBRETRANSLATE_URL": "translate.example.org"}, "https://"),
        ({"MACHINE_TRANSLATOR": "bing"}, "deepl, libretranslate, google"),
    ],
)
def test_missing_or_insecure_settings_are_named(environ, message):
    with pytest.raises(MissingSetting, match=re.escape(message)):
        machine_translator(environ)


def test_google_without_its_package_says_so(monkeypatch):
    monkeypatch.setattr("cms.settings.machine_translation._google_installed", lambda: False)
    with pytest.raises(MissingSetting, match="google-cloud-translate"):
        machine_translator({"MACHINE_TRANSLATOR": "google", "GOOGLE_CLOUD_PROJECT_ID": "p"})


def test_every_class_exists_in_wagtail_localize():
    for service in ("deepl", "libretranslate"):  # google's module imports google-cloud-translate
        config = machine_translator(
            {
                "MACHINE_TRANSLATOR": service,
                "DEEPL_AUTH_KEY": "k",
                "LIBRETRANSLATE_URL": "https://mt.example.org",
            }
        )
        assert import_string(config["CLASS"]).display_name
