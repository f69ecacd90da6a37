"""Fixtures for the language tests: locales, a translated home and About page, compiled messages."""

import fcntl
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils.translation import trans_real
from wagtail.models import Locale

from cms.demo_tools import Progress
from cms.demo_translations import translate_page
from cms.factories import StandardPageFactory

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"

TEST_STRINGS = {
    "Home": {"cy": "Cartref prawf", "ar": "الصفحة التجريبية"},
    "About": {"cy": "Amdanom ni", "ar": "من نحن"},
    "A test page about the network.": {"cy": "Tudalen brawf am y rhwydwaith.", "ar": "صفحة تجريبية عن الشبكة."},
}


@pytest.fixture(scope="session", autouse=True)
def _compiled_messages():
    """`make test` compiles the .po files first; running pytest alone compiles stale ones here.

    A lock keeps the two xdist workers from writing the same .mo at once, and Django's loaded
    catalogues are dropped so the fresh .mo files are read.
    """
    stale = any(
        not po.with_suffix(".mo").exists() or po.with_suffix(".mo").stat().st_mtime < po.stat().st_mtime
        for po in LOCALE_DIR.glob("*/LC_MESSAGES/django.po")
    )
    if stale:
        with open(Path(tempfile.gettempdir()) / "cms-compilemessages.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            call_command("compilemessages", verbosity=0)
            fcntl.flock(lock, fcntl.LOCK_UN)
        trans_real._translations = {}
        trans_real._default = None
        trans_real._active = trans_real.Local()


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "cy", "ar")}


@pytest.fixture
def silent():
    return Progress(lambda line: None)


@pytest.fixture
def translated_site(home_page, locales, silent):
    """Home and About in English, Welsh and Arabic, made and published through wagtail-localize."""
    about = StandardPageFactory(
        parent=home_page, title="About", slug="about", show_in_menus=True, introduction="A test page about the network."
    )
    pages = {"en": {"home": home_page, "about": about}}
    for code in ("cy", "ar"):
        home = translate_page(home_page, code, TEST_STRINGS, silent)
        pages[code] = {"home": home, "about": translate_page(about, code, TEST_STRINGS, silent)}
    return pages
