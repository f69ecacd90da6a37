"""An Arabic glossary is listed under the Arabic alphabet, each word under its first letter after
the article "ال" (and every form of alef under ا); Latin abbreviations go under #. The Python rule
(a term already read) and the database's (filtering, the letters shown, reading order) agree."""

import re
from urllib.parse import quote

import pytest

from cms.demo_translations import translate_page
from handbook.alphabets import ARABIC, LATIN, OTHER_LETTER
from handbook.factories import GlossaryTermFactory, HandbookIndexPageFactory
from handbook.models.glossary import GlossaryTerm

pytestmark = pytest.mark.django_db

ARABIC_TERMS = {
    "deep-listening": "الإصغاء العميق",  # the article, then alef with hamza below: under ا
    "solidarity": "التضامن",  # the article, then ت
    "circle": "حلقة دعم",  # no article: under ح
    "meeting": "لقاء ودّي",  # starts with lam, not the article: under ل
    "security": "أمن جماعي",  # alef with hamza above: under ا
    "can": "CAN",  # a Latin abbreviation: under #
}


@pytest.fixture
def arabic_glossary(translated_site, locales, silent):
    handbook = HandbookIndexPageFactory(parent=translated_site["en"]["home"])
    arabic = translate_page(handbook, "ar", {}, silent)
    for slug, term in ARABIC_TERMS.items():
        GlossaryTermFactory(term=term, slug=slug, locale=locales["ar"])
    return arabic


def listed(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return re.findall(r'<div class="glossary-list__item" id="term-([^"]+)">', response.content.decode())


def test_the_arabic_glossary_files_words_by_their_letter_after_the_article(client, arabic_glossary):
    glossary = arabic_glossary.url + "glossary/"
    page = client.get(glossary).content.decode()
    for letter in ("ا", "ت", "ح", "ل"):  # the letters that have words are links, and headings
        assert f'href="{glossary}?letter={quote(letter)}"' in page
    assert '<h2 id="letter-ا">ا</h2>' in page  # a heading id of its own, not a shared "other"
    assert "?letter=A" not in page  # no Latin alphabet on the Arabic page
    assert set(listed(client, glossary + "?letter=ا")) == {"deep-listening", "security"}
    assert listed(client, glossary + "?letter=ت") == ["solidarity"]
    assert listed(client, glossary + "?letter=ل") == ["meeting"]
    assert listed(client, glossary + "?letter=%23") == ["can"]
    # Reading order follows the letter after the article: ا, then ت, ح, ل.
    order = [slug for slug in listed(client, glossary) if slug != "can"]
    assert order.index("security") < order.index("solidarity") < order.index("circle") < order.index("meeting")
    assert order.index("deep-listening") < order.index("solidarity")
    # The way back from a term opens its letter.
    assert "solidarity" in listed(client, glossary + "?term=solidarity")


@pytest.mark.parametrize("alphabet", [LATIN, ARABIC], ids=["latin", "arabic"])
def test_python_and_the_database_file_every_term_under_the_same_letter(alphabet, locales):
    texts = [*ARABIC_TERMS.values(), "Bread fund", "bail", "Élan", "7-hour rota", "آفاق", "ءاية"]
    for i, text in enumerate(texts):
        GlossaryTermFactory(term=text, slug=f"t{i}", locale=locales["ar"])
    terms = GlossaryTerm.objects.filter(locale=locales["ar"])
    assert terms.initials(alphabet) == {alphabet.letter_of(text) for text in texts}
    for letter in (*alphabet.letters, OTHER_LETTER):
        expected = {text for text in texts if alphabet.letter_of(text) == letter}
        assert set(terms.starting_with(letter, alphabet).values_list("term", flat=True)) == expected, letter
