"""Lead images as a reader meets them: a story's, an event's and the home page's picture, and
the pictures on their cards, in modern formats at the width the layout needs, with the
image's author and licence under it (templates/components/lead_image.html)."""

import re

import pytest
from django.core.exceptions import ValidationError

from cms.factories import DrawingFactory, ImageCreditFactory
from cms.models import Licence
from events.factories import EventIndexPageFactory, EventPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db


@pytest.fixture
def drawing(db):
    image = DrawingFactory(title="Soup night", scene="shared-meal")
    ImageCreditFactory(image=image, author="Ama Mensah", licence=Licence.CC_BY_SA)
    return image


def figure(html: str, variant: str) -> str:
    """The ``<figure>`` of the first lead image of this variant in ``html``."""
    assert f'class="lead-image lead-image--{variant}"' in html, variant
    return html.split(f'class="lead-image lead-image--{variant}"', 1)[1].split("</figure>", 1)[0]


def sources(markup: str) -> dict[str, list[str]]:
    """Each ``<source>``'s type and the widths its srcset offers."""
    found = {}
    for tag in re.findall(r"<source [^>]+>", markup):
        kind = re.search(r'type="([^"]+)"', tag).group(1)
        found[kind] = re.findall(r" (\d+)w", re.search(r'srcset="([^"]+)"', tag).group(1))
    return found


def img(markup: str) -> str:
    return re.search(r"<img [^>]+>", markup).group(0)


def test_a_story_page_leads_with_webp_renditions_sized_and_fetched_first(client, home_page, drawing):
    index = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory(parent=index, lead_image=drawing, lead_image_alt="Neighbours sharing soup")
    lead = figure(client.get(story.url).content.decode(), "page")
    offered = sources(lead)
    assert offered["image/webp"] == ["480", "960", "1440"], offered  # the drawing is 1440 px wide
    tag = img(lead)
    assert 'width="480"' in tag and 'height="270"' in tag  # the drawing's 16:9: no layout shift
    assert 'alt="Neighbours sharing soup"' in tag
    assert 'loading="eager"' in tag and 'fetchpriority="high"' in tag
    assert 'sizes="(max-width: 44rem) 100vw, 42rem"' in tag
    assert re.search(r'src="[^"]+\.jpg"', tag)  # a browser without WebP gets JPEG
    caption = lead.split("<figcaption", 1)[1]
    assert "Ama Mensah" in caption
    assert '<a href="https://creativecommons.org/licenses/by-sa/4.0/" rel="license">CC BY-SA 4.0</a>' in caption


def test_story_cards_show_small_lazy_pictures_and_no_credit(client, home_page, drawing):
    index = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=index, title="Soup night", lead_image=drawing, lead_image_alt="Neighbours sharing soup")
    StoryPageFactory(parent=index, title="No picture")
    html = client.get(index.url).content.decode()
    card = figure(html, "card")
    assert sources(card)["image/webp"] == ["320", "640", "960"]
    tag = img(card)
    assert 'loading="lazy"' in tag and "fetchpriority" not in tag
    assert 'sizes="(min-width: 40rem) 14rem, 100vw"' in tag
    assert 'width="320"' in tag and 'height="180"' in tag
    assert "<figcaption" not in card
    assert html.count('class="lead-image') == 1  # the story without a picture has none


def test_an_event_page_and_its_card_show_the_lead_image(client, home_page, drawing):
    index = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=index, title="Soup and plans", lead_image=drawing, lead_image_alt="Soup night")
    page = figure(client.get(event.url).content.decode(), "page")
    assert "image/webp" in sources(page)
    assert 'fetchpriority="high"' in img(page)
    assert "Ama Mensah" in page
    card = figure(client.get(index.url).content.decode(), "card")
    assert "image/webp" in sources(card)
    assert 'alt="Soup night"' in img(card) and 'loading="lazy"' in img(card)


def test_an_event_image_needs_its_alt_text(home_page, drawing):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home_page))
    event.lead_image, event.lead_image_alt = drawing, " "
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert "lead_image_alt" in error.value.message_dict


def test_home_opens_with_its_statement_picture_and_two_actions(client, home_page, drawing):
    events = EventIndexPageFactory(parent=home_page)
    home_page.introduction = "Networks sharing how they work."
    home_page.lead_image, home_page.lead_image_alt = drawing, "Neighbours sharing soup"
    home_page.call_to_action_page, home_page.call_to_action_text = events, "Come to an event"
    home_page.save_revision().publish()
    html = client.get("/en/").content.decode()
    hero = html.split('<section class="hero"', 1)[1].split("</section>", 1)[0]
    assert hero.index("<h1") < hero.index("Networks sharing how they work.") < hero.index("<picture>")
    actions = re.findall(r'<a class="button[^"]*" href="([^"]+)">([^<]+)</a>', hero)
    assert [text for _href, text in actions] == ["Come to an event", "Share your story"]
    assert actions[0][0] == events.url
    picture = figure(hero, "hero")
    assert "image/webp" in sources(picture)
    assert 'loading="eager"' in img(picture) and 'fetchpriority="high"' in img(picture)
    assert 'sizes="(min-width: 60rem) 35rem, 100vw"' in img(picture)
    assert "CC BY-SA 4.0" in picture


def test_pictures_keep_each_page_within_its_cold_query_budget(client, home_page, drawing, query_budget):
    """The home hero, a story's lead and the cards' pictures come with their pages' queries:
    the images joined, their renditions in one query per list (cold: every cache emptied)."""
    home_page.lead_image, home_page.lead_image_alt = drawing, "Neighbours sharing soup"
    home_page.save_revision().publish()
    index = StoryIndexPageFactory(parent=home_page)
    stories = [
        StoryPageFactory(parent=index, tags=["soup"], lead_image=drawing, lead_image_alt="Soup") for _ in range(4)
    ]
    events = EventIndexPageFactory(parent=home_page)
    for _ in range(3):
        EventPageFactory(parent=events, lead_image=drawing, lead_image_alt="Soup")
    query_budget("/en/", COLD_BUDGET["home"])
    query_budget(index.url, COLD_BUDGET["story library"])
    query_budget(stories[0].url, COLD_BUDGET["story"])  # with three related stories' cards
    query_budget(events.url, COLD_BUDGET["event index"])
