"""Gaps: the wanted list, and readers offering text for a gap without anything being published."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page

from cms.forms import signed_now
from handbook.factories import HandbookPageFactory
from handbook.models import GapContribution, HandbookGap

from .conftest import gap, heading

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Ama Mensah",
    "email": "ama@example.org",
    "text": "We send a short note to the next group that starts up, with what we wish we had known.",
    "consent": "on",
    "website": "",
    "started": signed_now(offset=60),  # shown a minute ago, as a person would take
}


def contribute_url(gap_row):
    return f"/en/handbook/contribute/{gap_row.key}/"


def test_publishing_records_gaps_with_stable_ids(ways):
    stored = HandbookGap.objects.get(page=ways)
    block = next(child for child in ways.body if child.block_type == "gap")
    assert str(stored.key) == block.id
    assert stored.title == "Sharing forward"
    assert stored.section == "Sharing forward"
    # Editing and republishing keeps the same gap (same id, same opening date).
    ways.title = "Ways of working together"
    ways.save_revision().publish()
    again = HandbookGap.objects.get(page=ways)
    assert again.pk == stored.pk
    assert again.opened_at == stored.opened_at


def test_wanted_lists_open_gaps_newest_first(client, handbook, ways):
    newer = HandbookPageFactory(parent=handbook, slug="newer", title="Newer page", body=[gap("Food and fun")])
    HandbookGap.objects.filter(page=ways).update(opened_at=timezone.now() - datetime.timedelta(days=3))
    html = client.get("/en/handbook/wanted/").content.decode()
    assert html.index("Food and fun") < html.index("Sharing forward")
    stored = HandbookGap.objects.get(page=newer)
    assert f'href="{newer.url}#gap-{stored.key}"' in html
    assert f'href="{contribute_url(stored)}"' in html
    assert "How do groups pass on what they learned?" in html
    # The gap's anchor exists on its page.
    assert f'id="gap-{stored.key}"' in client.get(newer.url).content.decode()


def test_filled_or_unpublished_gaps_leave_the_wanted_list(client, handbook, ways):
    ways.body = [heading("Sharing forward"), ("paragraph", "<p>Now written.</p>")]
    ways.save_revision().publish()
    assert not HandbookGap.objects.filter(page=ways).exists()
    other = HandbookPageFactory(parent=handbook, slug="other", body=[gap("Still missing")])
    assert "Still missing" in client.get("/en/handbook/wanted/").content.decode()
    other.unpublish()
    html = client.get("/en/handbook/wanted/").content.decode()
    assert "Still missing" not in html
    assert "Every section of the handbook has been written for now." in html


def test_draft_edits_do_not_change_the_published_gaps(ways):
    ways.body = []
    ways.save_revision()  # a draft, not published
    assert HandbookGap.objects.filter(page=ways).count() == 1


def test_gap_on_page_invites_contribution(client, ways):
    stored = HandbookGap.objects.get(page=ways)
    html = client.get(ways.url).content.decode()
    assert "Section needed" in html
    assert f'href="{contribute_url(stored)}"' in html


def test_contribution_form_shows_limits_and_csrf(client, ways):
    stored = HandbookGap.objects.get(page=ways)
    html = client.get(contribute_url(stored)).content.decode()
    assert "csrfmiddlewaretoken" in html
    assert "Between 20 and 5000 characters" in html
    assert "Up to 100 characters" in html
    assert 'maxlength="5000"' in html
    assert "“Sharing forward”" in html


def test_contribution_is_stored_not_published_and_thanked(client, ways):
    stored = HandbookGap.objects.get(page=ways)
    pages_before = list(Page.objects.values_list("pk", "live", "latest_revision_id"))
    response = client.post(contribute_url(stored), VALID)
    assert response.status_code == 302
    assert response["Location"] == contribute_url(stored) + "thanks/"
    contribution = GapContribution.objects.get()
    assert (contribution.name, contribution.email, contribution.consent) == ("Ama Mensah", "ama@example.org", True)
    assert contribution.gap == stored
    assert contribution.gap_title == "Sharing forward"
    assert contribution.status == GapContribution.Status.NEW
    assert list(Page.objects.values_list("pk", "live", "latest_revision_id")) == pages_before
    assert "next group that starts up" not in client.get(ways.url).content.decode()
    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you: your text has reached the editors" in thanks


def test_errors_sit_next_to_fields_with_a_summary_and_nothing_is_lost(client, ways):
    stored = HandbookGap.objects.get(page=ways)
    typed = {"name": "Ama <b>Mensah</b>", "email": "not-an-email", "text": "Too short", "website": ""}
    response = client.post(contribute_url(stored), typed)
    assert response.status_code == 200
    html = response.content.decode()
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    for field in ("id_email", "id_text", "id_consent"):
        assert f'href="#{field}"' in summary
        assert f'id="{field}-error"' in html
    assert 'href="#id_name"' not in summary
    assert 'aria-invalid="true"' in html
    assert 'aria-describedby="id_email-error id_email-hint"' in html
    assert "Tick the box so that editors may use your text." in html
    assert "Enter an email address like name@example.org." in html
    # What was typed comes back, escaped.
    assert 'value="Ama &lt;b&gt;Mensah&lt;/b&gt;"' in html
    assert 'value="not-an-email"' in html
    assert "Too short</textarea>" in html
    assert "<title>Error:" in html
    assert not GapContribution.objects.exists()


def test_over_long_text_is_refused_with_its_limit(client, ways):
    stored = HandbookGap.objects.get(page=ways)
    html = client.post(contribute_url(stored), {**VALID, "text": "x" * 5001}).content.decode()
    assert "at most 5000 characters" in html
    assert not GapContribution.objects.exists()


def test_honeypot_submissions_are_thanked_but_not_stored(client, ways):
    stored = HandbookGap.objects.get(page=ways)
    response = client.post(contribute_url(stored), {**VALID, "website": "http://spam.example"})
    assert response.status_code == 302
    assert not GapContribution.objects.exists()


def test_csrf_is_enforced(ways):
    stored = HandbookGap.objects.get(page=ways)
    response = Client(enforce_csrf_checks=True).post(contribute_url(stored), VALID)
    assert response.status_code == 403
    assert not GapContribution.objects.exists()


def test_unknown_gap_is_404(client, handbook):
    assert client.get("/en/handbook/contribute/00000000-0000-0000-0000-000000000000/").status_code == 404


def test_editors_read_contributions_in_the_admin_but_cannot_add(admin_client, client, ways):
    stored = HandbookGap.objects.get(page=ways)
    client.post(contribute_url(stored), VALID)
    contribution = GapContribution.objects.get()
    listing = admin_client.get(reverse("wagtailsnippets_handbook_gapcontribution:list"))
    assert listing.status_code == 200
    assert "Ama Mensah" in listing.content.decode()
    edit = admin_client.get(reverse("wagtailsnippets_handbook_gapcontribution:edit", args=(contribution.pk,)))
    assert edit.status_code == 200
    assert "next group that starts up" in edit.content.decode()
    add = admin_client.get(reverse("wagtailsnippets_handbook_gapcontribution:add"))
    assert add.status_code in (302, 403)


def test_a_send_quicker_than_a_person_could_type_is_refused_politely(client, ways):
    stored = HandbookGap.objects.get(page=ways)
    response = client.post(contribute_url(stored), {**VALID, "started": signed_now()})
    html = response.content.decode()
    assert response.status_code == 200
    assert "quicker than we expect from a person" in html
    assert "what we wish we had known" in html  # nothing typed is lost
    assert not GapContribution.objects.exists()
