"""Demo handbook bodies, written for this project. Functions, because some blocks need objects."""


def h(text, level="h2"):
    return ("heading", {"text": text, "level": level, "anchor": ""})


def p(html):
    return ("paragraph", html)


def quote(text, person, role, reference):
    return (
        "quotation",
        {"quote": text, "person": person, "role": role, "source_title": "", "source_url": "", "reference": reference},
    )


def note(text, signed, kind="note"):
    return ("editor_note", {"kind": kind, "text": text, "signed": signed, "date": None})


def gap(title, prompt):
    return ("gap", {"title": title, "prompt": prompt})


def term(glossary_term, note_text=""):
    return ("term", {"term": glossary_term, "note": note_text})


def see_also(*pages):
    return ("see_also", {"title": "", "pages": list(pages)})


def ways_of_working(terms):
    return [
        h("Why this comes first"),
        p(
            "<p>Most of what a network achieves depends less on its plans than on how its members "
            "treat each other while carrying them out. That is why this part of the handbook sits "
            "at its centre: it is closer to an operating system than to a rulebook."
            '<span class="footnote">Summary of a members\' video call about the handbook, December 2020.</span></p>'
        ),
        note(
            "<p>Some of us would rather call this part 'principles'. Others feel principles sound "
            "fixed, and that ways of working can keep growing. Which do you prefer?</p>",
            "Priya, handbook editor",
            kind="question",
        ),
        h("How this part is laid out"),
        p(
            "<p>Each sub-section describes one habit that members keep coming back to. Where nobody "
            "has written a part yet, you will find a box inviting you to.</p>"
        ),
        term(terms["can"], "Here we mean any of the three kinds of network."),
        h("What members say"),
        quote(
            "How we treat each other on an ordinary Tuesday decides more than any strategy we write down.",
            "Nadia Fernandes",
            "Co-founder, Harbourside residents' network",
            "<p>Closing words at the network's winter call on the handbook, December 2020.</p>",
        ),
        quote(
            "A network is only as strong as the slowest person it still makes room for.",
            "Gareth Pryce",
            "Volunteer, Upper Valley food co-op",
            "<p>Letter to the handbook editors, published in the members' newsletter, issue 4, 2021.</p>",
        ),
        h("What is still missing"),
        gap(
            "Bridges and shared responsibility",
            "How do networks take on responsibility together without one of them being in charge? Tell us "
            "about a time your group shared a task with another.",
        ),
        gap(
            "Working with the authorities",
            "When groups work with councils or other official bodies, which habits help them keep their "
            "confidence and their own voice?",
        ),
    ]


def styles_of_working(terms):
    return [
        h("Taking part on your own terms"),
        p(
            "<p>Everyone gives what time they have, at their own pace. The only commitments are the "
            "ones people choose for themselves, and stepping back is always fine.</p>"
        ),
        h("Patience"),
        quote(
            "You can plan a campaign in a weekend, but you cannot plan trust. It arrives when it is ready.",
            "Dele Okafor",
            "Host, Riverside tenants' forum",
            "<p>Talk at the spring gathering of northern networks, April 2021.</p>",
        ),
        term(terms["speed-of-trust"]),
        quote(
            "We ask a lot of people and we know most of them already give more than they have.",
            "Mari Jones",
            "Co-ordinator, Valley mutual-aid group",
            "<p>Newsletter of the Valley mutual-aid group, issue 12, 2021.</p>",
        ),
        h("Generosity"),
        p(
            "<p>However good your idea is, someone nearby is already working on something like it. "
            "Before starting from scratch, go and find them and ask how your idea could help theirs."
            '<span class="footnote">Paraphrased from a workshop on collaboration held by members, 2022.</span></p>'
        ),
        h("Sharing what we learn"),
        p("<p>Sharing is a way of caring for the people who come next.</p>"),
        term(terms["sharing-forward"]),
        gap(
            "Sharing forward",
            "How does your group pass on what it learned to groups that start later? Examples of notes, "
            "buddying or open meetings are all welcome.",
        ),
        h("Courage and encouragement"),
        gap(
            "What helps people feel braver",
            "Both words come from the old word for heart. Which habits in your group help people feel able to act?",
        ),
        h("Fun and celebration"),
        p(
            "<p>Eating together, music and marking small wins keep people coming back. A network that "
            "never celebrates soon feels like work.</p>"
        ),
        term(terms["convivial-gathering"]),
    ]


def closer_and_connected(terms, styles):
    return [
        h("Networks getting closer"),
        p(
            "<p>Networking the networks means groups that already exist finding each other, swapping "
            "what works and lending a hand, without merging into one organisation.</p>"
        ),
        quote(
            "The real database of a movement is the people who know who to call. Every favour adds a row.",
            "Sam Achebe",
            "Organiser, Eastside community network",
            "<p>Interview for the network's newsletter, 2022.</p>",
        ),
        term(terms["network-of-networks"]),
        h("Across generations"),
        p(
            "<p>Are we doing enough to hear younger people's plans, and to value what older members "
            "know? Neither has to split us: it can make us more of one.</p>"
        ),
        h("Part of wider movements"),
        p(
            "<p>Some networks focus on climate, some on democracy, some on local economies. Different "
            "themes need not keep us apart.</p>"
        ),
        note(
            "<p>Could we add something on sharing resources across movements? Suggestions welcome.</p>",
            "Priya, handbook editor",
            kind="question",
        ),
        h("Not in competition"),
        p(
            "<p>Petitions, marches and campaigns do a lot of good. What we offer sits alongside them, "
            "as one more way for people to act where they live.</p>"
        ),
        see_also(styles),
    ]


def getting_started(terms):
    return [
        h("Before the first meeting"),
        p(
            "<p>Talk with a handful of neighbours first. Ask what they care about and what they could "
            "bring, and write it down: it is the start of your asset map.</p>"
        ),
        term(terms["asset-mapping"]),
        h("Go where people are"),
        p("<p>Markets, school gates, bus stops and community cafés are better places to start than a hired hall.</p>"),
        (
            "callout",
            {
                "tone": "action",
                "title": "Tell us how you started",
                "text": "<p>Every group starts differently. Your story could help the next one.</p>",
                "link_page": None,
                "link_url": "",
                "link_text": "Share your story",
                "link_form": "share_story",
            },
        ),
    ]


def first_gathering(terms):
    return [
        h("Choosing a place"),
        p("<p>Pick somewhere step-free, near a bus route, with space to sit in a circle.</p>"),
        h("The first half hour"),
        p(
            "<p>Start with a round where everyone says their name and what brought them. The host "
            "listens more than they talk.</p>"
        ),
        term(terms["host"]),
        quote(
            "Our first meeting had no agenda, just soup. Half the people who came that night still come.",
            "Lena Novak",
            "Host, Hillside peer-support circle",
            "<p>Story shared at a members' forum, autumn 2021.</p>",
        ),
        h("Afterwards"),
        p("<p>Send a short note to everyone within a day, with what was agreed and who offered what.</p>"),
    ]


def vocabulary(terms):
    return [
        h("Why words matter"),
        p(
            "<p>The words we use shape who feels welcome. Talking of influence rather than power, for "
            "example, changes who thinks they have some.</p>"
        ),
        term(terms["pattern-matching"]),
        h("Many kinds of CAN"),
        p(
            "<p>Citizen, community and climate action networks share three letters and a lot of "
            "habits. The glossary keeps track of the words we share.</p>"
        ),
        term(terms["can"]),
        term(terms["self-organising"]),
    ]
