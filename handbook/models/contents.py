"""The handbook index's contents, a page at a time: its sections, each with its first few
sub-sections and how many more there are.

Three queries however big the handbook grows: the number of sections (for the pages), the
sections on this page, and their first sub-sections with each section's total (a window
function, so the sub-sections not shown are counted, not read). Deeper pages are listed on
their section's own page ("In this section"), so every page stays a click or two away.
"""

from dataclasses import dataclass, field

from django.core.paginator import Page as PageOfItems
from django.core.paginator import Paginator
from django.db.models import Count, F, Window
from django.db.models.functions import RowNumber, Substr
from wagtail.models import Page

from .handbook import TREE_FIELDS, HandbookPage

SECTIONS_PER_PAGE = 8
SUBSECTIONS_SHOWN = 3


@dataclass
class Section:
    page: HandbookPage
    url: str
    children: list[tuple[str, Page]] = field(default_factory=list)  # (address, page)
    child_count: int = 0

    @property
    def more(self) -> int:
        return self.child_count - len(self.children)


def contents_page(index: Page, request, number) -> tuple[PageOfItems, list[Section]]:
    """The page ``number`` of the index's sections (Django's ``Paginator``: a missing or
    wrong number gives the first or the last page) and those sections with their children.
    A sub-section's address is its section's plus the rest of its URL path (no lookup)."""
    sections = (
        HandbookPage.objects.live()
        .filter(path__startswith=index.path, depth=index.depth + 1)
        .order_by("path")
        .only(*TREE_FIELDS, "introduction")
    )
    page_obj = Paginator(sections, SECTIONS_PER_PAGE).get_page(number)
    found = {section.path: Section(section, section.get_url(request)) for section in page_obj}
    if not found:
        return page_obj, []
    parent_path = Substr("path", 1, len(index.path) + Page.steplen)
    children = (
        Page.objects.live()
        .filter(depth=index.depth + 2)
        .annotate(parent_path=parent_path)
        .filter(parent_path__in=list(found))
        .annotate(
            rank=Window(RowNumber(), partition_by=[F("parent_path")], order_by=F("path").asc()),
            siblings=Window(Count("id"), partition_by=[F("parent_path")]),
        )
        .filter(rank__lte=SUBSECTIONS_SHOWN)
        .order_by("path")
        .only(*TREE_FIELDS)
    )
    for child in children:
        section = found[child.parent_path]
        section.children.append((section.url + child.url_path[len(section.page.url_path) :], child))
        section.child_count = child.siblings
    return page_obj, list(found.values())
