"""The moderation loop: editors approve, request changes or decline in the Wagtail admin; the
member sees the status, gets an email, edits and sends again; nothing leaks publicly."""

import re

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.test import Client

from cms.forms import signed_now
from members.factories import MemberFactory
from members.models import Submission
from stories.models import CaseStudyPage

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"
LIST = "/en/members/submissions/"
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _act(moderator_client, page, action, comment=""):
    """Press a workflow button in the admin, as an editor would (the same URL every screen uses)."""
    task_state = page.current_workflow_state.current_task_state
    return moderator_client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment}
    )


def _sign_up_and_verify(client):
    client.post(
        "/en/accounts/signup/",
        {"email": "kai@example.org", "password1": "a-long-pass-phrase", "password2": "a-long-pass-phrase"},
    )
    link = re.search(r"http://localhost(/en/accounts/confirm-email/[^\s]+)", mail.outbox[-1].body).group(1)
    client.post(link)
    client.post("/en/accounts/login/", {"login": "kai@example.org", "password": "a-long-pass-phrase"})


def test_whole_loop_sign_up_submit_changes_requested_edit_approve(client, stories_index, moderator, form_data):
    _sign_up_and_verify(client)
    assert client.post(NEW, form_data()).status_code == 302
    submission = Submission.objects.get()
    page = CaseStudyPage.objects.get()
    editor = _client(moderator)
    # The editor sees it waiting on the dashboard, with who sent it, and can preview the real page.
    dashboard = editor.get("/admin/").content.decode()
    assert "Member submissions waiting for review" in dashboard
    assert "Tenants win repairs together" in dashboard and "kai@example.org" in dashboard
    preview = editor.get(f"/admin/pages/{page.pk}/view_draft/")
    assert preview.status_code == 200
    assert "We logged every problem" in preview.content.decode()

    mail.outbox.clear()
    _act(editor, page, "request_changes", "Please say which city.")
    assert [m.to for m in mail.outbox] == [["kai@example.org"]]
    message = mail.outbox[0]
    assert "asked for changes" in message.subject
    assert "Please say which city." in message.body
    assert "because you sent the case study" in message.body
    html_body = message.alternatives[0][0]
    assert "Please say which city." in html_body
    listing = client.get(LIST).content.decode()
    assert "Changes requested" in listing and "Please say which city." in listing

    # Back in the member's hands: they edit and send again, which restarts the review.
    response = client.post(f"{LIST}{submission.pk}/", form_data(place="Leeds, West Yorkshire"))
    assert response.status_code == 302
    assert "In review" in client.get(LIST).content.decode()
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().place == "Leeds, West Yorkshire"
    assert not page.live

    mail.outbox.clear()
    _act(editor, page, "approve")
    page.refresh_from_db()
    assert page.live and page.place == "Leeds, West Yorkshire"
    assert "Published" in client.get(LIST).content.decode()
    assert "published" in mail.outbox[0].subject
    assert page.full_url in mail.outbox[0].body
    # Approving again does nothing: still one page, no second email.
    _act_again = editor.post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{page.workflow_states.first().current_task_state_id}/"
    )
    assert _act_again.status_code == 302
    assert CaseStudyPage.objects.count() == 1
    assert len(mail.outbox) == 1
    public = Client().get(page.url).content.decode()
    assert "Tenants win repairs together" in public
    assert "kai@example.org" not in public


def test_decline_with_a_reason(client, member, stories_index, moderator, form_data):
    client.force_login(member)
    client.post(NEW, form_data())
    page = CaseStudyPage.objects.get()
    mail.outbox.clear()
    _act(_client(moderator), page, "decline", "This happened outside the network.")
    message = mail.outbox[0]
    assert "decided not to publish" in message.subject
    assert "This happened outside the network." in message.body
    listing = client.get(LIST).content.decode()
    assert "Declined" in listing and "This happened outside the network." in listing
    submission = Submission.objects.get()
    response = client.post(f"{LIST}{submission.pk}/", form_data(title="Trying again"))
    assert response.status_code == 200  # shown read-only, nothing changed
    submission.refresh_from_db()
    assert submission.title == "Tenants win repairs together"
    page.refresh_from_db()
    assert not page.live


def test_xss_in_every_field_never_renders_as_html(client, member, stories_index, moderator, form_data):
    client.force_login(member)
    text_fields = [
        "title", "summary", "context", "what_was_done", "who_took_part", "outcomes", "lessons",
        "do_differently", "resources", "period", "organisations", "credit_name",
    ]  # fmt: skip
    client.post(NEW, form_data(**{name: f"{name} {XSS}" for name in text_fields}, place="Leeds", tags=XSS))
    page = CaseStudyPage.objects.get()
    editor = _client(moderator)
    mail.outbox.clear()
    pages = {
        "dashboard": editor.get("/admin/").content.decode(),
        "preview": editor.get(f"/admin/pages/{page.pk}/view_draft/").content.decode(),
        "my submissions": client.get(LIST).content.decode(),
    }
    _act(editor, page, "approve")
    page.refresh_from_db()
    pages["public page"] = Client().get(page.url).content.decode()
    pages["email html"] = mail.outbox[0].alternatives[0][0]
    for where, html in pages.items():
        assert "<script>alert" not in html, where
        assert "<img src=x" not in html, where
    assert "&lt;script&gt;" in pages["public page"]
    assert "what_was_done &lt;script&gt;" in pages["public page"]


def test_who_can_reach_each_moderation_url(stories_index, member, moderator, admin_user_, form_data):
    _client(member).post(NEW, form_data())
    page = CaseStudyPage.objects.get()
    urls = ["/admin/", f"/admin/pages/{page.pk}/edit/", f"/admin/pages/{page.pk}/view_draft/"]
    for url in urls:
        anonymous = Client().get(url)
        assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"], url
        as_member = _client(member).get(url)
        assert as_member.status_code == 302 and "/admin/login/" in as_member["Location"], url
        assert _client(moderator).get(url).status_code == 200, url
        assert _client(admin_user_).get(url).status_code == 200, url
    # A member cannot press the approve button either.
    assert _act(_client(member), page, "approve").status_code == 302
    page.refresh_from_db()
    assert not page.live
    # The sender is never on the public page of the published case study, nor in the API.
    _act(_client(admin_user_), page, "approve")
    page.refresh_from_db()
    assert page.live
    assert "ama@example.org" not in Client().get(page.url).content.decode()


def test_member_urls_for_a_moderator_and_admin_are_their_own(stories_index, member, moderator, admin_user_, form_data):
    _client(member).post(NEW, form_data())
    submission = Submission.objects.get()
    for user in (moderator, admin_user_):
        assert _client(user).get(f"{LIST}{submission.pk}/").status_code in (403, 404)


def test_the_dashboard_lists_waiting_submissions_oldest_first(stories_index, moderator, form_data):
    for title in ("First sent", "Second sent"):
        _client(MemberFactory()).post(NEW, form_data(title=title, started=signed_now(60)))
    html = _client(moderator).get("/admin/").content.decode()
    assert html.index("First sent") < html.index("Second sent")


def test_two_approvals_at_once_publish_one_page_and_send_one_email(stories_index, member, moderator, form_data):
    from wagtail.models import TaskState

    _client(member).post(NEW, form_data())
    page = CaseStudyPage.objects.get()
    task_state_id = page.current_workflow_state.current_task_state_id
    # Two editors load the same review before either presses "Approve".
    first, second = TaskState.objects.get(pk=task_state_id), TaskState.objects.get(pk=task_state_id)
    mail.outbox.clear()
    first.approve(user=moderator)
    second.approve(user=moderator)
    assert CaseStudyPage.objects.count() == 1
    page.refresh_from_db()
    assert page.live
    assert len(mail.outbox) == 1
    assert page.revisions.count() == 1


def test_the_admin_list_of_submissions_shows_senders_to_moderators_only(
    stories_index, member, moderator, admin_user_, form_data
):
    _client(member).post(NEW, form_data(title=f"Title {XSS}"))
    url = "/admin/member-submissions/"
    assert Client().get(url).status_code == 302
    assert "/admin/login/" in _client(member).get(url)["Location"]
    editor_without_group = MemberFactory(username="ed", is_staff=True)
    editor_without_group.user_permissions.add(Permission.objects.get(codename="access_admin"))
    refused = _client(editor_without_group).get(url)  # an editor outside Moderators
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    for user in (moderator, admin_user_):
        html = _client(user).get(url).content.decode()
        assert "ama@example.org" in html and "In review" in html
        assert "<script>alert" not in html and "Title &lt;script&gt;" in html


def test_editors_see_who_sent_it_in_the_page_editor_but_the_public_never_does(
    stories_index, member, moderator, form_data
):
    from members.models import MemberProfile
    from stories.factories import CaseStudyPageFactory

    MemberProfile.objects.filter(user=member).update(display_name=f"Ama {XSS}", organisation="Private Org Name")
    _client(member).post(NEW, form_data())
    page = CaseStudyPage.objects.get()
    editor_html = _client(moderator).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Sent in by (private)" in editor_html
    assert "ama@example.org" in editor_html and "Private Org Name" in editor_html
    assert "Ama &lt;script&gt;" in editor_html and '<script>alert("x")' not in editor_html
    # Saving from the editor cannot change who sent it.
    _act(_client(moderator), page, "approve")
    page.refresh_from_db()
    public = Client().get(page.url).content.decode()
    assert "ama@example.org" not in public and "Sent in by" not in public and "Private Org Name" not in public
    # A case study an editor wrote has no such panel.
    own = CaseStudyPageFactory(parent=stories_index, title="Written by an editor")
    assert "Sent in by (private)" not in _client(moderator).get(f"/admin/pages/{own.pk}/edit/").content.decode()
