"""A member's case study carrying the whole XSS corpus in every field, sent in and approved,
then looked for everywhere it appears: public pages, <title> and meta tags, search, tags,
the member area, the admin (dashboard, listings, preview, editor), emails, exports, the API
and the feeds. In HTML no payload may appear raw; elsewhere it must come back exactly as
typed once the format is decoded (and, in a feed's HTML fields, still as text)."""

import csv
import html
import io
import json
from html.parser import HTMLParser

import pytest
from defusedxml.ElementTree import fromstring
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from icalendar import Calendar

from events.factories import EventIndexPageFactory, EventPageFactory
from members.factories import MemberFactory
from members.models import Submission
from stories.models import CaseStudyPage

from .xss_payloads import PAYLOADS
from .xss_submission import TITLE_WORD, payload_fields, payloads_used

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def _client(user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def raw_payloads(text: str) -> list[str]:
    return [payload for payload in PAYLOADS if payload in text]


@pytest.fixture
def case(client, member, moderator, stories_index, form_data):
    """The member sends the case study in; ``case.before`` holds the admin screens seen during
    review; then a moderator approves it."""
    fields = payload_fields()
    client.force_login(member)
    response = client.post("/en/members/submissions/new/", form_data(**fields))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = CaseStudyPage.objects.get()
    editor = _client(moderator)
    before = {
        "admin dashboard panel": editor.get("/admin/"),
        "admin preview (view draft)": editor.get(f"/admin/pages/{page.pk}/view_draft/"),
        "admin page listing": editor.get(f"/admin/pages/{stories_index.pk}/"),
        "admin member submissions": editor.get("/admin/member-submissions/"),
    }
    task_state = page.current_workflow_state.current_task_state
    editor.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    page.refresh_from_db()
    assert page.live
    assert payloads_used(fields) == set(PAYLOADS)  # every payload is in some field
    return type("Case", (), {"fields": fields, "page": page, "before": before, "editor": editor})


def test_no_payload_is_raw_in_any_html_page(client, case, member):
    page, editor, submission = case.page, case.editor, Submission.objects.get()
    # Moderators review; the page editor of a published case study is the Editors' (docs/roles.md).
    curator = MemberFactory(username="ed", email="ed@example.org")
    curator.groups.add(Group.objects.get(name="Editors"))
    tag_slug = page.tags.first().slug
    member_client = _client(member)
    screens = {
        **case.before,
        "public page": client.get(page.url),
        "search results": client.get("/en/search/", {"q": TITLE_WORD}),
        "stories listing": client.get("/en/stories/"),
        "stories search": client.get("/en/stories/", {"q": TITLE_WORD}),
        "tag list": client.get("/en/stories/tags/"),
        "tag page": client.get(f"/en/stories/tags/{tag_slug}/"),
        "member: my submissions": member_client.get("/en/members/submissions/"),
        "member: submission page": member_client.get(f"/en/members/submissions/{submission.pk}/"),
        "admin member submissions (after)": editor.get("/admin/member-submissions/"),
        "admin page editor": _client(curator).get(f"/admin/pages/{page.pk}/edit/"),
        "admin page listing (after)": editor.get(f"/admin/pages/{page.get_parent().pk}/"),
        "admin search": editor.get("/admin/pages/search/", {"q": TITLE_WORD}),
    }
    problems = []
    for name, response in screens.items():
        assert response.status_code == 200, name
        text = response.content.decode()
        problems += [f"{name}: {payload!r}" for payload in raw_payloads(text)]
        if name not in ("tag list", "admin page editor"):
            assert _contains_escaped(text, case.fields["title"]), f"{name} does not show the title"
    assert problems == [], f"{len(problems)} raw payloads:\n" + "\n".join(problems)


def _contains_escaped(text: str, value: str) -> bool:
    """The value shown as text: present once the HTML entities are decoded."""
    return value in html.unescape(text) and value not in text


class _HeadReader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.title, self.meta, self._in_title = "", {}, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._in_title = tag == "title"
        if tag == "meta" and "content" in attrs:
            self.meta[attrs.get("name") or attrs.get("property")] = attrs["content"]

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def test_title_and_meta_tags_hold_the_text_not_markup(client, case):
    text = client.get(case.page.url).content.decode()
    head = _HeadReader()
    head.feed(text)
    assert head.title.startswith(case.fields["title"])  # decoded by the parser: the exact words
    assert head.meta["og:title"] == case.fields["title"]
    assert case.fields["summary"].startswith(head.meta["description"].rstrip("…").strip()[:100])
    assert head.meta["og:description"] == head.meta["description"]


def test_emails_escape_html_and_keep_text_exact(member, stories_index, form_data, moderator, client):
    fields = payload_fields()
    client.force_login(member)
    client.post("/en/members/submissions/new/", form_data(**fields))
    page = CaseStudyPage.objects.get()
    mail.outbox.clear()
    editor = _client(moderator)
    task_state = page.current_workflow_state.current_task_state
    editor.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "<b>ok</b>"})
    decision = next(message for message in mail.outbox if message.to == [member.email])
    assert fields["title"] in decision.body  # plain text: the words as typed, no entities
    html_body = decision.alternatives[0][0]
    assert raw_payloads(html_body) == []
    assert html.escape(fields["title"], quote=False) in html_body.replace("&#x27;", "'").replace("&quot;", '"')
    for message in mail.outbox:
        for content, mimetype in message.alternatives:
            assert mimetype == "text/html" and raw_payloads(content) == [], message.subject


def test_exports_and_api_give_back_the_exact_text_as_data(client, case, member):
    title, summary = case.fields["title"], case.fields["summary"]
    csv_response = client.get("/stories/case-studies.csv")
    assert csv_response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert [row["title"] for row in rows] == [title]
    assert rows[0]["summary"] == summary
    for url in ("/stories/case-studies.json", f"/api/v2/pages/{case.page.pk}/", "/en/members/my-data.json"):
        response = (_client(member) if "members" in url else client).get(url)
        assert response["Content-Type"].startswith("application/json"), url
        assert response["X-Content-Type-Options"] == "nosniff"
        data = json.loads(response.content)
        assert title in _strings(data), url
    api = json.loads(client.get(f"/api/v2/pages/{case.page.pk}/").content)
    assert api["title"] == title and api["summary"] == summary
    assert api["context"] == case.fields["context"]


def _strings(data):
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return [data] if isinstance(data, str) else []


def test_feeds_carry_the_text_escaped_inside_their_html_fields(client, case):
    title, summary = case.fields["title"], case.fields["summary"]
    rss = fromstring(client.get("/en/stories/feed/rss/").content)
    item = rss.find("channel/item")
    assert item.findtext("title") == title  # RSS titles are plain text
    description = item.findtext("description")  # readers render this as HTML
    assert raw_payloads(description) == [] and html.unescape(description) == summary
    atom = fromstring(client.get("/en/stories/feed/atom/").content)
    entry = atom.find(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").get("type", "text") == "text" and entry.findtext(f"{ATOM}title") == title
    atom_summary = entry.find(f"{ATOM}summary")
    assert atom_summary.get("type") == "html"
    assert raw_payloads(atom_summary.text) == [] and html.unescape(atom_summary.text) == summary
    categories = {category.get("term") for category in entry.findall(f"{ATOM}category")}
    assert categories == {tag.name for tag in case.page.tags.all()}


def test_calendar_files_round_trip_every_payload(client, home_page):
    index = EventIndexPageFactory(parent=home_page)
    for number, payload in enumerate(PAYLOADS[:20]):
        EventPageFactory(parent=index, slug=f"event-{number}", title=payload[:120], summary=f"Bring {payload}")
    for url in (f"{index.url}feed.ics", f"{index.url}{index.get_children().first().slug}/event.ics"):
        response = client.get(url)
        assert response["Content-Type"].startswith("text/calendar")
        events = Calendar.from_ical(response.content).walk("VEVENT")
        summaries = {str(event["SUMMARY"]) for event in events}
        assert summaries <= {payload[:120] for payload in PAYLOADS[:20]} and summaries
        assert all(str(event["DESCRIPTION"]).startswith("Bring ") for event in events)
