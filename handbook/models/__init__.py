"""Handbook, glossary and framework models."""

from .framework import FrameworkArea, FrameworkValue
from .framework_page import FrameworkPage
from .gaps import GapContribution, HandbookGap
from .glossary import GlossaryTerm, GlossaryTermPage
from .handbook import HandbookPage, HandbookTree
from .index import HandbookIndexPage

__all__ = [
    "FrameworkArea",
    "FrameworkPage",
    "FrameworkValue",
    "GapContribution",
    "GlossaryTerm",
    "GlossaryTermPage",
    "HandbookGap",
    "HandbookIndexPage",
    "HandbookPage",
    "HandbookTree",
]
