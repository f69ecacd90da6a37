"""Which text on a Welsh or Arabic page is still in the original language, so templates can
mark it with ``lang``/``dir`` (``{% untranslated obj value %}`` in ``language_tags``).

Wagtail idiom: wagtail-localize fills a translation's untranslated strings with the source
text, so a string of a translated page or snippet that is *identical* to a string of its
original (same ``translation_key``, default locale) is untranslated: shown in English, it must
say so, or English sentences render with their punctuation on the wrong side inside a
right-to-left page. An object of the default locale shown on such a page (a snippet not
translated yet) is English throughout.

Cost: nothing on English pages (and in the English content of a page shown through the
language fallback: English is active there). On a Welsh or Arabic page, nothing for the page's
original (the routing reads it with the page: ``cms.routing.loaded_translations``); for a text of its inline
objects, one query per child relation that can hold page text (not the editors' comments, not
the tag links); nothing for rows read through ``with_originals`` (their originals' texts come
in the same query); and one query per snippet model for the originals of all that model's
translations in the language, for other rows.
"""

from django.conf import settings
from django.db import models
from django.db.models import OuterRef, Subquery
from django.utils import translation
from django.utils.translation import get_language_info
from modelcluster.models import get_all_child_relations
from taggit.models import ItemBase
from wagtail.fields import RichTextField, StreamField
from wagtail.models import COMMENTS_RELATION_NAME, Page

from cms.routing import loaded_translations

_MEMO = "_cms_untranslated"
# ``with_originals``: the original's primary key, and each text field's value under this prefix.
_ORIGINAL_PK = "_cms_original_pk"
_ORIGINAL = "_cms_original_"


def original_language() -> dict:
    code = settings.LANGUAGE_CODE
    return {"code": code, "dir": "rtl" if get_language_info(code)["bidi"] else "ltr"}


def is_untranslated(request, obj, value, inline: bool = False) -> bool:
    """Is ``value`` (a string, rich text or a StreamField block of ``obj``; with ``inline``, of
    one of the page's inline objects) shown in the original language on a page in another
    language?"""
    if not translation.get_language() or translation.get_language() == settings.LANGUAGE_CODE:
        return False
    strings = list(_strings_of(value))
    if not strings or request is None or not (hasattr(obj, "translation_key") or _annotated(obj)):
        return False
    original = _original(request, obj)
    if original is None:
        return False
    if original[0] == obj.pk:
        return True  # an object not translated at all: English throughout
    if all(text in original[1] for text in strings):
        return True
    if inline and isinstance(obj, Page):
        return all(text in original[1] or text in _child_strings(request, obj) for text in strings)
    return False


def with_originals(queryset):
    """``queryset`` with each row's original texts (its row of the same ``translation_key`` in
    the default language) read in the same query, so marking its rows asks nothing more.
    Works for model rows and for ``.values()`` rows (add the annotations' names to the fields
    read). Unchanged while the default language is active."""
    if not translation.get_language() or translation.get_language() == settings.LANGUAGE_CODE:
        return queryset
    model = queryset.model
    originals = model._default_manager.filter(
        translation_key=OuterRef("translation_key"), locale__language_code=settings.LANGUAGE_CODE
    ).order_by()
    annotations = {_ORIGINAL_PK: Subquery(originals.values("pk")[:1])}
    for field in _text_fields(model):
        annotations[_ORIGINAL + field.attname] = Subquery(originals.values(field.attname)[:1])
    return queryset.annotate(**annotations)


def original_names(queryset) -> list[str]:
    """The names ``with_originals`` added to ``queryset`` (none when it added nothing), with
    the row's own ``pk``, for a ``.values()`` query."""
    names = [name for name in queryset.query.annotations if name.startswith(_ORIGINAL)]
    return ["pk", *names] if names else []


def _annotated(obj) -> bool:
    return _ORIGINAL_PK in getattr(obj, "__dict__", ())


def _annotated_original(obj) -> tuple | None:
    found = vars(obj)
    pk = found[_ORIGINAL_PK]
    if pk is None:
        return None
    strings = set()
    for name, value in found.items():
        if name.startswith(_ORIGINAL) and name != _ORIGINAL_PK:
            strings.update(_strings_of(value))
    return pk, frozenset(strings)


def _memo(request) -> dict:
    memo = getattr(request, _MEMO, None)
    if memo is None:
        memo = {"pages": {}, "models": {}, "children": {}}
        setattr(request, _MEMO, memo)
    return memo


def _original(request, obj) -> tuple | None:
    """(pk, strings) of ``obj``'s original in the default language, or None."""
    if _annotated(obj):
        return _annotated_original(obj)
    memo = _memo(request)
    default = {"locale__language_code": settings.LANGUAGE_CODE}
    if isinstance(obj, Page):
        if obj.translation_key not in memo["pages"]:
            translations = loaded_translations(obj)
            if translations is not None:
                # The page the request routed to came with its translations (cms/routing.py).
                originals = (row for row in translations if row.locale.language_code == settings.LANGUAGE_CODE)
                original = next(originals, None)
            else:
                # A specific page a template shows: its original has the same type (one query).
                original = type(obj)._default_manager.filter(translation_key=obj.translation_key, **default).first()
            memo["pages"][obj.translation_key] = (
                (original.pk, _field_strings(original), original) if original is not None else None
            )
        return memo["pages"][obj.translation_key]
    model = type(obj)
    label = (model._meta.label_lower, obj.locale_id)
    if label not in memo["models"]:
        # Every original of this model that has a translation in the object's language: one query.
        keys = model._default_manager.filter(locale_id=obj.locale_id).values("translation_key")
        originals = model._default_manager.filter(translation_key__in=keys, **default)
        memo["models"][label] = {item.translation_key: (item.pk, _field_strings(item)) for item in originals}
    return memo["models"][label].get(obj.translation_key)


def _child_strings(request, page) -> frozenset:
    """Strings of the original page's inline objects (per-date notes, programme rows…)."""
    memo = _memo(request)
    key = page.translation_key
    if key not in memo["children"]:
        entry = memo["pages"].get(key)
        original = entry[2] if entry is not None else None
        found = set()
        if original is not None:
            for relation in _text_relations(original):
                for child in getattr(original, relation.get_accessor_name()).all():
                    found |= _field_strings(child)
        memo["children"][key] = frozenset(found)
    return memo["children"][key]


def _text_relations(page) -> list:
    """The child relations whose rows a page shows as text (per-date notes, programme rows):
    not the admin's comments nor the tag links (tags are names, shown as they are)."""
    return [
        relation
        for relation in get_all_child_relations(page)
        if relation.get_accessor_name() != COMMENTS_RELATION_NAME and not issubclass(relation.related_model, ItemBase)
    ]


def _text_fields(model) -> list:
    return [
        field
        for field in model._meta.concrete_fields
        if isinstance(field, StreamField | models.CharField | models.TextField | RichTextField)
    ]


def _field_strings(obj) -> frozenset:
    found = set()
    for field in _text_fields(type(obj)):
        if isinstance(field, StreamField):
            found.update(_leaves(field.get_prep_value(getattr(obj, field.attname))))
        else:
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
