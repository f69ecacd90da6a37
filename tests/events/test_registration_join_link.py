"""The joining link of an event with registration on this site: to confirmed registrants only,
by email at the event's lead time and on their own page (or signed in); through no other
channel, the page cache included — unless the editor makes it public from the lead time."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from icalendar import Calendar
from wagtail.models import Locale

from events.models import Registrant
from events.registration import jobs

from .registering import SECRET_DETAILS, SECRET_URL, confirm, links, mails_to, register, site_event
from .test_safety import channels

pytestmark = pytest.mark.django_db


def _secret_in(text: str) -> bool:
    text = text.replace("\r\n ", "").replace("\\", "")  # calendar lines unfolded and unescaped
    return SECRET_URL in text or SECRET_DETAILS in text or "workshop-k2v9q" in text


@pytest.fixture
def soon(make_event):
    """A workshop starting in 3 hours (inside the default 24-hour lead), with one person
    confirmed (Ama) and one on the waiting list (Kofi)."""
    page = site_event(make_event, capacity=1, days=0, tags=["online forum"], **_in_hours(3))
    client = Client()
    for name in ("Ama", "Kofi"):
        register(client, page, name=name, email=f"{name.lower()}@example.org")
        confirm(client, mails_to(mail.outbox, f"{name.lower()}@example.org")[-1])
    return page


def _in_hours(hours):
    from .conftest import local_now, times_from

    return times_from(local_now() + datetime.timedelta(hours=hours))


def _personal_path(address):
    return links(mails_to(mail.outbox, address)[-1].body)[""]


def test_no_public_channel_carries_the_link(client, soon, events_index):
    welsh = soon.copy_for_translation(Locale.objects.get_or_create(language_code="cy")[0], copy_parents=True)
    welsh.save_revision().publish()
    welsh.refresh_from_db()
    texts = channels(client, soon, events_index)
    # The registration form and "check your email" pages, and the Welsh translation and its form.
    for url in (f"{soon.url}register/", f"{soon.url}register/sent/", welsh.url, f"{welsh.url}register/"):
        response = client.get(url)
        assert response.status_code == 200, url
        texts[url] = response.content.decode()
    assert welsh.url.startswith("/cy/") and '<html lang="cy"' in texts[welsh.url]
    for url, text in texts.items():
        assert not _secret_in(text), url
    html = client.get(soon.url).content.decode()
    assert "sent by email to the people registered, 24 hours before the start" in html


def test_the_link_is_emailed_at_the_lead_time_to_confirmed_registrants_only(soon):
    mail.outbox.clear()
    assert jobs.run()["joining links"] == 1
    (message,) = mail.outbox
    assert message.to == ["ama@example.org"] and _secret_in(message.body)
    assert "cancel" in links(message.body)
    assert jobs.run()["joining links"] == 0  # once


def test_the_link_is_not_emailed_before_the_lead_time(make_event):
    page = site_event(make_event, days=3)
    client = Client()
    register(client, page)
    confirm(client, mail.outbox[-1])
    mail.outbox.clear()
    assert jobs.run()["joining links"] == 0 and mail.outbox == []


def test_the_lead_time_is_set_per_event(make_event):
    page = site_event(make_event, days=0, join_lead_hours=2, **_in_hours(3))
    client = Client()
    register(client, page)
    confirm(client, mail.outbox[-1])
    personal = _personal_path("ama@example.org")
    assert not _secret_in(client.get(personal).content.decode())
    assert jobs.run()["joining links"] == 0
    page.join_lead_hours = 4
    page.save_revision().publish()
    assert _secret_in(client.get(personal).content.decode())
    assert jobs.run()["joining links"] == 1


def test_a_registrant_sees_it_on_their_own_page_and_the_page_cache_keeps_none_of_it(client, soon, settings):
    settings.CMS_PAGE_CACHE = True
    ama, kofi = _personal_path("ama@example.org"), _personal_path("kofi@example.org")
    for _ in range(2):
        response = client.get(ama)
        assert _secret_in(response.content.decode())
        assert response.get("X-Page-Cache") != "hit"
        assert "no-store" in response["Cache-Control"] and "public" not in response["Cache-Control"]
        assert response["Referrer-Policy"] == "same-origin"
    # Someone on the waiting list, and everyone else, get the page without it (fresh or cached).
    assert not _secret_in(client.get(kofi).content.decode())
    for _ in range(2):
        public = client.get(soon.url)
        assert not _secret_in(public.content.decode())
    assert public.get("X-Page-Cache") == "hit"
    ld = public.content.decode().split('type="application/ld+json">')[1].split("</script>")[0]
    assert not _secret_in(ld)


def test_a_signed_in_registrant_sees_it_and_another_member_does_not(soon, django_user_model, settings):
    settings.CMS_PAGE_CACHE = True
    ama = django_user_model.objects.create_user("ama", "ama@example.org", "pw")
    Registrant.objects.filter(email="ama@example.org").update(user=ama)
    other = django_user_model.objects.create_user("efua", "efua@example.org", "pw")
    signed_in = Client()
    signed_in.force_login(ama)
    response = signed_in.get(soon.url)
    assert _secret_in(response.content.decode()) and "private" in response["Cache-Control"]
    stranger = Client()
    stranger.force_login(other)
    assert not _secret_in(stranger.get(soon.url).content.decode())
    assert not _secret_in(Client().get(soon.url).content.decode())


def test_the_editor_may_make_it_public_from_the_lead_time(client, make_event, events_index):
    page = site_event(make_event, days=0, join_link_public=True, tags=["online forum"], **_in_hours(3))
    html = client.get(page.url).content.decode()
    assert f'href="{SECRET_URL}"' in html
    (event,) = Calendar.from_ical(client.get(f"{page.url}event.ics").content).walk("VEVENT")
    assert str(event["CONFERENCE"]) == SECRET_URL
    later = site_event(make_event, slug="later", days=3, join_link_public=True)
    assert not _secret_in(client.get(later.url).content.decode())
