"""Fill a Wagtail admin form the way a browser would: from the HTML the admin sends.

``form_data(html)`` reads every input, textarea and select of the page's edit form (Wagtail's
own ``querydict_from_html`` logic). StreamField inputs are built by the admin's JavaScript, so
they are not in the HTML: each one is sent empty (``<name>-count=0``), which drafts and
previews accept (Wagtail defers required fields there).
"""

import pytest
import wagtail_factories
from django.http import QueryDict
from wagtail.blocks.base import BlockWidget
from wagtail.models import Locale, get_page_models
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import _querydict_from_form

from cms.factories import ImageCreditFactory, StandardPageFactory
from cms.models import SiteText
from events.factories import EventIndexPageFactory, EventPageFactory, OrganisationFactory, PersonFactory, VenueFactory
from handbook.factories import (
    FrameworkAreaFactory,
    FrameworkPageFactory,
    FrameworkValueFactory,
    GlossaryTermFactory,
    HandbookIndexPageFactory,
    HandbookPageFactory,
)
from members.factories import JoinPageFactory
from stories.factories import CaseStudyPageFactory, StoryIndexPageFactory, StoryPageFactory


def edit_form(html: str):
    soup = WagtailTestUtils.get_soup(html)
    form = soup.find("form", attrs={"data-edit-form": True}) or soup.find("form", id="page-edit-form")
    assert form is not None, "no edit form on the page"
    return form


def form_data(html: str, form_class=None) -> QueryDict:
    data = _querydict_from_form(edit_form(html))
    if form_class is not None:
        for name, field in form_class.base_fields.items():
            if isinstance(field.widget, BlockWidget) and f"{name}-count" not in data:
                data[f"{name}-count"] = "0"
    return data


@pytest.fixture
def every_page_type(home_page):
    """One page of every creatable page type (and a few snippets), made by the factories."""
    handbook = HandbookIndexPageFactory(parent=home_page)
    events = EventIndexPageFactory(parent=home_page)
    stories = StoryIndexPageFactory(parent=home_page)
    pages = [
        home_page,
        handbook,
        HandbookPageFactory(parent=handbook, title="Listening first", slug="listening-first"),
        FrameworkPageFactory(parent=home_page),
        events,
        EventPageFactory(parent=events, title="Open forum", slug="open-forum"),
        stories,
        StoryPageFactory(parent=stories, title="A food bank grows", slug="a-food-bank-grows"),
        CaseStudyPageFactory(parent=stories, title="Tenants together", slug="tenants-together"),
        StandardPageFactory(parent=home_page, title="About us", slug="about"),
        JoinPageFactory(parent=home_page),
    ]
    for factory_class in (GlossaryTermFactory, FrameworkAreaFactory, FrameworkValueFactory):
        factory_class.create_batch(2)
    VenueFactory.create_batch(2)
    PersonFactory.create_batch(2)
    OrganisationFactory.create_batch(2)
    for _ in range(2):
        ImageCreditFactory(image=wagtail_factories.ImageFactory())
    SiteText.objects.get_or_create(locale=Locale.get_default(), defaults={"tagline": "Learning together"})
    made = {type(page.specific) for page in pages}
    missing = [m.__name__ for m in get_page_models() if m.is_creatable and m not in made]
    assert not missing, f"add a page of each new type here: {missing}"
    return [page.specific for page in pages]
