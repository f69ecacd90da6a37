"""Issue 19's "done when", in a real browser with real email: register, confirm, receive the
invitation, be put on the waiting list when full, get the seat offer, and receive a change
notice when an editor postpones the event in the admin. Emails go through the site's queue and
worker to a real SMTP server (tests/mailserver.py); invitations are read with icalendar."""

import datetime
import re

import pytest
from django.test import Client
from icalendar import Calendar
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.mailserver import work_the_queue

pytestmark = pytest.mark.django_db(transaction=True)

LINK = re.compile(r"http://localhost(/\S+/registration/[\w-]+/(?:confirm/|accept/|cancel/)?)")


def _link(received, action=""):
    for path in LINK.findall(received.text):
        if path.endswith(f"/{action}/") if action else not path.rstrip("/").endswith(("confirm", "accept", "cancel")):
            return path
    raise AssertionError(f"no {action or 'personal'} link in {received.subject!r}")


def _invitation(received):
    part, attached = received.parts("text/calendar")  # the alternative part, and invite.ics
    assert attached.get_filename() == "invite.ics"
    calendar = Calendar.from_ical(part.get_content())
    return part.get_param("method"), calendar.walk("VEVENT")[0]


def _register(page, base, event_url, name, address):
    page.goto(base + event_url)
    # The page's primary action leads to the registration box; its link opens the form.
    page.get_by_role("link", name=re.compile(r"^(Register|Join the waiting list)$")).click()
    expect(page).to_have_url(re.compile("#event-register$"))
    page.get_by_role("link", name=re.compile(r"^(Register|Join the waiting list) for")).click()
    page.get_by_label("Your name").fill(name)
    page.get_by_label("Your email address").fill(address)
    page.get_by_label("Access needs (optional)").fill("Live captions")
    page.get_by_label("The organisers may keep").check()
    page.get_by_role("button", name="Register").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")


def _confirm(page, base, received):
    page.goto(base + _link(received, "confirm"))
    page.get_by_role("button", name="Confirm my registration").click()


def test_register_wait_get_the_offer_and_hear_of_the_postponement(
    browser, live_server, home_page, smtp_server, settings, django_user_model
):
    settings.MEMBERS_MIN_FILL_SECONDS = 0  # a browser types faster than a person
    settings.CMS_PAGE_CACHE = True
    index = EventIndexPageFactory(parent=home_page, show_in_menus=True)
    event = EventPageFactory(
        parent=index,
        slug="listening-well",
        title="Listening well",
        format="online",
        registration="site",
        capacity=1,
        join_url="https://meet.example.org/listening-k3",
        start_date=datetime.date.today() + datetime.timedelta(days=12),
    )
    base = live_server.url
    ama, kofi = browser.new_page(), browser.new_page()

    # Ama registers and confirms: she has the place, and the invitation for her calendar.
    _register(ama, base, event.url, "Ama Mensah", "ama@example.org")
    work_the_queue()
    (ask,) = smtp_server.to("ama@example.org")
    _confirm(ama, base, ask)
    expect(ama.get_by_text("You have a place.")).to_be_visible()
    work_the_queue()
    placed = smtp_server.to("ama@example.org")[-1]
    method, invitation = _invitation(placed)
    assert placed.subject == "You have a place: Listening well" and method == "REQUEST"
    assert str(invitation["UID"]) == event.ical_uid

    # The event is full: Kofi is put on the waiting list.
    kofi.goto(base + event.url)
    expect(kofi.get_by_text("All places are taken")).to_be_visible()
    # The page's primary action says so too, not "Register".
    expect(kofi.locator(".event__action").get_by_role("link")).to_have_text("Join the waiting list")
    _register(kofi, base, event.url, "Kofi Boateng", "kofi@example.org")
    work_the_queue()
    _confirm(kofi, base, smtp_server.to("kofi@example.org")[-1])
    expect(kofi.get_by_text("You are on the waiting list.")).to_be_visible()
    assert "Ama" not in kofi.content()

    # Ama cancels from her email; Kofi is offered the place and takes it.
    ama.goto(base + _link(placed, "cancel"))
    ama.get_by_role("button", name="Cancel my registration").click()
    expect(ama.get_by_text("Your registration is cancelled.")).to_be_visible()
    work_the_queue()
    offer = smtp_server.to("kofi@example.org")[-1]
    assert offer.subject == "A place is free for you: Listening well"
    kofi.goto(base + _link(offer, "accept"))
    kofi.get_by_role("button", name="Accept the place").click()
    expect(kofi.get_by_text("You have a place.")).to_be_visible()
    work_the_queue()
    _method, kofi_invitation = _invitation(smtp_server.to("kofi@example.org")[-1])

    # An editor postpones the event in the admin: Kofi's calendar gets the update.
    editor = django_user_model.objects.create_superuser("boss", "boss@example.org", "pw")
    staff = Client()
    staff.force_login(editor)
    admin = browser.new_page()
    admin.context.add_cookies([{"name": "sessionid", "value": staff.cookies["sessionid"].value, "url": base}])
    admin.goto(f"{base}/admin/pages/{event.pk}/edit/")
    admin.get_by_role("tab", name="When").click()
    admin.get_by_role("combobox", name=re.compile(r"^Status")).select_option("postponed")
    admin.get_by_role("button", name="More actions").click()
    admin.get_by_role("button", name="Publish").click()
    expect(admin.get_by_text("has been published")).to_be_visible()
    work_the_queue()
    notice = smtp_server.to("kofi@example.org")[-1]
    assert notice.subject == "Change to Listening well" and "postponed" in notice.text
    method, update = _invitation(notice)
    assert method == "REQUEST" and str(update["UID"]) == event.ical_uid
    assert int(update["SEQUENCE"]) > int(kofi_invitation["SEQUENCE"]) and str(update["STATUS"]) == "TENTATIVE"
    assert smtp_server.to("ama@example.org")[-1].subject == "Your registration is cancelled: Listening well"


def test_the_form_and_its_errors_have_no_axe_violations_and_work_without_javascript(
    browser, page, live_server, home_page, assert_accessible, settings
):
    settings.MEMBERS_MIN_FILL_SECONDS = 0
    index = EventIndexPageFactory(parent=home_page, show_in_menus=True)
    event = EventPageFactory(parent=index, slug="w", title="Workshop", registration="site", capacity=5)
    url = live_server.url + event.url + "register/"
    no_script = browser.new_page(java_script_enabled=False)
    for tab in (page, no_script):
        tab.goto(url)
        tab.get_by_label("Your name").fill("Ama")
        tab.get_by_label("Your email address").fill("not an address")
        tab.get_by_role("button", name="Register").click()
        expect(tab.get_by_role("alert")).to_contain_text("Enter an email address like name@example.org.")
        expect(tab.get_by_label("Your name")).to_have_value("Ama")
    assert_accessible(page)  # axe runs as a script: in the tab that has them
    page.goto(url)
    assert_accessible(page)
