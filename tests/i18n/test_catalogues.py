"""The Welsh and Arabic message catalogues are complete and well-formed.

Every string in the templates and Python code reaches `locale/<lang>/LC_MESSAGES/django.po`
through `makemessages`; these tests fail as soon as one is left untranslated or fuzzy (a
fuzzy entry is ignored by `compilemessages`, so readers would silently get English), or when
a translation drops a placeholder or has the wrong number of plural forms.
"""

import re
from pathlib import Path

import django
import polib
import pytest
from django.conf import settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = ["cy", "ar"]
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[sdif]")


def _catalogue(code: str) -> polib.POFile:
    return polib.pofile(str(LOCALE_DIR / code / "LC_MESSAGES" / "django.po"))


def _entries(code: str) -> list[polib.POEntry]:
    return [entry for entry in _catalogue(code) if not entry.obsolete]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_message_is_translated_and_none_is_fuzzy(code):
    entries = _entries(code)
    assert len(entries) > 400  # the whole project, not only the shell
    untranslated = [entry.msgid for entry in entries if not entry.translated()]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert untranslated == [], f"{len(untranslated)} untranslated in {code}: {untranslated[:5]}"
    assert fuzzy == [], f"{len(fuzzy)} fuzzy in {code}: {fuzzy[:5]}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_placeholders_survive_translation(code):
    for entry in _entries(code):
        if entry.msgid_plural:
            wanted = set(PLACEHOLDER.findall(entry.msgid_plural))
            for form in entry.msgstr_plural.values():
                found = set(PLACEHOLDER.findall(form))
                # A form may spell out its number ("no results", "two entries") instead of the count.
                assert found <= wanted and wanted - found <= {"%(counter)s", "%(counter)d"}, (entry.msgid, form)
        else:
            assert set(PLACEHOLDER.findall(entry.msgstr)) == set(PLACEHOLDER.findall(entry.msgid)), entry.msgid


@pytest.mark.parametrize("code", LANGUAGES)
def test_plural_forms_match_django_own_catalogue(code):
    """Django merges our catalogue with its own: the Plural-Forms header must agree with Django's
    (Welsh 4 forms, Arabic 6), and every plural entry must give that many forms."""
    django_po = polib.pofile(str(Path(django.__file__).parent / "conf" / "locale" / code / "LC_MESSAGES" / "django.po"))
    ours = _catalogue(code)
    nplurals = int(re.search(r"nplurals=(\d+)", ours.metadata["Plural-Forms"]).group(1))
    assert nplurals == int(re.search(r"nplurals=(\d+)", django_po.metadata["Plural-Forms"]).group(1))
    plurals = [entry for entry in ours if entry.msgid_plural and not entry.obsolete]
    assert plurals
    for entry in plurals:
        assert len(entry.msgstr_plural) == nplurals, entry.msgid
        assert all(entry.msgstr_plural.values()), entry.msgid


@pytest.mark.parametrize(
    ("code", "english", "expected"),
    [
        ("cy", "Filter events", "Hidlo digwyddiadau"),
        ("ar", "Filter events", "تصفية الفعاليات"),
        ("cy", "Send in a case study", "Anfon astudiaeth achos"),
        ("ar", "Glossary: the words we use", "المسرد: الكلمات التي نستخدمها"),
    ],
)
def test_compiled_catalogue_is_what_readers_get(code, english, expected):
    with translation.override(code):
        assert translation.gettext(english) == expected


def test_plurals_pick_the_right_form_in_arabic():
    with translation.override("ar"):
        two = translation.ngettext("(%(counter)s entry)", "(%(counter)s entries)", 2) % {"counter": 2}
        eleven = translation.ngettext("(%(counter)s entry)", "(%(counter)s entries)", 11) % {"counter": 11}
    assert two == "(2 مدخلان)"
    assert eleven == "(11 مدخلًا)"
