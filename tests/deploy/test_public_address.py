"""One public address: with BASE_URL=https://hub.example.org and requests arriving with an
internal Host (as behind a proxy), every channel the site publishes names that address and no
other: pages (canonical, og:url, og:image, hreflang, JSON-LD), sitemap, robots.txt, story
feeds, calendar files (and their Google/Outlook/webcal links), open data, the read API,
members' emails and data export."""

import json
import re
from urllib.parse import unquote, urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import Client
from wagtail.models import Page, Site

from cms.addresses import sync_default_site
from cms.models import ImageCredit, SiteSettings
from events.models import EventPage, Organisation
from members.models import Submission

pytestmark = pytest.mark.django_db

PUBLIC = "https://hub.example.org"
INTERNAL = "10.0.0.7:8781"  # what an app server sees behind the proxy
# Addresses that are not the site's own and that the site may name: vocabularies, calendar
# services, video players, and the demo content's own outbound links.
OTHERS = {
    "schema.org",
    "www.w3.org",
    "www.sitemaps.org",
    "calendar.google.com",
    "outlook.live.com",
    "purl.org",
    "www.youtube-nocookie.com",
}
URL = re.compile(r"(?:https?|webcal)(?::|%3A)(?://|%2F%2F)[^\s\"'<>)\\]+", re.IGNORECASE)


@pytest.fixture
def public_site(settings, django_capture_on_commit_callbacks):
    settings.WAGTAILADMIN_BASE_URL = settings.WAGTAILAPI_BASE_URL = PUBLIC
    settings.ALLOWED_HOSTS = ["10.0.0.7", "testserver"]
    call_command("load_demo_content", verbosity=0)
    sync_default_site()
    return Site.objects.get(is_default_site=True)


def hosts(text: str) -> set[str]:
    return {urlsplit(unquote(match).replace("webcal://", "https://")).netloc for match in URL.findall(text)}


def external_links_in_content() -> set[str]:
    """Hosts the demo content links to itself (references, organisations, join links, licences)."""
    found = set()
    for page in Page.objects.live().specific():
        found |= hosts(json.dumps(page.serializable_data(), default=str))
    for organisation in Organisation.objects.all():
        found |= hosts(organisation.website)
    for credit in ImageCredit.objects.all():  # an image's licence and source
        found |= hosts(credit.licence_url) | hosts(credit.source_url)
    for site_settings in SiteSettings.objects.all():  # the footer's social links
        found |= hosts(json.dumps(vars(site_settings), default=str))
    return found


def unfold(ics: str) -> str:
    """iCalendar folds long lines (RFC 5545 3.1): join them before reading addresses."""
    return re.sub(r"\r?\n[ \t]", "", ics)


def channels(client) -> dict[str, str]:
    get = lambda url: client.get(url, HTTP_HOST=INTERNAL)  # noqa: E731
    out = {}
    for page in Page.objects.live().filter(depth__gt=1).specific():
        url = page.get_url()
        response = get(urlsplit(url).path)
        assert response.status_code == 200, url
        out[url] = response.content.decode()
    for event in EventPage.objects.live():
        out[f"{event.url}event.ics"] = unfold(get(f"{urlsplit(event.url).path}event.ics").content.decode())
    for url in (
        "/sitemap.xml",
        "/robots.txt",
        "/en/stories/feed/rss/",
        "/en/stories/feed/atom/",
        "/cy/stories/feed/atom/",
        "/en/events/feed.ics",
        "/stories/case-studies.csv",
        "/stories/case-studies.json",
        "/api/v2/pages/?limit=20",
    ):
        response = get(url)
        assert response.status_code == 200, url
        out[url] = unfold(response.content.decode()) if url.endswith(".ics") else response.content.decode()
    detail = json.loads(out["/api/v2/pages/?limit=20"])["items"][0]["meta"]["detail_url"]
    out["api detail"] = get(urlsplit(detail).path).content.decode()
    return out


def test_every_channel_names_the_public_address_only_and_ids_survive_a_move(client, public_site, settings):
    assert public_site.root_url == PUBLIC
    allowed = {"hub.example.org"} | OTHERS | external_links_in_content()
    published = channels(client)
    # Members: allauth's sign-up and password reset emails, a moderation decision, the export.
    mail.outbox.clear()
    client.post(
        "/en/accounts/signup/",
        {"email": "new@example.org", "password1": "a-long-pass-phrase", "password2": "a-long-pass-phrase"},
        HTTP_HOST=INTERNAL,
    )
    client.post("/en/accounts/password/reset/", {"email": "new@example.org"}, HTTP_HOST=INTERNAL)
    page = Submission.objects.get().page
    moderator = Client(HTTP_HOST=INTERNAL)
    moderator.force_login(get_user_model().objects.get(username="moderator"))
    task_state = page.current_workflow_state.current_task_state
    approved = moderator.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert approved.status_code in (200, 302)
    member = get_user_model().objects.get(email="member@example.org")
    client.force_login(member)
    published["export"] = client.get("/en/members/my-data.json", HTTP_HOST=INTERNAL).content.decode()
    assert len(mail.outbox) >= 3
    for number, message in enumerate(mail.outbox):
        bodies = [message.body, *(content for content, _type in getattr(message, "alternatives", []))]
        published[f"email {number}: {message.subject}"] = "\n".join(bodies)

    for name, text in published.items():
        assert "10.0.0.7" not in text and "testserver" not in text and "localhost" not in text, name
        assert hosts(text) <= allowed, (name, hosts(text) - allowed)
    everything = "\n".join(published.values())
    for expected in (
        '<link rel="canonical" href="https://hub.example.org/en/',
        '<meta property="og:url" content="https://hub.example.org/en/',
        'hreflang="cy" href="https://hub.example.org/cy/',
        "<loc>https://hub.example.org/en/",
        "Sitemap: https://hub.example.org/sitemap.xml",
        '<link href="https://hub.example.org/en/stories/feed/atom/" rel="self"',
        "webcal://hub.example.org/en/events/",
        "URL:https://hub.example.org/en/events/",
        '"html_url": "https://hub.example.org/en/',
        '"detail_url": "https://hub.example.org/api/v2/pages/',
        "https://hub.example.org/en/accounts/confirm-email/",
        "https://hub.example.org/en/accounts/password/reset/key/",
        "https://hub.example.org/en/members/submissions/",
    ):
        assert expected in everything, expected

    # A move to another host name: feed readers and calendars see the same entries, not new ones.
    ids_before = identities(client)
    settings.WAGTAILADMIN_BASE_URL = settings.WAGTAILAPI_BASE_URL = "https://moved.example.net"
    assert sync_default_site()
    assert identities(client) == ids_before
    assert "https://moved.example.net/en/" in client.get("/en/stories/feed/atom/", HTTP_HOST=INTERNAL).content.decode()


def identities(client):
    """The Atom entry and feed ids, and the calendar UIDs."""
    atom = client.get("/en/stories/feed/atom/", HTTP_HOST=INTERNAL).content.decode()
    ics = client.get("/en/events/feed.ics", HTTP_HOST=INTERNAL).content.decode()
    ids = re.findall(r"<id>([^<]+)</id>", atom)
    uids = sorted(set(re.findall(r"^UID:(.+?)\r?$", ics, re.MULTILINE)))
    assert len(ids) > 2 and uids
    return ids, uids
