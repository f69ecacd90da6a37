"""Demo events: a past online workshop with a programme, an upcoming online workshop taking
registrations on this site (limited places, a waiting list, the joining link sent to the people
registered the day before), a monthly forum series with one cancelled date, a hybrid gathering
run by three groups, an all-day event, and (events.demo_networks) a network of networks'
workshop and a co-organised care-work exchange.

Dates are set relative to the day the demo is first loaded; running the loader again finds
each page by its slug and changes nothing.
"""

import datetime

from wagtail.models import Locale

from cms.demo_images import demo_image
from cms.demo_tools import Progress, child_page
from handbook.models import FrameworkArea

from . import demo_networks
from .factories import EventIndexPageFactory, EventPageFactory
from .models import Organisation, Person, Venue
from .occurrences import Schedule

SPEAKERS = [
    ("Rosa Adeyemi", "Coordinator", "Northside Renters' Union"),
    ("Tomasz Kowal", "Youth worker", "Riverside Youth Assembly"),
    ("Priya Natarajan", "Researcher with lived experience", "Carers Speak Up"),
    ("Dan Okafor", "Lecturer in community development", "an adult-education college"),
]
ORGANISATIONS = [
    ("Northside Renters' Union", "https://renters.example.org"),
    ("Carers Speak Up", "https://carers.example.org"),
    ("Riverside Youth Assembly", "https://youth.example.org"),
]


def _person(name, role, organisation, locale, progress):
    person, created = Person.objects.get_or_create(
        name=name, locale=locale, defaults={"role": role, "organisation": organisation}
    )
    progress.made(f"person: {name}", created)
    return person


def _programme(people):
    def item(start, end, title, description, speakers):
        return (
            "item",
            {
                "start_time": start,
                "end_time": end,
                "title": title,
                "description": description,
                "speakers": list(speakers),
            },
        )

    t = datetime.time
    return [
        item(
            t(10, 0), t(10, 15), "Welcome and how the morning works", "Ground rules, breakout rooms and captions.", []
        ),
        item(
            t(10, 15),
            t(10, 45),
            "Tenants setting the agenda with their landlord",
            "What changed when residents wrote the meeting agenda themselves.",
            [people[0]],
        ),
        item(
            t(10, 45),
            t(11, 15),
            "Young people in the room where budgets are set",
            "Moving from one-off consultations to a standing seat.",
            [people[1]],
        ),
        item(
            t(11, 30),
            t(12, 0),
            "Telling our own stories as evidence",
            "Carers interviewing carers, and what officials did with it.",
            [people[2], people[3]],
        ),
        item(
            t(12, 0),
            t(13, 0),
            "Small-group conversations and next steps",
            "Pick a question, swap contacts, agree one thing to try.",
            [],
        ),
    ]


def _lead_image(scene: str, progress) -> dict:
    image, alt = demo_image(scene, progress)
    return {"lead_image": image, "lead_image_alt": alt}


def _relate(page, *, tags=(), organisers=(), areas=()):
    page.tags.add(*tags)
    page.organisers.set(organisers)
    page.framework_areas.set(areas)
    page.save()


def load(progress: Progress) -> None:
    from wagtail.models import Site

    progress.section("Events")
    locale = Locale.get_default()
    home = Site.objects.get(is_default_site=True).root_page.specific
    index, _ = child_page(
        home,
        "events",
        EventIndexPageFactory,
        progress,
        title="Events",
        introduction="Forums, workshops and gatherings where networks learn from each other. All welcome.",
        show_in_menus=True,
    )
    # The home page's first action (beside "Share your story"): come to an event.
    if not home.call_to_action_page_id:
        home.call_to_action_page, home.call_to_action_text = index, "Come to an event"
        home.save_revision().publish()
    people = [_person(*row, locale, progress) for row in SPEAKERS]
    organisations = []
    for name, website in ORGANISATIONS:
        org, created = Organisation.objects.get_or_create(name=name, defaults={"website": website})
        progress.made(f"organisation: {name}", created)
        organisations.append(org)
    hall, created = Venue.objects.get_or_create(
        name="Canal Street Community Hall",
        locale=locale,
        defaults={
            "street_address": "14 Canal Street",
            "locality": "Manchester",
            "postal_code": "M1 3EZ",
            "directions": "Ten minutes' walk from Piccadilly station. Step-free entrance on the side street.",
        },
    )
    progress.made("venue: Canal Street Community Hall", created)
    areas = {area.slug: area for area in FrameworkArea.objects.filter(locale=locale)}
    today = datetime.date.today()

    workshop, created = child_page(
        index,
        "participation-and-power-workshop",
        EventPageFactory,
        progress,
        **_lead_image("online-workshop", progress),
        title="Participation and power: a half-day workshop",
        summary="Four short talks on people shaping the services they use, then conversations in small groups.",
        key_question="How do people who face exclusion gain real influence over public services?",
        format="online",
        start_date=today - datetime.timedelta(days=45),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(13, 0),
        registration="link",
        registration_url="https://tickets.example.org/participation-workshop",
        capacity_note="Up to 80 people",
        accessibility="Live captions throughout. Slides sent a day ahead on request.",
        join_url="https://meet.example.org/participation-workshop",
        programme=_programme(people),
    )
    if created:
        _relate(
            workshop,
            tags=["workshop", "participation"],
            organisers=organisations[1:2],
            areas=[areas.get("reach"), areas.get("listening")],
        )

    listening, created = child_page(
        index,
        "listening-well-online-workshop",
        EventPageFactory,
        progress,
        **_lead_image("online-workshop", progress),
        title="Listening well: an online workshop",
        summary="Two hours of practice in listening to people your group has not yet heard from. Register here for "
        "free: the video link is sent to the people registered the day before.",
        key_question="Whose voices are missing from our meetings, and how do we hear them?",
        format="online",
        start_date=today + datetime.timedelta(days=21),
        start_time=datetime.time(18, 30),
        end_time=datetime.time(20, 30),
        registration="site",
        capacity=24,
        capacity_note="24 places, so everyone gets to practise",
        reminder_hours=[168, 24],
        join_lead_hours=24,
        accessibility="Live captions. Tell us your access needs when you register.",
        join_url="https://meet.example.org/listening-well",
        join_instructions="Passcode: listen",
    )
    if created:
        _relate(
            listening, tags=["workshop", "listening"], organisers=organisations[1:2], areas=[areas.get("listening")]
        )

    first_forum = today - datetime.timedelta(days=60)
    forum, created = child_page(
        index,
        "monthly-peer-support-forum",
        EventPageFactory,
        progress,
        **_lead_image("circle-meeting", progress),
        title="Monthly peer-support forum",
        summary="An hour and a half to bring what is going on in your group and hear how others handle it.",
        key_question="What is one thing that helped your group keep going this month?",
        format="online",
        start_date=first_forum,
        start_time=datetime.time(19, 0),
        end_time=datetime.time(20, 30),
        repeat="monthly_weekday",
        repeat_count=12,
        accessibility="Cameras optional. You can take part in the chat only.",
        join_url="https://meet.example.org/peer-forum",
        join_instructions="Passcode: circle",
    )
    if created:
        schedule = Schedule(
            zone=forum.time_zone,
            all_day=False,
            start_date=first_forum,
            start_time=datetime.time(19, 0),
            end_date=None,
            end_time=datetime.time(20, 30),
            repeat="monthly_weekday",
            interval=1,
            count=12,
        )
        upcoming = [d for d in schedule.naive_starts() if d.date() > today]
        forum.occurrence_changes.create(
            occurrence_date=upcoming[1].date(), action="cancel", note="No forum this month: the hosts are on a break."
        )
        _relate(forum, tags=["peer support", "forum"], organisers=organisations[:1], areas=[areas.get("connect")])

    gathering, created = child_page(
        index,
        "spring-network-gathering",
        EventPageFactory,
        progress,
        **_lead_image("shared-meal", progress),
        title="Network gathering: sharing what works",
        summary="A day of swapping methods between renters, carers and young organisers, in the hall and online.",
        key_question="What could each of our groups borrow from the others?",
        format="hybrid",
        venue=hall,
        start_date=today + datetime.timedelta(days=35),
        start_time=datetime.time(11, 0),
        end_time=datetime.time(16, 0),
        registration="link",
        registration_url="https://tickets.example.org/network-gathering",
        capacity_note="60 places in the hall; online places unlimited",
        accessibility="Step-free access, a quiet room, BSL interpretation on request.",
        join_url="https://meet.example.org/network-gathering",
    )
    if created:
        _relate(
            gathering, tags=["gathering"], organisers=organisations, areas=[areas.get("connect"), areas.get("action")]
        )

    open_day, created = child_page(
        index,
        "action-planning-day",
        EventPageFactory,
        progress,
        **_lead_image("organising", progress),
        title="Action planning day",
        summary="A whole day, in person, to plan the next season of campaigns together. Drop in when you can.",
        format="in_person",
        venue=hall,
        all_day=True,
        start_time=None,
        end_time=None,
        start_date=today + datetime.timedelta(days=60),
        accessibility="Lunch provided (vegetarian and vegan). Step-free throughout.",
    )
    if created:
        _relate(open_day, tags=["planning"], organisers=organisations[:1], areas=[areas.get("strategy")])

    # The shapes of the source documents: a network of networks' workshop and a co-organised series.
    demo_networks.load(index, locale, areas, progress)
