"""The demo loader translates the home and About pages through wagtail-localize."""

import pytest
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from events.models import EventPage

pytestmark = pytest.mark.django_db


def test_demo_translations_are_wagtail_localize_records_editors_can_continue(client):
    call_command("load_demo_content")
    expected = {"cy": {"Dysgu oddi wrth ein gilydd", "Am y rhwydwaith"}, "ar": {"نتعلّم من بعضنا", "عن الشبكة"}}
    for code in ("cy", "ar"):
        translations = Translation.objects.filter(target_locale__language_code=code)
        translated_titles = {getattr(t.get_target_instance(), "title", None) for t in translations}
        assert expected[code] <= translated_titles
        assert StringTranslation.objects.filter(locale__language_code=code, translation_type="machine").exists()
    assert Page.objects.filter(locale__language_code="ar", live=True, url_path__endswith="/about/").exists()

    arabic_home = client.get("/ar/").content.decode()
    assert "نتعلّم من بعضنا" in arabic_home
    assert '<a href="/ar/about/">عن الشبكة</a>' in arabic_home  # the navigation is in Arabic too
    assert "Am y rhwydwaith" in client.get("/cy/about/").content.decode()
    # Strings the demo table lacks (a person's name) stay as in English.
    assert "Ama" in client.get("/ar/about/").content.decode()

    # The framework and one handbook page, event and story (one demo load for both checks:
    # the loader is the slow part).
    framework = client.get("/ar/framework/").content.decode()
    assert "التغيير" in framework and "الإصغاء" in framework  # area names in Arabic
    assert "Listening" not in framework
    for url, title in [
        ("/cy/handbook/getting-started/", "Dechrau arni"),
        ("/ar/events/monthly-peer-support-forum/", "منتدى الدعم المتبادل الشهري"),
        ("/ar/events/care-work-exchange/", "مواضيع اللقاء القادم"),  # the next gathering's topics
        ("/cy/events/care-work-exchange/", "Offer ar gyfer sgyrsiau nad oes neb eisiau eu cael"),
        ("/cy/stories/deciding-without-a-chair/", "Penderfynu heb gadeirydd"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert title in response.content.decode()

    # The site text (tagline, footer) and the Welsh calendar, from the same demo load.
    welsh_home = client.get("/cy/").content.decode()
    assert "Sut mae rhwydweithiau hunandrefnus yn gweithio" in welsh_home
    assert "cyfiawnder cymdeithasol hunandrefnus" in welsh_home
    forum = EventPage.objects.get(locale__language_code="en", slug="monthly-peer-support-forum")
    welsh_feed = Calendar.from_ical(client.get("/cy/events/feed.ics").content)
    welsh_events = {str(e["UID"]): e for e in welsh_feed.walk("VEVENT") if "RECURRENCE-ID" not in e}
    assert sorted(str(e["SUMMARY"]) for e in welsh_events.values()) == [
        "Cyfnewid ar waith gofal",
        "Fforwm cymorth cymheiriaid misol",
    ]
    assert str(welsh_events[forum.ical_uid]["SUMMARY"]) == "Fforwm cymorth cymheiriaid misol"
    assert str(welsh_feed["X-WR-CALNAME"]).startswith("Digwyddiadau")
