"""Demo events in the shapes the source documents describe, written in the project's words:

- an online half-day workshop run by a network of networks, with four speakers in its
  programme, times in GMT (Europe/London), free registration on this site and the video link
  sent to the people registered the day before;
- a monthly care-work exchange, co-organised by four collectives, whose page lists the topics
  chosen for the next gathering.

Dates are relative to the day the demo is first loaded (both are always partly ahead: the
workshop a fortnight on, the series running for months); ``events.demo`` calls ``load``.
"""

import datetime

from cms.demo_images import demo_image
from cms.demo_tools import Progress, child_page

from .factories import EventPageFactory
from .models import Organisation, Person

NETWORK = ("Fair Services Network of Networks", "https://fair-services.example.org")

# (name, role, organisation, talk title, what the talk is about)
WORKSHOP_TALKS = [
    (
        "Joy Mensah-Bright",
        "Director",
        "Thrive Together Health Alliance",
        "Jobs that fit: employers and patients redesigning work together",
        "How people living with long-term illness sat down with local employers and changed hiring.",
    ),
    (
        "Callum Reid",
        "Policy lead",
        "Young Voices in Learning",
        "Students writing the rules: beyond a token seat on the panel",
        "What happened when pupils drafted part of their council's education plan.",
    ),
    (
        "Farah Siddiqui",
        "Peer researcher",
        "Minds in Common Research Centre",
        "Life stories as evidence in mental-health care",
        "Collecting people's own accounts of care, and getting services to act on them.",
    ),
    (
        "Helen Brook",
        "Lecturer in public policy",
        "Northgate University",
        "Residents in local decisions: what the research tells us",
        "A short tour of studies on which ways of involving residents changed outcomes.",
    ),
]

CARE_COLLECTIVES = [
    ("Repair Not Punish Collective", "https://repair.example.org"),
    ("Soup and Solidarity Kitchen", "https://soup.example.org"),
    ("Fair Work People Co-op", "https://fairwork.example.org"),
    ("Grassroots Backing Network", "https://backing.example.org"),
]

CARE_TOPICS = [
    "Seeing and naming power differences when a conflict starts",
    "Holding ourselves to account before we ask it of others",
    "Building a group culture that can hold disagreement",
    "Tools for conversations nobody wants to have",
    "When conflict helps a group grow, and when it tears it apart",
    "Healthy and unhealthy accountability: how to tell them apart",
    "Accountability processes for the hardest situations",
    "Conflict, neurodivergence and meeting each other's needs",
]


def _organisation(name, website, progress):
    org, created = Organisation.objects.get_or_create(name=name, defaults={"website": website})
    progress.made(f"organisation: {name}", created)
    return org


def _heading(text):
    return ("heading", {"text": text, "level": "h2", "anchor": ""})


def _workshop_programme(people):
    t = datetime.time

    def item(start, end, title, description, speakers=()):
        values = {"start_time": start, "end_time": end, "title": title, "description": description}
        return ("item", {**values, "speakers": list(speakers)})

    # Four half-hour talks, one speaker each: 10:15, 10:45, 11:15 and 11:45.
    slots = [(t(10, 15), t(10, 45)), (t(10, 45), t(11, 15)), (t(11, 15), t(11, 45)), (t(11, 45), t(12, 15))]
    talks = [
        item(start, end, talk[3], talk[4], [person])
        for (start, end), person, talk in zip(slots, people, WORKSHOP_TALKS, strict=True)
    ]
    return [
        item(t(10, 0), t(10, 15), "Welcome from the network", "Who is here, how the breakout rooms work, captions."),
        *talks,
        item(t(12, 15), t(12, 45), "Talking it through in small groups", "Pick one talk and take it further."),
        item(
            t(12, 45),
            t(13, 0),
            "Projects you can join",
            "Member networks describe the joint projects starting this year and how to get involved.",
        ),
    ]


def _relate(page, *, tags, organisers):
    page.tags.add(*tags)
    page.organisers.set(organisers)
    page.save()


def load(index, locale, areas, progress: Progress) -> None:
    today = datetime.date.today()
    network = _organisation(*NETWORK, progress)
    people = []
    for name, role, organisation, _title, _about in WORKSHOP_TALKS:
        person, created = Person.objects.get_or_create(
            name=name, locale=locale, defaults={"role": role, "organisation": organisation}
        )
        progress.made(f"person: {name}", created)
        people.append(person)

    image, alt = demo_image("online-workshop", progress)
    workshop, created = child_page(
        index,
        "fair-services-half-day-workshop",
        EventPageFactory,
        progress,
        title="Shaping fair services together: a half-day workshop",
        summary="The Fair Services Network of Networks brings four speakers on people who face exclusion "
        "changing the services they rely on, then time to talk in small groups. Free; register on this site.",
        key_question="What gives people who are shut out of public services a real say in how they are run?",
        format="online",
        time_zone="Europe/London",
        start_date=today + datetime.timedelta(days=14),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(13, 0),
        registration="site",
        price=None,
        capacity_note="Free, and open to anyone",
        reminder_hours=[24],
        join_lead_hours=24,
        accessibility="Live captions. Speakers' slides are sent with the video link.",
        join_url="https://meet.example.org/fair-services-workshop",
        join_instructions="Passcode: fair",
        body=[
            (
                "paragraph",
                "<p>Our network links practitioners, researchers and residents' groups who want to find out why "
                "public services keep leaving the same people out, and to change that. This is the fourth "
                "half-day workshop in this year's series: it is about people who have been excluded gaining "
                "influence over the services they use.</p>",
            ),
            (
                "paragraph",
                "<p>All times are UK time. Registration is free. The video link is emailed to everyone "
                "registered the day before the workshop.</p>",
            ),
        ],
        programme=_workshop_programme(people),
        lead_image=image,
        lead_image_alt=alt,
    )
    if created:
        _relate(workshop, tags=["workshop", "participation"], organisers=[network])
        workshop.framework_areas.set([a for a in (areas.get("reach"), areas.get("leadership")) if a])
        workshop.save()

    collectives = [_organisation(name, website, progress) for name, website in CARE_COLLECTIVES]
    topics = "".join(f"<li>{topic}</li>" for topic in CARE_TOPICS)
    exchange, created = child_page(
        index,
        "care-work-exchange",
        EventPageFactory,
        progress,
        title="Care work exchange",
        summary="A monthly exchange between four collectives on turning our values into the way we run our "
        "groups: care, accountability and, this season, conflict.",
        key_question="How do our group's policies and habits show the care we say we value?",
        format="online",
        time_zone="Europe/London",
        start_date=today - datetime.timedelta(days=24),
        start_time=datetime.time(18, 30),
        end_time=datetime.time(20, 30),
        repeat="monthly_weekday",
        repeat_count=8,
        accessibility="Cameras optional. A break half way. Say what you need when you arrive, or beforehand.",
        join_url="https://meet.example.org/care-work-exchange",
        body=[
            (
                "paragraph",
                "<p>Four collectives — a restorative-justice group, a kitchen collective, an HR co-op and a "
                "support network for grassroots groups — host these sessions together. Each one is a chance to "
                "compare how our groups look after people, share the load and answer for mistakes. Every group "
                "does this differently, and across borders we have more to learn from each other than keeps "
                "us apart.</p>",
            ),
            _heading("Topics for the next gathering"),
            (
                "paragraph",
                f"<p>This time we focus on conflict. A first list, to add to when you come:</p><ul>{topics}</ul>",
            ),
        ],
    )
    if created:
        _relate(exchange, tags=["care", "accountability", "conflict"], organisers=collectives)
        exchange.framework_areas.set([a for a in (areas.get("organise"), areas.get("connect")) if a])
        exchange.save()
