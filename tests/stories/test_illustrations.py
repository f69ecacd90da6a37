"""A story or case study without a photo shows the drawing of its first area (else its first
value, else the site's mark) on its card and its page; one with a lead image does not."""

import pytest
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

pytestmark = pytest.mark.django_db

FALLBACK = 'class="fallback-illustration'


def card_of(html: str, title: str) -> str:
    """The library's card (its <li>) whose title is ``title``."""
    end = html.index(f">{title}</a>")
    return html[html.rindex('<li class="entry-card">', 0, end) : html.index("</li>", end)]


def test_story_without_image_shows_its_first_areas_drawing_on_card_and_page(client, framework, index, make_story):
    story = make_story(
        title="Bench talks",
        framework_areas=[framework["areas"]["listening"], framework["areas"]["connect"]],
        framework_values=[framework["values"]["learning"]],
    )
    card = card_of(client.get(index.url).content.decode(), "Bench talks")
    assert FALLBACK in card
    assert '<img src="/static/handbook/framework/listening.svg" width="72" height="72" alt=""' in card
    page = client.get(story.url).content.decode()
    assert '<img src="/static/handbook/framework/listening.svg" width="128" height="128" alt=""' in page


def test_value_then_the_sites_mark_when_there_is_no_area(client, framework, index, make_story):
    make_story(title="Only a value", framework_values=[framework["values"]["reflection"]])
    bare = make_story(title="Nothing linked")
    html = client.get(index.url).content.decode()
    assert "/static/handbook/framework/reflection.svg" in card_of(html, "Only a value")
    assert "/static/handbook/framework/hub.svg" in card_of(html, "Nothing linked")
    assert '<img src="/static/handbook/framework/hub.svg" width="128"' in client.get(bare.url).content.decode()


def test_story_with_a_lead_image_shows_no_drawing(client, framework, index, make_story):
    image = Image.objects.create(title="Chairs", file=get_test_image_file())
    story = make_story(
        title="With a photo",
        lead_image=image,
        lead_image_alt="Chairs set out in a ring",
        framework_areas=[framework["areas"]["listening"]],
    )
    assert FALLBACK not in card_of(client.get(index.url).content.decode(), "With a photo")
    page = client.get(story.url).content.decode()
    assert FALLBACK not in page
    assert "/static/handbook/framework/listening.svg" not in page


def test_searching_the_library_keeps_the_drawings(client, framework, index, make_story):
    make_story(title="Bench talks", framework_areas=[framework["areas"]["reach"]])
    html = client.get(index.url, {"q": "bench"}).content.decode()
    assert "/static/handbook/framework/reach.svg" in card_of(html, "Bench talks")


def test_related_story_cards_show_their_drawing(client, framework, make_story):
    listening = framework["areas"]["listening"]
    story = make_story(title="First", framework_areas=[listening])
    make_story(title="Second", framework_areas=[listening, framework["areas"]["organise"]])
    html = client.get(story.url).content.decode()
    related = html[html.index('id="related-heading"') :]
    assert '<img src="/static/handbook/framework/listening.svg" width="72"' in related
