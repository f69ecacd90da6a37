"""The demo loader translates its pages (half the stories among them), framework and glossary through
wagtail-localize."""

import pytest
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from cms.demo_translations import DEMO_PAGES
from events.models import EventPage
from handbook.models import GlossaryTerm
from stories.models import CaseStudyPage, StoryPage

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
    # Every page the demo translates is live in each language, its title translated.
    english = {p.url_path.split("/", 2)[2]: p for p in Page.objects.filter(locale__language_code="en", depth__gte=2)}
    for code in ("cy", "ar"):
        for path in DEMO_PAGES:
            original = english[path]
            translated = Page.objects.get(translation_key=original.translation_key, locale__language_code=code)
            assert translated.live, (code, path)
            assert translated.title != original.title or path == "", (code, path)

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
        # The forum's cancelled date: its note is translated, on the page and in the events list.
        ("/cy/events/monthly-peer-support-forum/", "Dim fforwm y mis hwn: mae&#x27;r gwesteiwyr yn cymryd seibiant."),
        ("/cy/events/", '<span class="badge">Dim fforwm y mis hwn: mae&#x27;r gwesteiwyr yn cymryd seibiant.</span>'),
        ("/ar/events/monthly-peer-support-forum/", "لا منتدى هذا الشهر: المضيفون في استراحة."),
        ("/ar/events/", '<span class="badge">لا منتدى هذا الشهر: المضيفون في استراحة.</span>'),
        ("/cy/events/care-work-exchange/", "Offer ar gyfer sgyrsiau nad oes neb eisiau eu cael"),
        ("/cy/stories/deciding-without-a-chair/", "Penderfynu heb gadeirydd"),
        # The newest demo content: the half-day workshop (its programme too) and Ways of working.
        ("/cy/events/fair-services-half-day-workshop/", "Llunio gwasanaethau teg gyda&#x27;n gilydd"),
        ("/cy/events/fair-services-half-day-workshop/", "Myfyrwyr yn ysgrifennu"),
        ("/ar/events/fair-services-half-day-workshop/", "نصنع معًا خدمات عادلة"),
        ("/ar/events/fair-services-half-day-workshop/", "قصص الحياة شاهدًا في رعاية الصحة النفسية"),
        ("/cy/handbook/ways-of-working/", "Pontydd a chyfrifoldeb a rennir"),
        ("/cy/handbook/ways-of-working/", "ar ddydd Mawrth cyffredin"),
        ("/ar/handbook/ways-of-working/", "طرق العمل"),
        ("/ar/handbook/ways-of-working/", "العمل مع السلطات"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert title in response.content.decode()

    # At least half the demo's stories and case studies, of both kinds, are live in Welsh and
    # Arabic with translated titles, and nothing in their main content is left in English.
    # (The published ones: a member's submitted story waits as a draft for an editor.)
    english_entries = Page.objects.filter(locale__language_code="en", live=True).type(StoryPage, CaseStudyPage)
    entries = {page.translation_key: page for page in english_entries}
    assert len(entries) == 14
    for code in ("cy", "ar"):
        translated = [
            page
            for page in Page.objects.filter(
                translation_key__in=entries, locale__language_code=code, live=True
            ).specific()
            if page.title != entries[page.translation_key].title
        ]
        assert len(translated) * 2 >= len(entries), code
        assert {type(page) for page in translated} == {StoryPage, CaseStudyPage}, code
        for page in translated:
            html = client.get(page.url).content.decode()
            main = html[html.index("<main") : html.index("</main>")]
            assert page.title.replace("'", "&#x27;") in main, page.url
            assert 'lang="en"' not in main, page.url
    for url, text in [
        ("/cy/stories/the-soup-that-started-a-tenants-union/", "Daeth pawb am gawl."),
        ("/ar/stories/community-fridge-network/", "فرع محلي لمتجر كبير"),  # a line of "Organisations"
        ("/ar/stories/deciding-without-a-chair/", "الموافقة لا الإجماع"),  # its body, translated too
    ]:
        assert text in client.get(url).content.decode(), url

    # The site text (tagline, footer) and the Welsh calendar, from the same demo load.
    welsh_home = client.get("/cy/").content.decode()
    assert "Sut mae rhwydweithiau hunandrefnus yn gweithio" in welsh_home
    assert "cyfiawnder cymdeithasol hunandrefnus" in welsh_home
    forum = EventPage.objects.get(locale__language_code="en", slug="monthly-peer-support-forum")
    welsh_feed = Calendar.from_ical(client.get("/cy/events/feed.ics").content)
    welsh_events = {str(e["UID"]): e for e in welsh_feed.walk("VEVENT") if "RECURRENCE-ID" not in e}
    # Every demo event is in Welsh: the Welsh feed lists each one by its Welsh title.
    assert len(welsh_events) == EventPage.objects.filter(locale__language_code="en", live=True).count()
    assert sorted(str(e["SUMMARY"]) for e in welsh_events.values()) == [
        "Cyfnewid ar waith gofal",
        "Cyfranogiad a grym: gweithdy hanner diwrnod",
        "Cynulliad y rhwydwaith: rhannu'r hyn sy'n gweithio",
        "Diwrnod cynllunio gweithredu",
        "Fforwm cymorth cymheiriaid misol",
        "Gwrando'n dda: gweithdy ar-lein",
        "Llunio gwasanaethau teg gyda'n gilydd: gweithdy hanner diwrnod",
    ]
    assert str(welsh_events[forum.ical_uid]["SUMMARY"]) == "Fforwm cymorth cymheiriaid misol"
    assert str(welsh_feed["X-WR-CALNAME"]).startswith("Digwyddiadau")

    # The glossary: every demo term is live in Welsh and Arabic with its name (bar the
    # abbreviation CAN) and definition translated; handbook pages and related terms use them.
    for code in ("cy", "ar"):
        for original in GlossaryTerm.objects.filter(locale__language_code="en"):
            translated = GlossaryTerm.objects.get(translation_key=original.translation_key, locale__language_code=code)
            assert translated.live, (code, original.term)
            assert translated.term != original.term or original.term == "CAN", (code, original.term)
            assert translated.short_definition != original.short_definition, (code, original.term)
    welsh_can = client.get("/cy/handbook/glossary/can/").content.decode()
    assert "Rhwydwaith Gweithredu Cymunedol" in welsh_can  # its other names
    assert "heb neb yn gyfrifol am y cyfan" in welsh_can  # its explanation
    assert '<a href="/cy/handbook/glossary/network-of-networks/">Rhwydwaith o rwydweithiau</a>' in welsh_can
    assert "الإصغاء العميق" in client.get("/ar/handbook/glossary/deep-listening/").content.decode()
    arabic_page = client.get("/ar/handbook/getting-started/").content.decode()
    assert "رسم خريطة الموارد" in arabic_page and "Asset mapping" not in arabic_page  # the term it uses
    assert "Geiriau a byrfoddau" in client.get("/cy/handbook/glossary/").content.decode()

    # The Join page: its texts and questions, and the menu link to it on every page.
    arabic_join = client.get("/ar/join/").content.decode()
    assert "انضمّ إلى الشبكة" in arabic_join and "لا رسوم ولا اختبار" in arabic_join and "اسمك" in arabic_join
    assert "Join the network" not in arabic_join
    assert ">Ymuno â&#x27;r rhwydwaith</a>" in welsh_home
