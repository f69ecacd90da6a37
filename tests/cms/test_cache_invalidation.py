"""With the page cache on, editing anything a page shows refreshes every page and feed at once.

Each test first fills the cache (and proves the second visit is a cache hit), then edits a
snippet, setting, menu or submission the way the admin does (a model save, a publish, a
workflow approval), and checks every page and feed that shows it has the change on the very
next request: no waiting for the cache to expire.
"""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Site

from cms.cache import HIT_HEADER
from cms.factories import StandardPageFactory
from cms.models import SiteSettings
from events.factories import EventIndexPageFactory, EventPageFactory, PersonFactory, VenueFactory
from handbook.factories import (
    FrameworkAreaFactory,
    FrameworkPageFactory,
    FrameworkValueFactory,
    GlossaryTermFactory,
    HandbookIndexPageFactory,
    HandbookPageFactory,
)
from members.factories import MemberFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings, home_page):
    from django.core.cache import cache

    SiteSettings.for_site(Site.objects.get())  # created on first use, as on a live site
    cache.clear()
    settings.CMS_PAGE_CACHE = True


def warm(client, *urls):
    """Visit each URL twice: the second answer must come from the cache."""
    for url in urls:
        assert client.get(url).status_code == 200, url
        assert client.get(url).get(HIT_HEADER) == "hit", url


def text(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_editing_a_glossary_term_refreshes_the_glossary_its_page_and_every_handbook_page_using_it(client, home_page):
    handbook = HandbookIndexPageFactory(parent=home_page)
    term = GlossaryTermFactory(term="Circle", slug="circle", short_definition="A small group that meets often.")
    HandbookPageFactory(parent=handbook, title="Meeting", slug="meeting", body=[("term", {"term": term, "note": ""})])
    urls = ["/en/handbook/meeting/", "/en/handbook/glossary/", "/en/handbook/glossary/circle/"]
    warm(client, *urls)
    for url in urls:
        assert "A small group that meets often." in text(client, url), url

    term.short_definition = "A peer group that meets every week."
    term.save()
    for url in urls:
        html = text(client, url)
        assert "A peer group that meets every week." in html, url
        assert "A small group that meets often." not in html, url


@pytest.fixture
def event_with_venue_and_speaker(home_page):
    index = EventIndexPageFactory(parent=home_page, show_in_menus=True)
    venue = VenueFactory(name="Canal Street Hall", street_address="14 Canal Street", locality="Manchester")
    speaker = PersonFactory(name="Ama Owusu", role="Forum host")
    programme = [
        ("item", {"title": "Welcome", "description": "", "start_time": None, "end_time": None, "speakers": [speaker]})
    ]
    event = EventPageFactory(
        parent=index, title="Tenants' forum", slug="tenants-forum", format="in_person", venue=venue, programme=programme
    )
    return event, venue, speaker


def test_editing_a_speaker_refreshes_the_event_page(client, event_with_venue_and_speaker):
    event, _venue, speaker = event_with_venue_and_speaker
    url = event.url
    warm(client, url)
    assert "Ama Owusu" in text(client, url)

    speaker.name = "Ama Owusu-Grant"
    speaker.save()
    assert "Ama Owusu-Grant" in text(client, url)


def test_editing_a_venue_refreshes_the_event_listing_page_and_calendar_feeds(client, event_with_venue_and_speaker):
    event, venue, _speaker = event_with_venue_and_speaker
    urls = ["/en/events/", event.url, "/en/events/feed.ics", f"{event.url}event.ics"]
    warm(client, *urls)
    for url in urls:
        assert "Canal Street Hall" in text(client, url), url

    venue.name = "Riverside Hall"
    venue.save()
    for url in urls:
        html = text(client, url)
        assert "Riverside Hall" in html, url
        assert "Canal Street Hall" not in html, url


def test_editing_a_framework_area_and_value_refreshes_the_framework_and_stories_that_show_them(client, home_page):
    FrameworkPageFactory(parent=home_page)
    area = FrameworkAreaFactory(name="Listening", slug="listening")
    value = FrameworkValueFactory(name="Care", slug="care")
    index = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory(
        parent=index, title="Street suppers", slug="street-suppers", framework_areas=[area], framework_values=[value]
    )
    urls = ["/en/framework/", "/en/framework/listening/", "/en/framework/care/", story.url, "/en/stories/"]
    warm(client, *urls)

    area.name = "Deep listening"
    area.save()
    value.name = "Mutual care"
    value.save()
    assert "Deep listening" in text(client, "/en/framework/")
    assert "Mutual care" in text(client, "/en/framework/")
    assert "Deep listening" in text(client, "/en/framework/listening/")
    assert "Mutual care" in text(client, "/en/framework/care/")
    story_html = text(client, story.url)
    assert "Deep listening" in story_html and "Mutual care" in story_html
    assert "Deep listening" in text(client, "/en/stories/")  # the filter's choices


def test_editing_site_settings_refreshes_pages_of_every_type(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About", slug="about")
    index = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory(parent=index, title="Street suppers", slug="street-suppers")
    urls = ["/en/", about.url, "/en/stories/", story.url, "/en/search/?q=suppers"]
    warm(client, *urls)

    site_settings = SiteSettings.for_site(Site.objects.get())
    site_settings.tagline = "Networks learning from each other"
    site_settings.contact_email = "hello@example.org"
    site_settings.save()
    for url in urls:
        html = text(client, url)
        assert "Networks learning from each other" in html, url
        assert "hello@example.org" in html, url


def test_adding_a_page_to_the_menu_shows_it_in_the_navigation_of_every_page(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About us", slug="about", show_in_menus=False)
    index = StoryIndexPageFactory(parent=home_page, show_in_menus=True)
    story = StoryPageFactory(parent=index, title="Street suppers", slug="street-suppers")
    urls = ["/en/", "/en/stories/", story.url]
    warm(client, *urls)
    for url in urls:
        assert ">About us</a>" not in text(client, url)

    about.show_in_menus = True
    about.save_revision().publish()
    for url in urls:
        assert ">About us</a>" in text(client, url), url

    # Renaming it in the menu works the same way.
    about.title = "Who we are"
    about.save_revision().publish()
    for url in urls:
        assert ">Who we are</a>" in text(client, url), url


def test_approving_a_member_submission_shows_it_in_the_library_feeds_and_home_page(client, home_page):
    from members.models import Submission
    from members.submissions.workflow import submit

    StoryIndexPageFactory(parent=home_page, show_in_menus=True)
    member = MemberFactory(username="ama", email="ama@example.org")
    moderator = MemberFactory(username="mo", email="mo@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    urls = ["/en/", "/en/stories/", "/en/stories/feed/rss/", "/en/stories/feed/atom/"]
    warm(client, *urls)

    submission = Submission.objects.create(
        owner=member,
        title="Tenants win repairs together",
        summary="Neighbours pooled their complaints.",
        context="Damp flats had gone unrepaired for years.",
        what_was_done="We went to the landlord as a group.",
    )
    submit(submission.pk, member)
    submission.refresh_from_db()
    for url in urls:  # in review: not public yet
        assert "Tenants win repairs together" not in text(client, url), url

    editor = Client()
    editor.force_login(moderator)
    page = submission.page
    task_state = page.current_workflow_state.current_task_state
    editor.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    page.refresh_from_db()
    assert page.live
    for url in urls:
        assert "Tenants win repairs together" in text(client, url), url
