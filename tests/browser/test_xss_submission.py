"""In a real browser, a member's case study carrying the whole XSS corpus runs nothing: not in
the admin preview and moderators' screens (whose CSP allows inline script), not on the public
page once approved. Also no request to the payloads' foreign host."""

from urllib.parse import urlsplit

import pytest
from django.test import Client

from members.factories import MemberFactory
from members.models import Submission
from members.submissions import workflow
from stories.factories import StoryIndexPageFactory
from tests.security.xss_submission import TITLE_WORD, payload_fields

pytestmark = pytest.mark.django_db(transaction=True)


def _watch(page, live_server):
    seen = {"dialogs": [], "foreign": []}
    own_host = urlsplit(live_server.url).netloc
    page.on("dialog", lambda dialog: (seen["dialogs"].append(dialog.message), dialog.dismiss()))
    page.on(
        "request",
        lambda request: urlsplit(request.url).netloc not in ("", own_host) and seen["foreign"].append(request.url),
    )
    return seen


def test_payload_case_study_runs_nothing_in_admin_or_public_pages(page, live_server, home_page, django_user_model):
    workflow.moderation_workflow()  # the flush of transactional tests removed the migration's rows
    StoryIndexPageFactory(parent=home_page, title="Stories", slug="stories")
    member = MemberFactory(username="ama")
    fields = payload_fields()
    tags = fields.pop("tags")
    submission = Submission.objects.create(owner=member, tags=tags, consent=True, **fields)
    submission = workflow.submit(submission.pk, member)
    admin = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    staff = Client()
    staff.force_login(admin)
    page.context.add_cookies([{"name": "sessionid", "value": staff.cookies["sessionid"].value, "url": live_server.url}])
    seen = _watch(page, live_server)
    for path in ("/admin/", f"/admin/pages/{submission.page_id}/view_draft/", "/admin/member-submissions/"):
        page.goto(live_server.url + path, wait_until="load")
        assert TITLE_WORD in page.content(), path

    draft = submission.page.specific
    task_state = draft.current_workflow_state.current_task_state
    staff.post(f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {"comment": ""})
    draft.refresh_from_db()
    assert draft.live
    page.context.clear_cookies()
    for path in (draft.url, "/en/stories/", f"/en/search/?q={TITLE_WORD}"):
        page.goto(live_server.url + path, wait_until="load")
        assert fields["title"] in page.inner_text("main"), path  # shown as text, exactly as typed
    assert seen == {"dialogs": [], "foreign": []}
    assert "pwned" not in page.title()
