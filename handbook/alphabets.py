"""The letters a glossary is listed under, by language: A to Z, or the Arabic alphabet.

An Arabic index files a word by its first letter after the definite article "ال" (so
"الإصغاء العميق" is under ا, not with every other word that starts with the article), and the
alef's hamza and madda forms (أ إ آ) under ا. Whatever is not a letter of the alphabet (a digit,
an accented letter, a Latin abbreviation on an Arabic page) is listed under #.

Each rule is written twice, once in Python (``letter_of``, for a term already read) and once
for the database (``starts_with``, ``first_letter``, ``sort_key``), and the tests hold them to
the same answers.
"""

import string
from dataclasses import dataclass

from django.db.models import Case, F, Q, Value, When
from django.db.models.functions import Lower, Substr

OTHER_LETTER = "#"
ARTICLE = "ال"
ALEF_FORMS = "اأإآ"
ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"  # in the Arabic alphabet's order


@dataclass(frozen=True)
class Alphabet:
    letters: tuple[str, ...]
    article: str = ""  # left out before a word's first letter ("ال")

    def letter_of(self, text: str) -> str:
        """The heading ``text`` is listed under."""
        if self.article and text.startswith(self.article) and len(text) > len(self.article):
            text = text[len(self.article) :]
        first = text[:1].upper()
        if self.article:  # Arabic: one heading for every form of alef
            first = ALEF_FORMS[0] if first in ALEF_FORMS else first
        return first if first in self.letters else OTHER_LETTER

    def _forms(self, letter: str) -> list[str]:
        if self.article and letter == ALEF_FORMS[0]:
            return list(ALEF_FORMS)
        return [letter, letter.lower()] if letter.lower() != letter else [letter]

    def starts_with(self, letter: str) -> Q:
        """Terms listed under ``letter`` (one of ``letters`` or #), for ``filter``."""
        if letter == OTHER_LETTER:
            return ~Q(term__regex=self._letter_regex())
        if not self.article:
            return Q(*(Q(term__startswith=form) for form in self._forms(letter)), _connector=Q.OR)
        own = Q(*(Q(term__startswith=form) for form in self._forms(letter)), _connector=Q.OR)
        after_article = Q(*(Q(term__startswith=self.article + form) for form in self._forms(letter)), _connector=Q.OR)
        return (own & ~Q(term__startswith=self.article)) | after_article

    def _letter_regex(self) -> str:
        if not self.article:
            return r"^[A-Za-z]"
        return rf"^({self.article})?[{ALEF_FORMS}{ARABIC_LETTERS[1:]}]"

    def first_letter(self):
        """The database expression for a term's first letter after the article (one character;
        ``letter_of`` names its heading)."""
        if not self.article:
            return Substr("term", 1, 1)
        return Case(
            When(term__startswith=self.article, then=Substr("term", len(self.article) + 1, 1)),
            default=Substr("term", 1, 1),
        )

    def sort_key(self, value=None):
        """Reading order: whatever the case, and after the article (``value``: a term's own text
        as a database value, to compare others with it)."""
        text = F("term") if value is None else Value(value)
        if not self.article:
            return Lower(text)
        if value is not None:
            stripped = value[len(self.article) :] if value.startswith(self.article) else value
            return Lower(Value(stripped))
        return Lower(
            Case(When(term__startswith=self.article, then=Substr("term", len(self.article) + 1)), default=text)
        )


LATIN = Alphabet(letters=(*string.ascii_uppercase,))
ARABIC = Alphabet(letters=tuple(ARABIC_LETTERS), article=ARTICLE)


def alphabet_for(language_code: str) -> Alphabet:
    return ARABIC if language_code.split("-")[0] == "ar" else LATIN
