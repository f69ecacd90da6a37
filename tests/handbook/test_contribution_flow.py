"""A reader's offered text reaches the editors (email through the queue, dashboard panel), and an
editor moves it into a draft of the page, credited to the name the reader gave."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client

from cms.forms import signed_now
from handbook.models import GapContribution, HandbookGap
from members.factories import MemberFactory

pytestmark = pytest.mark.django_db

OFFER = {
    "name": "Ama Mensah",
    "email": "ama@example.org",
    "text": "We send a short note to the next group.\n\nIt says what we wish we had known.",
    "consent": "on",
    "website": "",
    "started": signed_now(offset=60),
}


def _staff(name, group):
    user = MemberFactory(username=name, email=f"{name}@example.org")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


def test_an_offered_text_reaches_editors_and_goes_into_a_draft_with_credit(
    client, ways, django_capture_on_commit_callbacks
):
    editor = _staff("eddie", "Editors")
    moderator = _staff("mo", "Moderators")
    gap = HandbookGap.objects.get(page=ways)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(f"/en/handbook/contribute/{gap.key}/", OFFER).status_code == 302
    contribution = GapContribution.objects.get()
    assert [m.to for m in mail.outbox] == [["eddie@example.org"]]  # editors, not moderators
    assert "Sharing forward" in mail.outbox[0].subject
    assert "It says what we wish we had known." in mail.outbox[0].body
    assert f"/admin/snippets/handbook/gapcontribution/edit/{contribution.pk}/" in mail.outbox[0].body

    use_url = f"/admin/contributions/{contribution.pk}/use/"
    for who in (editor, moderator):
        dashboard = who.get("/admin/").content.decode()
        assert "Readers&#x27; offered texts" in dashboard or "Readers' offered texts" in dashboard
        assert "Ama Mensah" in dashboard
    assert use_url in editor.get("/admin/").content.decode()
    assert use_url not in moderator.get("/admin/").content.decode()
    assert moderator.post(use_url).status_code in (302, 403)
    assert GapContribution.objects.get().status == GapContribution.Status.NEW

    response = editor.post(use_url)
    assert response.status_code == 302 and response["Location"] == f"/admin/pages/{ways.pk}/edit/"
    ways.refresh_from_db()
    draft = ways.get_latest_revision_as_object()
    kinds = [child.block_type for child in draft.body]
    assert "gap" not in kinds
    text = "".join(child.value.source for child in draft.body if child.block_type == "paragraph")
    assert "<p>We send a short note to the next group.</p>" in text
    assert "Contributed by Ama Mensah" in text
    assert "ama@example.org" not in text
    # Nothing is published until an editor publishes the page.
    assert "gap" in [child.block_type for child in ways.body]
    assert client.get(ways.url).content.decode().count("Contributed by Ama Mensah") == 0
    assert GapContribution.objects.get().status == GapContribution.Status.USED
