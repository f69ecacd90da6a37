"""Fixtures for the handbook tests: a handbook with a section, a sub-section, terms and gaps."""

import pytest

from handbook.factories import GlossaryTermFactory, HandbookIndexPageFactory, HandbookPageFactory


def heading(text, level="h2", anchor=""):
    return ("heading", {"text": text, "level": level, "anchor": anchor})


def gap(title, prompt=""):
    return ("gap", {"title": title, "prompt": prompt})


def quotation(quote, person, role="", reference=""):
    return (
        "quotation",
        {"quote": quote, "person": person, "role": role, "source_title": "", "source_url": "", "reference": reference},
    )


@pytest.fixture
def handbook(home_page):
    return HandbookIndexPageFactory(parent=home_page)


@pytest.fixture
def can_term(db):
    return GlossaryTermFactory(
        term="CAN",
        slug="can",
        short_definition="A group of neighbours who act together on what matters locally.",
        alternative_names="Citizen Action Network\nCommunity Action Network\nClimate Action Network",
    )


@pytest.fixture
def ways(handbook, can_term):
    body = [
        heading("Why ways of working matter"),
        (
            "paragraph",
            '<p>How we work decides what we get.<span class="footnote">Members\' call, winter 2020.</span></p>',
        ),
        heading("Patience", level="h3"),
        quotation("Trust sets the pace, not the plan.", "Dele", "Tenants' forum", "<p>Forum notes, 2021.</p>"),
        (
            "paragraph",
            '<p>Go slowly.<span class="footnote">Second note with <a href="https://example.org">a link</a>.</span></p>',
        ),
        ("term", {"term": can_term, "note": ""}),
        heading("Sharing forward"),
        gap("Sharing forward", "How do groups pass on what they learned?"),
    ]
    return HandbookPageFactory(parent=handbook, title="Ways of working", slug="ways-of-working", body=body)


@pytest.fixture
def styles(ways):
    return HandbookPageFactory(parent=ways, title="Styles of working", slug="styles-of-working")
