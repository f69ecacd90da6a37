"""Page weight and images: every public page type is light, and images are responsive.

Weight is counted **uncompressed** (the bytes of the HTML plus every stylesheet and script
it links, as stored): the bar of 60 KB then holds however a proxy compresses them. In
production WhiteNoise also serves the CSS gzip- and brotli-compressed with hashed names and
far-future cache headers (checked below with the production storage).
"""

import re
from urllib.parse import urljoin

import pytest
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.models import Page

from cms.demo_images import SCENES
from cms.drawings import DRAWINGS
from events.models import EventPage
from home.models import HomePage
from stories.models import StoryEntry

pytestmark = pytest.mark.django_db

LIMIT = 60 * 1024
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"')


@pytest.fixture
def demo(demo_home, client):
    """A client on the demo content, built once for this module (tests/conftest.py ``demo_once``)."""
    return client


@pytest.fixture
def home_page(demo_home):
    """The demo's own home page: pages a test adds go under it, beside the demo's."""
    return demo_home


def public_urls() -> dict[str, str]:
    """One address for each public page type in the demo, and each routable sub-page."""
    urls = {}
    for page in Page.objects.live().public().filter(locale__language_code="en", depth__gt=1).specific():
        urls.setdefault(type(page).__name__, page.url)
    handbook, stories, events = urls["HandbookIndexPage"], urls["StoryIndexPage"], urls["EventIndexPage"]
    urls.update(
        {
            "glossary": f"{handbook}glossary/",
            "glossary term": f"{handbook}glossary/can/",
            "wanted": f"{handbook}wanted/",
            "framework area": f"{urls['FrameworkPage']}listening/",
            "story library with a tag filter": f"{stories}?tag=housing",
            "story library search": f"{stories}?q=forum",
            "tag list": f"{stories}tags/",
            "tag page": f"{stories}tags/housing/",
            "past events": f"{events}past/",
            "search": "/en/search/?q=network",
        }
    )
    return urls


def weight(client, url: str) -> tuple[int, list[str]]:
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    total, assets = len(response.content), []
    for href in ASSET.findall(html):
        asset = client.get(urljoin(url, href))
        assert asset.status_code == 200, href
        body = b"".join(asset.streaming_content) if asset.streaming else asset.content
        total += len(body)
        assets.append(href)
    return total, assets


def test_every_public_page_type_weighs_under_60_kb_with_its_css_and_js(demo):
    urls = public_urls()
    assert {"HomePage", "StoryPage", "CaseStudyPage", "EventPage", "HandbookPage", "StandardPage"} <= urls.keys()
    heavy = {}
    for label, url in urls.items():
        total, assets = weight(demo, url)
        assert assets, f"{label}: no stylesheet found, the weight would be wrong"
        if total > LIMIT:
            heavy[label] = f"{url}: {total / 1024:.1f} KB"
    assert not heavy, heavy


def test_no_render_blocking_third_party_requests(demo):
    for label, url in public_urls().items():
        html = demo.get(url).content.decode()
        for href in ASSET.findall(html):
            assert href.startswith("/"), f"{label} loads {href} from another host"


def lead_image_html(client) -> str:
    from stories.models import StoryPage

    story = StoryPage.objects.live().filter(locale__language_code="en").exclude(lead_image=None).first()
    html = client.get(story.url).content.decode()
    return html.split('class="lead-image lead-image--page"', 1)[1].split("</figure>", 1)[0]


def test_lead_image_is_responsive_modern_sized_and_fetched_first(demo):
    figure = lead_image_html(demo)
    assert figure.count("<picture>") == 1
    assert 'type="image/webp"' in figure
    # No AVIF: encoding it in the request cost a worker 100 MB and a second (decision 0035).
    assert 'type="image/avif"' not in figure
    srcset = re.search(r'<source[^>]+srcset="([^"]+)"', figure).group(1)
    assert len(srcset.split(",")) >= 2, srcset  # several widths to choose from
    img = re.search(r"<img [^>]+>", figure).group(0)
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)  # no layout shift
    assert 'alt="' in img
    assert 'loading="lazy"' not in img  # the largest thing above the fold
    assert 'fetchpriority="high"' in img


def test_images_in_the_text_are_responsive_and_lazy(demo, home_page):
    from cms.factories import StandardPageFactory
    from stories.models import StoryPage

    image = StoryPage.objects.exclude(lead_image=None).first().lead_image
    page = StandardPageFactory(
        parent=home_page,
        title="Pictures",
        slug="pictures",
        body=[("image", {"image": image, "alt_text": "A drawing", "caption": "Our drawing"})],
    )
    html = demo.get(page.url).content.decode()
    figure = html.split('<figure class="figure">', 1)[1].split("</figure>", 1)[0]
    assert 'type="image/webp"' in figure
    assert 'type="image/avif"' not in figure  # decision 0035
    img = re.search(r"<img [^>]+>", figure).group(0)
    assert 'loading="lazy"' in img
    assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
    assert 'alt="A drawing"' in img


def test_a_story_reads_all_its_renditions_in_two_queries_cold_or_warm(demo):
    """The lead image's renditions come with the page (cms/routing.py prefetches them): the
    share card and every size of the picture cost one query together, and the related
    stories' card pictures one more, on the first view after a change as on a repeat view
    (docs/decisions/0034)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from stories.models import StoryPage
    from tests.query_counts import empty_caches

    story = StoryPage.objects.live().get(locale__language_code="en", slug="the-soup-that-started-a-tenants-union")
    demo.get(story.url)
    for cold in (True, False):
        if cold:
            empty_caches()
        with CaptureQueriesContext(connection) as queries:
            html = demo.get(story.url).content.decode()
        renditions = [q["sql"] for q in queries.captured_queries if "wagtailimages_rendition" in q["sql"]]
        assert len(renditions) == 2, renditions
        assert 'property="og:image" content="' in html and 'class="lead-image lead-image--card"' in html


def test_production_static_files_are_compressed_hashed_and_cached_forever(tmp_path, settings, rf):
    """collectstatic with the production storage writes .gz and .br twins and hashed names;
    WhiteNoise serves hashed names compressed, with a ten-year, immutable Cache-Control."""
    from whitenoise.middleware import WhiteNoiseMiddleware

    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", "--noinput", verbosity=0)
    hashed = sorted(tmp_path.glob("cms/css/site.*.css"))
    assert hashed, "no hashed site.css"
    assert hashed[0].with_name(hashed[0].name + ".gz").exists()
    assert hashed[0].with_name(hashed[0].name + ".br").exists()

    middleware = WhiteNoiseMiddleware(lambda request: None)  # as production starts it
    url = "/static/" + hashed[0].relative_to(tmp_path).as_posix()
    response = middleware(rf.get(url, HTTP_ACCEPT_ENCODING="gzip, br"))
    assert response.status_code == 200
    assert "max-age=315360000" in response["Cache-Control"]
    assert "immutable" in response["Cache-Control"]
    assert response["Content-Encoding"] == "br"


def test_demo_images_are_the_projects_own_drawings_with_their_licence(demo):
    """Stories, events and the home page open with scenes drawn for the project (SVG in the
    repository, rasterised when the demo loads), each credited with its author and licence."""
    for scene, (title, alt) in SCENES.items():
        assert (DRAWINGS / f"{scene}.svg").read_text().startswith("<svg")
        image = Image.objects.get(title=title)
        assert (image.width, image.height) == (1440, 810) and image.file.name.endswith(".png")
        assert image.description == alt
        assert image.credit.author == "Social Action Hub contributors" and image.credit.licence == "CC BY 4.0"
    english = {"locale__language_code": "en"}
    assert StoryEntry.objects.filter(**english).exclude(lead_image=None).count() >= 6
    assert EventPage.objects.filter(**english).exclude(lead_image=None).count() >= 5
    assert HomePage.objects.filter(**english).get().lead_image.title in {title for title, _alt in SCENES.values()}
    home = demo.get("/en/").content.decode()
    assert 'class="lead-image lead-image--hero"' in home and 'rel="license">CC BY 4.0</a>' in home
    assert 'rel="license">CC BY 4.0</a>' in lead_image_html(demo)
