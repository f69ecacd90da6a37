"""Internal links lead to the linked page's live translation in the reader's language.

wagtail-localize does not remap page links when it translates: a translation's rich-text
``<a linktype="page" id=…>``, its page-chooser blocks (see-also) and page-chooser fields keep
the ids of the source's pages, "because we can localize them at runtime easily" (its
``fields.py`` and ``segments/extract.py``). Wagtail's own rich-text handler does so with
``page.localized``, two queries per link; page choosers rendered with ``{% pageurl %}`` not at
all. Here both resolve at render time, in the active language, the way ``.localized`` does
(a translation that is not live is never linked; without one the link stays on the original):

- rich text: ``LocalizedPageLinkHandler`` replaces Wagtail's "page" link handler
  (``register_rich_text_features`` in ``cms/wagtail_hooks.py``);
- templates: ``{% localized_page page.call_to_action_page as target %}`` (``cms_tags``), then
  ``{% pageurl target %}`` and ``target.title``.

Cost: one query per page render. ``expect(page)`` (``BasePage.get_context``) notes every page
the page's own fields link to, without a query; the first link rendered then fetches those
pages and their live translations in the active language at once, and later links read the
memo (``PageLinksMiddleware`` keeps it for one request). A link not known beforehand (in a
snippet shown on the page) costs one query for its batch. Outside a request nothing is kept.
"""

from contextvars import ContextVar

from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.html import escape
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler


class _Memo:
    def __init__(self, request=None):
        self.request = request  # for Wagtail's per-request site root paths in ``get_url``
        self.expected: set[int] = set()
        self.found: dict[tuple[str, int], Page | None] = {}  # (language, source id) -> page to link


_memo: ContextVar[_Memo | None] = ContextVar("cms_page_links", default=None)


class PageLinksMiddleware:
    """Keeps the links resolved while one request renders (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set(_Memo(request))
        try:
            return self.get_response(request)  # template responses are rendered inside this call
        finally:
            _memo.reset(token)


def linked_page_ids(page) -> set[int]:
    """The pages ``page``'s own fields link to: rich text, StreamField blocks (Wagtail's own
    ``extract_references``, as its reference index uses) and page foreign keys. No query."""
    ids = set()
    for field in page._meta.concrete_fields:
        if isinstance(field, StreamField | RichTextField):
            for model, object_id, _path, _content_path in field.extract_references(getattr(page, field.attname)):
                if issubclass(model, Page) and str(object_id).isdigit():
                    ids.add(int(object_id))
        elif _is_page_chooser_field(field) and getattr(page, field.attname, None):
            ids.add(getattr(page, field.attname))
    ids.discard(page.pk)
    return ids


def _is_page_chooser_field(field) -> bool:
    """A page foreign key of the page type's own (not Wagtail's ``alias_of`` or ``page_ptr``)."""
    own = field.model is not Page and not field.primary_key
    return own and isinstance(field, models.ForeignKey) and issubclass(field.related_model, Page)


def expect(page) -> None:
    """Note the pages ``page`` links to, so that the first link rendered fetches them all."""
    memo = _memo.get()
    if memo is not None:
        memo.expected |= linked_page_ids(page)


def localize(ids: list[int]) -> dict[int, Page]:
    """For each page id: the page to link to in the active language (its live translation, else
    the page itself), as a plain ``Page`` with its locale. Ids of missing pages are left out."""
    try:
        language = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        language = ""
    memo = _memo.get() or _Memo()
    wanted = {int(pk) for pk in ids if pk is not None and str(pk).isdigit()}
    missing = {pk for pk in wanted if (language, pk) not in memo.found}
    if missing:
        batch = missing | {pk for pk in memo.expected if (language, pk) not in memo.found}
        sources = Page.objects.filter(pk__in=batch).values("translation_key")
        found = list(
            Page.objects.filter(
                Q(pk__in=batch)
                | Q(translation_key__in=sources, locale__language_code=language, live=True, alias_of__isnull=True)
            ).select_related("locale")
        )
        translated = {p.translation_key: p for p in found if p.locale.language_code == language and p.live}
        for page in found:
            if page.pk in batch:
                memo.found[language, page.pk] = translated.get(page.translation_key, page)
        for pk in batch:
            memo.found.setdefault((language, pk), None)
    return {pk: memo.found[language, pk] for pk in wanted if memo.found.get((language, pk)) is not None}


def localized(page: Page | None) -> Page | None:
    """The page to link to instead of ``page`` (itself when it has no live translation)."""
    if page is None:
        return None
    return localize([page.pk]).get(page.pk, page)


class LocalizedPageLinkHandler(PageLinkHandler):
    """Wagtail's rich-text "page" links, resolved through ``localize`` (batched, memoised)."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        ids = [attrs.get("id") for attrs in attrs_list]
        pages = localize(ids)
        memo = _memo.get()
        request = memo.request if memo is not None else None
        tags = []
        for pk in ids:
            page = pages.get(int(pk)) if pk is not None and str(pk).isdigit() else None
            tags.append(f'<a href="{escape(page.get_url(request))}">' if page is not None else "<a>")
        return tags
