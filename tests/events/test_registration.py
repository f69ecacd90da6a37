"""On-site registration through the public pages: the form, double opt-in, the personal page."""

import pytest
from django.core import mail

from events.models import Registrant

from .registering import SECRET_URL, calendar_parts, confirm, form_data, links, mails_to, register, site_event

pytestmark = pytest.mark.django_db


def test_register_confirm_and_get_a_place_with_an_invitation(client, make_event):
    page = site_event(make_event, capacity=2)
    html = client.get(page.url).content.decode()
    assert "2 places left." in html
    assert f'href="{page.url}register/"' in html

    form = client.get(f"{page.url}register/").content.decode()
    for label in ("Your name", "Your email address", "Access needs (optional)", "The organisers may keep"):
        assert label in form
    response = register(client, page, access_needs="Live captions, please.")
    assert response.status_code == 302 and response["Location"] == f"{page.url}register/sent/"
    assert "Check your email" in client.get(response["Location"]).content.decode()

    registrant = Registrant.objects.get()
    assert registrant.status == "pending" and registrant.access_needs == "Live captions, please."
    (ask,) = mail.outbox
    assert ask.to == ["ama@example.org"] and "confirm" in ask.subject.lower()
    assert set(links(ask.body)) >= {"confirm", "cancel"}
    assert calendar_parts(ask) == []  # nothing in the calendar before the address is confirmed

    landing = confirm(client, ask)
    assert landing.status_code == 302
    registrant.refresh_from_db()
    assert registrant.status == "confirmed"
    placed = mail.outbox[-1]
    assert placed.subject == "You have a place: Online workshop"
    assert "cancel" in links(placed.body)
    (method, calendar), *_ = calendar_parts(placed)
    assert method == "REQUEST" and str(calendar["METHOD"]) == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == page.ical_uid
    assert str(event["ATTENDEE"]) == "mailto:ama@example.org"
    assert SECRET_URL not in calendar.to_ical().decode()  # the link comes in its own email, later

    personal = client.get(landing["Location"])
    assert personal.status_code == 200
    assert "You have a place." in personal.content.decode()
    assert "no-store" in personal["Cache-Control"] and "private" in personal["Cache-Control"]
    assert personal["Referrer-Policy"] == "same-origin"
    assert "1 place left." in client.get(page.url).content.decode()


def test_errors_are_shown_on_their_fields_and_nothing_typed_is_lost(client, make_event):
    page = site_event(make_event)
    response = register(client, page, email="not-an-address", consent="", access_needs="A quiet room")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter an email address like name@example.org." in html
    assert "Tick the box, so that the organisers may keep your registration." in html
    assert 'value="Ama Mensah"' in html and "A quiet room" in html and 'value="not-an-address"' in html
    assert 'aria-invalid="true"' in html
    assert not Registrant.objects.exists() and not mail.outbox


def test_honeypot_is_thanked_and_nothing_is_stored_or_sent(client, make_event):
    page = site_event(make_event)
    response = register(client, page, website="http://spam.example")
    assert response.status_code == 302
    assert not Registrant.objects.exists() and not mail.outbox


def test_rate_limit_keeps_what_was_typed(client, make_event, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "registration": 1}
    page = site_event(make_event)
    assert register(client, page).status_code == 302
    response = register(client, page, email="kofi@example.org", name="Kofi")
    assert response.status_code == 429
    html = response.content.decode()
    assert "paused it for a little" in html and 'value="kofi@example.org"' in html
    assert Registrant.objects.count() == 1


def test_registering_twice_says_the_same_and_sends_the_link_again(client, make_event):
    page = site_event(make_event)
    first = register(client, page)
    second = register(client, page, name="Someone else", email="AMA@example.org")
    assert first["Location"] == second["Location"]
    assert Registrant.objects.count() == 1
    again = mails_to(mail.outbox, "ama@example.org")[-1]
    assert again.subject == "Your registration: Online workshop"
    assert "confirm" in links(again.body)


def test_a_registrant_never_sees_who_else_registered(client, make_event):
    page = site_event(make_event, capacity=5)
    register(client, page, name="Ama Mensah", email="ama@example.org")
    register(client, page, name="Kofi Boateng", email="kofi@example.org", access_needs="BSL interpreter")
    for message in mail.outbox:
        confirm(client, message) if "confirm" in links(message.body) else None
    kofi_mail = mails_to(mail.outbox, "kofi@example.org")[-1]
    texts = [client.get(links(kofi_mail.body)[""]).content.decode(), client.get(page.url).content.decode()]
    texts += [m.body for m in mails_to(mail.outbox, "kofi@example.org")]
    for text in texts:
        assert "Ama Mensah" not in text and "ama@example.org" not in text
    assert "3 places left." in texts[1]


def test_a_link_with_a_wrong_token_is_not_found(client, make_event):
    page = site_event(make_event)
    register(client, page)
    path = links(mail.outbox[0].body)["confirm"]
    token = path.rstrip("/").split("/")[-2]
    forged = path.replace(token, token[:-1] + ("0" if token[-1] != "0" else "1"))
    assert client.get(forged).status_code == 404
    assert client.post(forged).status_code == 404
    assert Registrant.objects.get().status == "pending"


def test_a_signed_in_member_is_prefilled_and_needs_no_confirmation(client, make_event, django_user_model):
    from allauth.account.models import EmailAddress

    user = django_user_model.objects.create_user("ama", "ama@example.org", "pw", first_name="Ama", last_name="M")
    EmailAddress.objects.create(user=user, email="ama@example.org", verified=True, primary=True)
    client.force_login(user)
    page = site_event(make_event)
    form = client.get(f"{page.url}register/").content.decode()
    assert 'value="ama@example.org"' in form
    register(client, page, **{k: v for k, v in form_data().items() if k != "email"}, email="ama@example.org")
    registrant = Registrant.objects.get()
    assert registrant.status == "confirmed" and registrant.user == user
    html = client.get(page.url).content.decode()
    assert "You have a place." in html


def test_a_postponed_or_past_event_explains_why_registration_is_closed(client, make_event):
    page = site_event(make_event, status="postponed")
    response = client.get(f"{page.url}register/")
    assert response.status_code == 200 and "is postponed" in response.content.decode()
    assert register(client, page).status_code == 200 and not Registrant.objects.exists()
    past = site_event(make_event, slug="past", days=-3)
    assert "There is no date" in client.get(f"{past.url}register/").content.decode()
    assert client.get(f"{past.url}register/").status_code == 200
    plain = make_event(slug="plain", registration="none")
    assert client.get(f"{plain.url}register/").status_code == 404


def test_a_translation_shares_the_places_and_its_links_stay_in_its_language(client, make_event):
    from wagtail.models import Locale

    page = site_event(make_event, capacity=1)
    welsh = page.copy_for_translation(Locale.objects.get_or_create(language_code="cy")[0], copy_parents=True)
    welsh.save_revision().publish()
    welsh.refresh_from_db()
    register(client, page, name="Ama", email="ama@example.org")
    confirm(client, mail.outbox[-1])
    # The Welsh page counts the English page's registrants, and says so in Welsh.
    assert "Mae pob lle wedi'i gymryd" in client.get(welsh.url).content.decode()
    register(client, welsh, name="Kofi", email="kofi@example.org")
    (ask,) = mails_to(mail.outbox, "kofi@example.org")
    assert links(ask.body)["confirm"].startswith(welsh.url)
    confirm(client, ask)
    kofi = Registrant.objects.get(email="kofi@example.org")
    assert kofi.status == "waiting" and kofi.page_id == page.pk and kofi.language == "cy"
    (method, calendar), *_ = calendar_parts(mails_to(mail.outbox, "ama@example.org")[-1])
    assert str(calendar.walk("VEVENT")[0]["UID"]) == page.ical_uid
