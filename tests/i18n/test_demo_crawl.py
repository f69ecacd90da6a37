"""A crawl of the Welsh and Arabic demo sites, as their readers would walk them: no address
answers 404 (every English address has a working Welsh and Arabic one too), every hreflang
alternate answers and points back, and no paragraph of English stands unmarked inside a Welsh
or Arabic page (tests/i18n/language_crawl.py)."""

import lxml.html
import pytest
from django.core.management import call_command

from tests.i18n.language_crawl import crawl, is_english, marked_english, unmarked_english

pytestmark = pytest.mark.django_db


def test_the_welsh_and_arabic_demo_sites_have_no_dead_ends_and_no_unmarked_english(client):
    call_command("load_demo_content", verbosity=0)  # the slow part: one load for every check
    english = crawl(client, "en")
    assert len(english.visited) > 40
    assert english.not_found == []
    english_pages = [path for path, status in english.visited.items() if status == 200]
    for code in ("cy", "ar"):
        # Every English address under the reader's prefix too: translated, or shown in English
        # with a notice (cms/language_fallback.py). Each is checked like any other page.
        result = crawl(client, code, also=tuple(f"/{code}/{path[4:]}" for path in english_pages))
        assert len(result.visited) >= len(english_pages), code
        assert result.not_found == [], code
        assert result.broken_hreflang == [], code
        assert result.unmarked == [], code
        # A whole demo in the language: its translated pages (handbook, framework and every
        # practice, glossary, events and their per-date notes, half the stories) show no English.
        assert result.untranslated == [], code
        assert all(status == 200 for status in result.visited.values()), code


def test_the_detector_finds_english_and_leaves_marked_english_alone():
    """The crawl's check can fail: an English paragraph in a Welsh page is found; the same
    paragraph marked lang="en", and Welsh or Arabic text, are not."""
    sentence = "Talk with the people who never use what you offer, and listen to them."
    assert is_english(sentence)
    assert not is_english("Siaradwch â'r bobl nad ydyn nhw byth yn defnyddio'r hyn rydych chi'n ei gynnig.")
    assert not is_english("تحدّث مع الناس الذين لا يستخدمون ما تقدّمه.")
    page = '<html lang="cy"><body><main><p>{}</p><p lang="en">{}</p><div lang="en"><p>{}</p></div></main></body></html>'
    found = unmarked_english(lxml.html.fromstring(page.format(sentence, sentence, sentence)), "cy")
    assert found == [sentence]
    # English shown untranslated (marked) in the main content is found too; the header is not read.
    marked = (
        '<html lang="ar"><body><header><p lang="en">{}</p></header>'
        '<main><p>نص</p><p lang="en">{}</p></main></body></html>'
    )
    assert marked_english(lxml.html.fromstring(marked.format(sentence, sentence))) == [sentence]
