"""Fixtures for the stories library: an index under the home page and the framework."""

import pytest

from handbook.factories import FrameworkAreaFactory, FrameworkValueFactory
from stories.factories import CaseStudyPageFactory, StoryIndexPageFactory, StoryPageFactory


@pytest.fixture
def framework(db):
    areas = {
        slug: FrameworkAreaFactory(name=slug.title(), slug=slug, sort_order=order)
        for order, slug in enumerate(
            ["change", "action", "strategy", "leadership", "reach", "listening", "connect", "organise"]
        )
    }
    values = {
        slug: FrameworkValueFactory(name=slug.title(), slug=slug, sort_order=order)
        for order, slug in enumerate(["participation", "accountability", "reflection", "learning"])
    }
    return {"areas": areas, "values": values}


@pytest.fixture
def index(home_page):
    return StoryIndexPageFactory(parent=home_page, title="Stories", slug="stories", show_in_menus=True)


@pytest.fixture
def make_story(index):
    def make(**fields):
        return StoryPageFactory(parent=index, **fields)

    return make


@pytest.fixture
def make_case(index):
    def make(**fields):
        return CaseStudyPageFactory(parent=index, **fields)

    return make
