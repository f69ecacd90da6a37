# ruff: noqa: E501  (demo prose reads better unwrapped)
"""Demo library: fourteen stories and case studies written for this project.

The groups, places and people are invented. Lead images are scenes drawn for the project
(cms/demo_images.py), described in their alt
text; some entries have none. Running the loader twice changes nothing.
"""

import datetime

from django.apps import apps
from wagtail.models import Site

from cms.demo_images import demo_image
from cms.demo_tools import Progress, child_page
from handbook.models import FrameworkArea, FrameworkValue

from .factories import CaseStudyPageFactory, StoryIndexPageFactory, StoryPageFactory
from .models import Completeness


def _para(*texts: str) -> list:
    return [("paragraph", "".join(f"<p>{text}</p>" for text in texts))]


def _quote(quote: str, person: str, role: str = "") -> list:
    return [("quotation", {"quote": quote, "person": person, "role": role, "source_title": "", "source_url": ""})]


STORIES = [
    {
        "slug": "the-soup-that-started-a-tenants-union",
        "title": "The soup that started a tenants' union",
        "summary": "A monthly shared meal in a block of flats turned into the place where neighbours found out they all had the same damp problem.",
        "place": "Leeds",
        "tags": ["housing", "shared meals", "tenants"],
        "areas": ["listening", "organise"],
        "values": ["participation"],
        "completeness": Completeness.REVIEWED,
        "image": "shared-meal",
        "credit_name": "Nadia",
        "body": _para(
            "We never set out to start a union. I made too much soup one evening and knocked on three doors. By the third month there were twenty of us in the community room, and somebody asked whether anyone else's bedroom wall was black with mould.",
            "Everybody's was. Once we had written down every flat number and photographed every wall, the letter to the landlord almost wrote itself. The repairs started within six weeks.",
            "The soup still happens. Now it is also where we plan.",
        ),
        "quotations": _quote(
            "Nobody would have come to a meeting about damp. Everybody came for soup.", "Nadia", "Neighbour and cook"
        ),
    },
    {
        "slug": "listening-before-leafleting",
        "title": "Listening before leafleting",
        "summary": "A campaign group stopped handing out flyers for a month and asked people at the bus stop one question instead.",
        "place": "Glasgow",
        "tags": ["listening campaign", "outreach"],
        "areas": ["listening", "reach"],
        "values": ["learning", "reflection"],
        "completeness": Completeness.COMPLETE,
        "credit_name": "",
        "body": _para(
            "We had boxes of leaflets about bus fares and nobody read them. So for four Saturdays we left the boxes at home and asked one thing: what would make getting around easier for you?",
            "The answers were not about fares. They were about the route that stops at six, and about the shelter with no roof. We changed our demands, and people who had walked past us for a year signed up.",
        ),
    },
    {
        "slug": "a-rota-that-shared-the-load",
        "title": "A rota that shared the load",
        "summary": "How a mutual-aid group stopped relying on two exhausted volunteers by writing every job on a card.",
        "place": "Cardiff",
        "tags": ["mutual aid", "burnout", "roles"],
        "areas": ["leadership", "organise"],
        "values": ["accountability", "participation"],
        "completeness": Completeness.REVIEWED,
        "image": "organising",
        "credit_name": "Owen",
        "body": _para(
            "For the first year, two of us did everything: the phone, the shopping, the van. Then one of us got ill.",
            "At the next meeting we wrote every task on an index card, from collecting keys to answering messages, and laid them out on the floor. People picked the cards they could manage. Some cards were picked by nobody, and that told us what to stop doing.",
        ),
        "quotations": _quote(
            "Seeing the jobs on the floor made the invisible work visible.", "Owen", "Mutual-aid volunteer"
        ),
    },
    {
        "slug": "the-bench-conversations",
        "image": "park-bench",
        "title": "The bench conversations",
        "summary": "Older residents and young people sat on the same park bench, one hour a week, and swapped what they knew.",
        "place": "Norfolk",
        "tags": ["intergenerational", "public space"],
        "areas": ["connect", "listening"],
        "values": ["learning"],
        "completeness": Completeness.NEEDS_DETAIL,
        "credit_name": "",
        "credit_anonymous": True,
        "body": _para(
            "It began with a sign taped to a bench: 'Sit here on Thursdays at four if you want to talk.' Most weeks three or four people came. A retired electrician taught a teenager to fix a bike light; she showed him how to video-call his grandson.",
        ),
    },
    {
        "slug": "deciding-without-a-chair",
        "title": "Deciding without a chair",
        "summary": "A peer-support circle replaced its chairperson with a rotating host and a simple rule for reaching decisions.",
        "place": "Bristol",
        "tags": ["decision making", "peer support", "meetings"],
        "areas": ["leadership", "strategy"],
        "values": ["participation", "accountability"],
        "completeness": Completeness.COMPLETE,
        "image": "circle-meeting",
        "credit_name": "Priya",
        "body": _para(
            "Our chair was kind and tireless, and every decision went through her. When she moved away we realised nobody else knew how.",
            "Now the host changes each month and we use 'consent, not consensus': a proposal goes ahead unless someone has a reason it would cause harm. Meetings are shorter, and more of us speak.",
        ),
    },
    {
        "slug": "what-we-learned-from-a-failed-petition",
        "title": "What we learned from a failed petition",
        "summary": "Two thousand signatures did not save the library. What came afterwards mattered more.",
        "place": "Kent",
        "tags": ["libraries", "campaigning", "reflection"],
        "areas": ["change", "strategy"],
        "values": ["reflection", "learning"],
        "completeness": Completeness.REVIEWED,
        "credit_name": "Tom",
        "body": _para(
            "We collected the signatures in three weeks and the council closed the library anyway. For a while we felt foolish.",
            "Then we held an evening to look back honestly. We had asked people to sign, but never to do anything next. The reading group we started that night still meets in the church hall, and two of its members now sit on the council's consultation panel.",
        ),
    },
    {
        "slug": "open-door-forum-nights",
        "image": "circle-meeting",
        "title": "Open-door forum nights",
        "summary": "A monthly forum where anyone can bring a problem and leave with three offers of help.",
        "place": "Manchester",
        "tags": ["peer support", "forums"],
        "areas": ["connect", "action"],
        "values": ["participation"],
        "completeness": Completeness.COMPLETE,
        "credit_name": "Grace",
        "body": _para(
            "The format is simple. Each person gets five minutes to describe what they are stuck on, then the room offers help: a contact, an idea, an hour of time. Nobody leaves without at least three offers written on a card.",
        ),
    },
]

CASE_STUDIES = [
    {
        "slug": "community-fridge-network",
        "title": "A network of community fridges",
        "summary": "Five neighbourhood groups shared one food-safety routine so they could run fridges in places none could manage alone.",
        "place": "Greater Manchester",
        "period": "2022 to 2024",
        "organisations": "Five neighbourhood food groups\nA local supermarket branch\nThe council's environmental health team",
        "tags": ["food", "mutual aid", "shared resources"],
        "areas": ["connect", "organise"],
        "values": ["accountability", "participation"],
        "completeness": Completeness.REVIEWED,
        "image": "shared-meal",
        "context": "Each group had volunteers and donated food, but none could afford the training and checks a public fridge needs.",
        "what_was_done": "The groups wrote one shared cleaning and temperature log, trained volunteers together, and took turns hosting the inspection visits.",
        "who_took_part": "About forty volunteers across five groups, with a food-safety officer who gave two free sessions.",
        "outcomes": "Four fridges opened in two years. Waste food from a supermarket now goes out the same day instead of into a skip.",
        "lessons": "Shared paperwork was the real breakthrough: once the routine was written down, any group could pick it up.",
        "do_differently": "Agree at the start who owns the shared log, so it does not drift when a volunteer leaves.",
        "resources": "Shared temperature log template\nVolunteer induction checklist",
    },
    {
        "slug": "youth-led-budget-panel",
        "title": "A youth-led budget panel",
        "summary": "Young people decided how a small community grant was spent, and the adults agreed in advance not to overrule them.",
        "place": "Swansea",
        "period": "Autumn 2023",
        "organisations": "A youth club\nA residents' association",
        "tags": ["young people", "participatory budgeting", "decision making"],
        "areas": ["leadership", "change"],
        "values": ["participation", "accountability"],
        "completeness": Completeness.COMPLETE,
        "context": "Grants for young people were always decided by adults on a committee that met during school hours.",
        "what_was_done": "The residents' association handed a £3,000 pot to a panel of twelve young people, who invited bids, visited projects and voted.",
        "who_took_part": "Twelve panel members aged 13 to 19, two adult helpers who took notes but did not vote.",
        "outcomes": "Six projects funded, including a skate-park clean-up and a homework café. Three panel members joined the association's committee.",
        "lessons": "Promising publicly not to overrule the panel made the adults keep their word, and made the young people take it seriously.",
        "do_differently": "Pay for travel and snacks from the start; some panel members could not afford the bus.",
        "resources": "Scoring sheet the panel designed",
    },
    {
        "slug": "listening-survey-in-three-languages",
        "title": "A listening survey in three languages",
        "summary": "A residents' group asked its neighbours what they needed, in the languages they speak at home, and heard from people it had never reached.",
        "place": "Birmingham",
        "period": "Spring 2024",
        "organisations": "A residents' group\nA women's English conversation class",
        "tags": ["listening campaign", "languages", "outreach"],
        "areas": ["listening", "reach"],
        "values": ["participation", "learning"],
        "completeness": Completeness.NEEDS_DETAIL,
        "image": "circle-meeting",
        "context": "Meetings were always in English and the same twenty people came.",
        "what_was_done": "Volunteers from the conversation class translated six questions and asked them door to door and at the school gate.",
        "who_took_part": "Fifteen volunteers; around three hundred households answered.",
        "outcomes": "The top request was a safe crossing near the school, which nobody at the meetings had mentioned.",
        "lessons": "",
        "do_differently": "",
        "resources": "",
    },
    {
        "slug": "shared-minibus-for-rural-groups",
        "title": "One minibus for seven rural groups",
        "summary": "Groups across a rural county bought and booked one minibus together so members without cars could get to meetings.",
        "place": "Powys",
        "period": "2021 to 2023",
        "organisations": "Seven village groups\nA community transport charity",
        "tags": ["transport", "rural", "shared resources"],
        "areas": ["reach", "organise"],
        "values": ["accountability"],
        "completeness": Completeness.COMPLETE,
        "image": "organising",
        "context": "Members without cars were missing meetings; the nearest bus ran twice a day.",
        "what_was_done": "The groups raised the money together, a transport charity agreed to insure and maintain the minibus, and bookings went on one shared calendar.",
        "who_took_part": "Seven groups, eleven volunteer drivers.",
        "outcomes": "Attendance at the joint forum doubled. The bus now also runs a weekly market trip.",
        "lessons": "A clear booking rule (first come, but no group more than twice a month) prevented most arguments.",
        "do_differently": "Budget for a second set of keys and a keysafe from day one.",
        "resources": "Booking rules\nDriver checklist",
    },
    {
        "slug": "reflection-circles-after-actions",
        "title": "Reflection circles after every action",
        "summary": "A climate group made a thirty-minute look-back a fixed part of every action, and kept a public log of what it learned.",
        "place": "Edinburgh",
        "period": "2023 to now",
        "organisations": "A climate action group",
        "tags": ["reflection", "campaigning", "meetings"],
        "areas": ["action", "strategy"],
        "values": ["reflection", "learning"],
        "completeness": Completeness.REVIEWED,
        "context": "The group moved from one action to the next and repeated the same mistakes.",
        "what_was_done": "After each action, everyone who took part answered three questions in a circle: what went well, what was hard, what we will change. A volunteer wrote the answers into a shared log.",
        "who_took_part": "Between six and forty people per action.",
        "outcomes": "The log now holds over thirty entries and new members read it before their first action.",
        "lessons": "Keeping it short and always the same made it a habit rather than a chore.",
        "do_differently": "Start the log earlier: the first year's lessons are lost.",
        "resources": "The three questions, printed on a card",
    },
    {
        "slug": "skills-swap-register",
        "image": "park-bench",
        "title": "A skills-swap register",
        "summary": "A network kept a simple list of what each member could teach, and matched people every month.",
        "place": "Belfast",
        "period": "2022",
        "organisations": "A network of community groups",
        "tags": ["skills", "peer support"],
        "areas": ["connect", "action"],
        "values": ["learning", "participation"],
        "completeness": Completeness.NEEDS_DETAIL,
        "context": "Groups kept paying for training that someone in another group could have given.",
        "what_was_done": "A shared spreadsheet listed skills offered and wanted; a volunteer made three matches every month.",
        "who_took_part": "Members of nine groups.",
        "outcomes": "Forty swaps in a year, from bookkeeping to running a stall.",
        "lessons": "",
        "do_differently": "",
        "resources": "",
    },
    {
        "slug": "planning-a-year-on-one-wall",
        "image": "organising",
        "title": "Planning a year on one wall",
        "summary": "A network chose three priorities for the year by covering a wall with sticky notes and voting with dots.",
        "place": "Newcastle",
        "period": "January 2024",
        "organisations": "A citizens' action network",
        "tags": ["strategy", "decision making", "planning"],
        "areas": ["strategy", "change"],
        "values": ["participation", "reflection"],
        "completeness": Completeness.COMPLETE,
        "context": "Every group wanted the network to back its own campaign, and nothing got enough support.",
        "what_was_done": "At a Saturday gathering, members wrote every possible priority on a note, grouped them, and each person placed five dots.",
        "who_took_part": "Sixty members from fourteen groups.",
        "outcomes": "Three priorities chosen; each got a small team and a budget.",
        "lessons": "Seeing all the options together made it easier to let some go.",
        "do_differently": "Give people a way to take part online for those who cannot come on a Saturday.",
        "resources": "Facilitator's running order",
    },
]


def _facets(model, slugs):
    return list(model.objects.filter(slug__in=slugs))


def load(progress: Progress) -> None:
    progress.section("Stories and case studies")
    site = Site.objects.get(is_default_site=True)
    home = site.root_page.specific
    index, _created = child_page(
        home,
        "stories",
        StoryIndexPageFactory,
        progress,
        title="Stories",
        introduction="What networks tried, how it went and what they learned. Filter by framework area, value, place or tag.",
        show_in_menus=True,
    )
    start = datetime.datetime(2024, 3, 1, 10, tzinfo=datetime.UTC)
    rows = [(StoryPageFactory, row) for row in STORIES] + [(CaseStudyPageFactory, row) for row in CASE_STUDIES]
    # Interleave the dates so the newest entries mix stories and case studies.
    for number, (factory, row) in enumerate(sorted(rows, key=lambda pair: pair[1]["slug"])):
        row = dict(row)
        fields = {
            key: row.pop(key)
            for key in list(row)
            if key not in ("slug", "tags", "areas", "values", "image", "quotations")
        }
        if row.get("image"):
            fields["lead_image"], fields["lead_image_alt"] = demo_image(row["image"], progress)
        if row.get("quotations"):
            fields["quotations"] = row["quotations"]
        fields["first_published_at"] = start + datetime.timedelta(days=17 * number)
        child_page(
            index,
            row["slug"],
            factory,
            progress,
            tags=row["tags"],
            framework_areas=_facets(FrameworkArea, row["areas"]),
            framework_values=_facets(FrameworkValue, row["values"]),
            **fields,
        )
    link_responses(index, progress)


# Stories that grew out of the demo events (events load before stories; see DEMO_CONTENT_APPS).
RESPONSES = {
    "open-door-forum-nights": ["monthly-peer-support-forum"],
    "reflection-circles-after-actions": ["spring-network-gathering"],
    "listening-before-leafleting": ["participation-and-power-workshop"],
}


def link_responses(index, progress: Progress) -> None:
    """Relate a few stories to the demo events they respond to (only where none are set yet)."""
    EventPage = apps.get_model("events", "EventPage")  # noqa: N806 - a model class

    for slug, event_slugs in RESPONSES.items():
        entry = index.get_children().filter(slug=slug).specific().first()
        if entry is None or entry.related_events.exists():
            continue
        events = list(EventPage.objects.filter(slug__in=event_slugs))
        if events:
            entry.related_events.set(events)
            entry.save_revision().publish()
            progress.made(f"{entry.title} ↔ {', '.join(event.title for event in events)}", created=True)
