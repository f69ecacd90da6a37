"""The main editorial tasks, done through the real Wagtail admin in a browser (issue #16).

Each test signs in as the role meant to do the task (docs/roles.md), uses the admin as it is
(no shortcuts through the database for the task itself) and checks what readers then see.
"""

import re

import pytest
from playwright.sync_api import expect
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from cms.demo_tools import Progress
from cms.demo_translations import translate_page
from cms.factories import StandardPageFactory
from events.factories import EventIndexPageFactory, PersonFactory
from events.models import EventPage
from handbook.factories import GlossaryTermFactory, HandbookIndexPageFactory
from members.factories import MemberFactory
from members.models import Submission
from members.submissions import workflow
from stories.factories import StoryIndexPageFactory

from .admin_steps import (
    add_block,
    close_date_pickers,
    new_event_with_a_welcome,
    publish,
    show_field,
    sign_in,
    sign_out,
    staff,
)

pytestmark = pytest.mark.django_db(transaction=True)


def test_an_editor_writes_previews_and_publishes_a_handbook_page(
    page, live_server, roles, home_page, django_user_model
):
    handbook = HandbookIndexPageFactory(parent=home_page, title="Handbook", slug="handbook")
    term = GlossaryTermFactory(term="Mutual aid", slug="mutual-aid", short_definition="Neighbours helping as equals.")
    term.save_revision().publish()
    staff(django_user_model, "gwen", "Editors")
    sign_in(page, live_server, "gwen")

    page.goto(live_server.url + f"/admin/pages/add/handbook/handbookpage/{handbook.pk}/")
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill("Sharing the load")
    page.get_by_role("textbox", name="Introduction").fill("How groups spread the work.")

    add_block(page, "Quotation")
    quotation = page.locator("[data-contentpath='body'] [data-streamfield-child]").last
    quotation.get_by_role("textbox", name="Quote").fill("Many hands make the work a pleasure.")
    quotation.get_by_role("textbox", name="Person").fill("Dele")
    reference = quotation.locator("[data-contentpath='reference'] [contenteditable='true']")
    reference.click()
    page.keyboard.type("Members' call, spring 2021.")

    add_block(page, "Gap")
    gap = page.locator("[data-contentpath='body'] [data-streamfield-child]").last
    gap.get_by_role("textbox", name="Title").fill("Rotating the chair")

    add_block(page, "Term")
    term_block = page.locator("[data-contentpath='body'] [data-streamfield-child]").last
    term_block.get_by_role("button", name=re.compile("Choose a? ?glossary term", re.I)).click()
    modal = page.locator(".modal-content")
    modal.get_by_role("link", name="Mutual aid").click()
    expect(term_block).to_contain_text("Mutual aid")

    # Preview in the side panel: the draft, rendered as readers will see it.
    page.get_by_role("button", name="Toggle preview").click()
    # Wagtail loads each preview into a fresh iframe and swaps it in as #w-preview-iframe.
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text("Sharing the load", timeout=15_000)
    expect(preview.get_by_text("Many hands make the work a pleasure.")).to_be_visible()
    page.get_by_role("button", name="Toggle preview").click()  # closed: no refresh while publishing
    page.wait_for_load_state("networkidle")

    publish(page)
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(live_server.url + "/en/handbook/sharing-the-load/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sharing the load")
    expect(page.get_by_text("Many hands make the work a pleasure.")).to_be_visible()
    expect(page.get_by_text("Members' call, spring 2021.")).to_be_attached()
    expect(page.get_by_text("Rotating the chair", exact=True)).to_be_visible()
    expect(page.get_by_role("link", name="Offer text for “Rotating the chair”")).to_be_visible()
    page.locator("summary", has_text="Mutual aid").click()
    expect(page.get_by_text("Neighbours helping as equals.")).to_be_visible()


def _workflow_action(page, name):
    """A workflow action from the editor's action menu; those with a comment open a dialog."""
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=name, exact=True).click()


def test_a_moderator_returns_a_case_study_and_approves_it_after_the_member_resubmits(
    page, live_server, roles, home_page, django_user_model, settings
):
    settings.MEMBERS_MIN_FILL_SECONDS = 0
    StoryIndexPageFactory(parent=home_page, title="Stories", slug="stories")
    member = MemberFactory(username="ama", email="ama@example.org")
    submission = Submission.objects.create(
        owner=member,
        title="Street tool library",
        summary="Neighbours lend each other tools.",
        context="Nobody owned the right tools.",
        what_was_done="We listed what we could lend.",
        consent=True,
    )
    workflow.submit(submission.pk, member)
    submission.refresh_from_db()
    staff(django_user_model, "mo", "Moderators")

    # The moderator finds it on the dashboard and returns it with a comment.
    sign_in(page, live_server, "mo")
    page.get_by_role("link", name="Street tool library").first.click()
    page.wait_for_load_state("networkidle")
    _workflow_action(page, "Request changes")
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("textbox").fill("Please say which city this was in.")
    dialog.get_by_role("button", name="Request changes").click()
    page.wait_for_url("**/admin/pages/*/")
    assert workflow.status_of(submission).code == workflow.Status.CHANGES_REQUESTED
    sign_out(page)

    # The member reads the comment, edits and sends it again.
    page.goto(live_server.url + "/en/accounts/login/")
    page.get_by_label("Email").fill("ama@example.org")
    page.get_by_label("Password").fill("member-password")
    page.get_by_role("button", name="Sign In").click()
    page.goto(live_server.url + "/en/members/submissions/")
    expect(page.get_by_text("Please say which city this was in.")).to_be_visible()
    page.get_by_role("link", name="Street tool library", exact=True).click()
    page.get_by_label("Title", exact=True).fill("Sheffield street tool library")
    page.get_by_role("button", name="Send to the editors").click()
    expect(page.locator(".status")).to_have_text("In review")
    sign_out(page)

    # The moderator approves what the member sent; readers see exactly that.
    sign_in(page, live_server, "mo")
    page.goto(live_server.url + f"/admin/pages/{submission.page_id}/edit/")
    page.wait_for_load_state("networkidle")
    expect(page.locator("#id_title")).to_have_value("Sheffield street tool library")
    _workflow_action(page, "Approve and Publish")
    page.wait_for_url("**/admin/pages/*/")
    submission.refresh_from_db()
    assert workflow.status_of(submission).code == workflow.Status.PUBLISHED
    page.goto(live_server.url + submission.page.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Sheffield street tool library")


def test_an_editor_translates_a_page_into_welsh(page, live_server, roles, home_page, django_user_model):
    for code in ("cy", "ar"):
        Locale.objects.get_or_create(language_code=code)
    translate_page(home_page, "cy", {}, Progress(lambda line: None))  # the parent is in Welsh already
    about = StandardPageFactory(parent=home_page, title="About", slug="about", introduction="Who we are.")
    staff(django_user_model, "gwen", "Editors")
    sign_in(page, live_server, "gwen")

    page.goto(live_server.url + f"/admin/pages/{about.pk}/edit/")
    page.get_by_role("button", name="Actions", exact=True).click()
    page.get_by_role("link", name="Translate").click()
    page.get_by_label("Welsh").check()
    page.get_by_role("button", name="Submit").click()
    # wagtail-localize's translation editor: each segment has its own "Translate" button.
    expect(page.get_by_role("button", name="Publish in Welsh")).to_be_visible()
    for original, welsh in (("About", "Amdanom ni"), ("Who we are.", "Pwy ydym ni.")):
        segment = page.locator("li", has=page.get_by_text(original, exact=True)).last
        segment.get_by_role("button", name="Translate").click()
        segment.get_by_role("textbox").fill(welsh)
        segment.get_by_role("button", name="Save").click()
        expect(segment.get_by_text(welsh, exact=True)).to_be_visible()
    page.get_by_role("button", name="Publish in Welsh").click()
    expect(page.get_by_text("Published 'Amdanom ni' in Welsh")).to_be_visible()

    welsh_about = about.get_translation(Locale.objects.get(language_code="cy"))
    assert welsh_about.live
    page.goto(live_server.url + welsh_about.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Amdanom ni")
    expect(page.get_by_text("Pwy ydym ni.")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "cy")


def test_an_editor_creates_an_online_event_with_a_speaker_and_postpones_it(
    page, live_server, roles, home_page, django_user_model
):
    events = EventIndexPageFactory(parent=home_page, title="Events", slug="events")
    PersonFactory(name="Dafydd Speaker")
    staff(django_user_model, "gwen", "Editors")
    sign_in(page, live_server, "gwen")

    item = new_event_with_a_welcome(page, live_server, events, "Online peer forum", "An hour to swap what worked.")
    page.locator(".modal-content").get_by_role("link", name="Dafydd Speaker").click()
    expect(item).to_contain_text("Dafydd Speaker")

    show_field(page, "#id_start_date").fill("2030-05-01")
    page.locator("#id_start_time").fill("18:00")
    close_date_pickers(page)
    show_field(page, "#id_format").select_option("online")
    publish(page)
    expect(page.locator(".messages")).to_contain_text("published")

    event = EventPage.objects.get(title="Online peer forum")
    page.goto(live_server.url + f"/admin/pages/{event.pk}/edit/")
    page.wait_for_load_state("networkidle")
    show_field(page, "#id_status").select_option("postponed")
    publish(page)
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(live_server.url + event.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Online peer forum")
    expect(page.get_by_text("Postponed: new date to follow").first).to_be_visible()
    expect(page.get_by_text("Dafydd Speaker").first).to_be_visible()


def test_the_checks_panel_flags_an_image_whose_alt_text_is_a_file_name(
    page, live_server, roles, home_page, django_user_model
):
    """The editor's Checks panel runs Wagtail's accessibility checker in the preview: with the
    admin's policy on preview renders it sees the page (it once reported "0 issues" for this)."""
    image = Image.objects.create(title="Meeting", file=get_test_image_file())
    body = [
        ("paragraph", "<p>What happened at the meeting.</p>"),
        ("image", {"image": image, "alt_text": "DSC_0042.jpg", "caption": ""}),
    ]
    about = StandardPageFactory(parent=home_page, title="Our meeting", slug="our-meeting", body=body)
    staff(django_user_model, "gwen", "Editors")
    sign_in(page, live_server, "gwen")

    page.goto(live_server.url + f"/admin/pages/{about.pk}/edit/")
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="Toggle checks").click()
    checks = page.locator("[data-side-panel='checks']")
    expect(checks).to_contain_text("Image alt text has inappropriate pattern", timeout=20_000)
    expect(checks.locator("[data-content-checker-selector-text]").first).to_contain_text("img")
