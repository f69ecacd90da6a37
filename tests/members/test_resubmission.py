"""After "request changes", what the member edits is exactly what the moderator reviews and
then publishes: every field the member can change, checked one by one in the revision under
review (the moderator's preview) and on the published page."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image as PILImage
from wagtail.models import Page

from handbook.factories import FrameworkAreaFactory, FrameworkValueFactory
from members.models import Submission
from members.submissions.workflow import PAGE_FIELDS
from stories.models import CaseStudyPage

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"

EDITED_TEXT = {
    "title": "Tenants win repairs, and a say",
    "summary": "Second summary.",
    "context": "Second context.",
    "what_was_done": "Second account of what was done.",
    "who_took_part": "Second list of who took part.",
    "outcomes": "Second outcomes.",
    "lessons": "Second lessons.",
    "do_differently": "Second thoughts.",
    "resources": "Second resources.",
    "place": "Bradford",
    "period": "Autumn 2025",
    "organisations": "Bradford Renters",
    "credit_name": "Ama B.",
    "lead_image_alt": "Neighbours at a meeting",
}


def _png(colour) -> SimpleUploadedFile:
    out = io.BytesIO()
    PILImage.new("RGB", (40, 30), colour).save(out, format="PNG")
    return SimpleUploadedFile("photo.png", out.getvalue(), content_type="image/png")


def _act(client, page, action, comment=""):
    task_state = page.current_workflow_state.current_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment})


def _assert_page_is_the_edit(page, new_area, new_value, image_id, where):
    for name, value in EDITED_TEXT.items():
        assert getattr(page, name) == value, f"{where}: {name} is {getattr(page, name)!r}"
    assert [a.pk for a in page.framework_areas.all()] == [new_area.pk], f"{where}: framework areas"
    assert [v.pk for v in page.framework_values.all()] == [new_value.pk], f"{where}: framework values"
    assert sorted(page.tags.names()) == ["repairs", "tenants' rights"], f"{where}: tags"
    assert page.lead_image_id == image_id, f"{where}: lead image"
    assert page.credit_anonymous is False, f"{where}: credit"


def test_what_the_member_resends_is_what_is_reviewed_and_published(client, member, moderator, stories_index, form_data):
    client.force_login(member)
    assert client.post(NEW, form_data(new_image=_png((200, 10, 10)), lead_image_alt="First alt")).status_code == 302
    submission = Submission.objects.get()
    first_image = submission.lead_image_id
    page = CaseStudyPage.objects.get()
    reviewer = Client()
    reviewer.force_login(moderator)
    _act(reviewer, page, "request_changes", "Please say more.")

    new_area = FrameworkAreaFactory(name="Act", slug="act")
    new_value = FrameworkValueFactory(name="Accountability", slug="accountability")
    edited = form_data(
        **EDITED_TEXT,
        tags="repairs, tenants' rights",
        framework_areas=[new_area.pk],
        framework_values=[new_value.pk],
        new_image=_png((10, 10, 200)),
    )
    assert client.post(f"/en/members/submissions/{submission.pk}/", edited).status_code == 302
    submission.refresh_from_db()
    assert submission.lead_image_id not in (None, first_image)
    assert set(PAGE_FIELDS) - set(EDITED_TEXT) == {"credit_anonymous"}  # every field is checked

    page = Page.objects.get(pk=page.pk).specific
    in_review = page.current_workflow_state.current_task_state.revision.as_object()
    _assert_page_is_the_edit(in_review, new_area, new_value, submission.lead_image_id, "in review")
    preview = reviewer.get(f"/admin/pages/{page.pk}/view_draft/").content.decode()
    assert "Tenants win repairs, and a say" in preview and "Second account of what was done." in preview
    assert "Please say more." not in preview
    # The dashboard links to Wagtail's comparison of what was returned with what came back.
    dashboard = reviewer.get("/admin/").content.decode()
    returned = page.revisions.order_by("created_at", "pk").first()
    assert "What changed since the last review" in dashboard
    link = re.search(r'href="(/admin/pages/\d+/revisions/compare/[^"]+)"', dashboard).group(1)
    assert link.startswith(f"/admin/pages/{page.pk}/revisions/compare/{returned.pk}...")
    comparison = reviewer.get(link)
    assert comparison.status_code == 200
    assert "Second account of what was done." in comparison.content.decode()

    _act(reviewer, page, "approve")
    live = CaseStudyPage.objects.get(pk=page.pk)
    assert live.live
    _assert_page_is_the_edit(live, new_area, new_value, submission.lead_image_id, "published")
