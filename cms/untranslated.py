"""Which text on a Welsh or Arabic page is still in the original language, so templates can
mark it with ``lang``/``dir`` (``{% untranslated obj value %}`` in ``language_tags``).

Wagtail idiom: wagtail-localize fills a translation's untranslated strings with the source
text, so a string of a translated page or snippet that is *identical* to a string of its
original (same ``translation_key``, default locale) is untranslated: shown in English, it must
say so, or English sentences render with their punctuation on the wrong side inside a
right-to-left page. An object of the default locale shown on such a page (a snippet not
translated yet) is English throughout.

Cost: nothing on English pages (and in the English content of a page shown through the
language fallback: English is active there). On a Welsh or Arabic page, one query for a page's
original (and one per child relation, only when a string is not among its fields), and one
query per snippet model for the originals of all that model's translations in the language.
"""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import get_language_info
from modelcluster.models import get_all_child_relations
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page

_MEMO = "_cms_untranslated"


def original_language() -> dict:
    code = settings.LANGUAGE_CODE
    return {"code": code, "dir": "rtl" if get_language_info(code)["bidi"] else "ltr"}


def is_untranslated(request, obj, value) -> bool:
    """Is ``value`` (a string, rich text or a StreamField block of ``obj``) shown in the
    original language on a page in another language?"""
    if not translation.get_language() or translation.get_language() == settings.LANGUAGE_CODE:
        return False
    strings = list(_strings_of(value))
    if not strings or not hasattr(obj, "translation_key") or request is None:
        return False
    memo = _memo(request)
    if getattr(obj, "locale_id", None) == memo["default_locale_id"]:
        return True  # an object not translated at all: English throughout
    originals = _original_strings(request, obj)
    if all(text in originals for text in strings):
        return True
    if isinstance(obj, Page):
        return all(text in originals or text in _child_strings(request, obj) for text in strings)
    return False


def _memo(request) -> dict:
    memo = getattr(request, _MEMO, None)
    if memo is None:
        default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()
        memo = {"default_locale_id": default, "objects": {}, "models": {}, "children": {}}
        setattr(request, _MEMO, memo)
    return memo


def _original_strings(request, obj) -> frozenset:
    memo = _memo(request)
    if isinstance(obj, Page):
        key = ("page", obj.translation_key)
        if key not in memo["objects"]:
            original = (
                Page.objects.filter(translation_key=obj.translation_key, locale_id=memo["default_locale_id"])
                .specific()
                .first()
            )
            memo["objects"][key] = original
        original = memo["objects"][key]
        return _field_strings(original) if original is not None else frozenset()
    model = type(obj)
    label = model._meta.label_lower
    if label not in memo["models"]:
        # Every original of this model that has a translation in the object's language: one query.
        keys = model._default_manager.filter(locale_id=obj.locale_id).values("translation_key")
        originals = model._default_manager.filter(locale_id=memo["default_locale_id"], translation_key__in=keys)
        memo["models"][label] = {original.translation_key: _field_strings(original) for original in originals}
    return memo["models"][label].get(obj.translation_key, frozenset())


def _child_strings(request, page) -> frozenset:
    """Strings of the original page's inline objects (per-date notes, programme rows…)."""
    memo = _memo(request)
    key = page.translation_key
    if key not in memo["children"]:
        original = memo["objects"].get(("page", key))
        found = set()
        if original is not None:
            for relation in get_all_child_relations(original):
                for child in getattr(original, relation.get_accessor_name()).all():
                    found |= _field_strings(child)
        memo["children"][key] = frozenset(found)
    return memo["children"][key]


def _field_strings(obj) -> frozenset:
    found = set()
    for field in obj._meta.concrete_fields:
        if isinstance(field, StreamField):
            found.update(_leaves(field.get_prep_value(getattr(obj, field.attname))))
        elif isinstance(field, models.CharField | models.TextField | RichTextField):
            value = getattr(obj, field.attname)
            if isinstance(value, str) and _is_text(value):
                found.add(value.strip())
    return frozenset(found)


def _strings_of(value):
    """The texts of a value as a template shows it: a string, rich text, or a block."""
    if value is None:
        return
    block = getattr(value, "block", None)
    if block is not None and hasattr(value, "value"):  # a StreamField child
        yield from _leaves(block.get_prep_value(value.value))
        return
    source = getattr(value, "source", value)  # RichText keeps the stored HTML as .source
    if isinstance(source, str):
        if _is_text(source):
            yield source.strip()
        return
    if hasattr(value, "raw_data"):  # a whole StreamValue
        yield from _leaves(list(value.raw_data))


def _leaves(data):
    if isinstance(data, str):
        if _is_text(data):
            yield data.strip()
    elif isinstance(data, dict):
        for key, item in data.items():
            if key not in ("id", "type"):
                yield from _leaves(item)
    elif isinstance(data, list | tuple):
        for item in data:
            yield from _leaves(item)


def _is_text(value: str) -> bool:
    """Prose, not a number, a slug or an empty string: at least one letter and one space."""
    value = value.strip()
    return " " in value and any(character.isalpha() for character in value)
