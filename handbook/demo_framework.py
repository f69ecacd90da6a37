"""Demo framework content: the eight areas and four values, with practices in our own words."""

AREAS = [
    (
        "Change",
        "change",
        "Being clear about what should be different, and for whom.",
        [
            "Name the unfairness you see and work against it",
            "Try out new ways of living together and of caring for each other",
            "Back economic arrangements that share things out more fairly",
            "Build new ways for people to make decisions together",
            "Look after the places and planet we depend on",
        ],
    ),
    (
        "Action",
        "action",
        "Doing things together that people can see, join and learn from.",
        [
            "Help people tell their own story and speak up when something is wrong",
            "Stand alongside campaigners and build solidarity between groups",
            "Help start community-run businesses and services where they are needed",
            "Make it easy for people to run their own activities and events",
        ],
    ),
    (
        "Strategy",
        "strategy",
        "Choosing where to put limited time and energy, and revisiting the choice.",
        [
            "Make a map of what the neighbourhood already has: people, places, skills",
            "Look at local problems with the people who live with them, and find answers together",
            "Write plans for the area or the project with residents, not for them",
            "Design services together with the people who use them and those who run them",
            "Build local partnerships that can make change stick",
            "Work out who holds power over a decision, and how to move it",
        ],
    ),
    (
        "Leadership",
        "leadership",
        "Sharing the work of leading so that it does not rest on a few people.",
        [
            "Pass on the skills of organising",
            "Invite people to take a lead, and stay beside them when they do",
            "Trust people to find their own solutions",
            "Help people speak for themselves rather than speaking for them",
            "Encourage people to hold every decision-maker to account, ourselves included",
        ],
    ),
    (
        "Reach",
        "reach",
        "Finding the people who are not in the room yet, and making it easy to come in.",
        [
            "Know who your community is and where people actually spend their time",
            "Leave the building: meet people where they are",
            "Talk with the people who never use what you offer",
            "Think about the whole area and every community of interest in it",
        ],
    ),
    (
        "Listening",
        "listening",
        "Hearing what people need before deciding what to offer.",
        [
            "Listen to members, volunteers, staff and the people you serve",
            "Find out what talents, interests and hopes people bring",
            "Find out what worries people and what they need",
            "Help people listen to one another, not only to you",
            "Go past asking for opinions towards real understanding",
        ],
    ),
    (
        "Connect",
        "connect",
        "Linking groups and people so that help and ideas travel.",
        [
            "Gather people around what they care about",
            "Offer a fair, safe place for hard conversations",
            "Hold gatherings, in person and online, where people can meet",
            "Help people give their time and skills to the community",
            "Grow a culture where people look out for each other",
        ],
    ),
    (
        "Organise",
        "organise",
        "The roles, meetings and habits that keep a group going.",
        [
            "Answer to members and neighbours: be responsive and easy to reach",
            "Build a wide membership or network that can act when needed",
            "Encourage people to organise themselves",
            "Make space for honest and brave conversations about difficult issues",
            "Bring networks together and work in partnership with other groups",
        ],
    ),
]

VALUES = [
    (
        "Participation",
        "participation",
        "Everyone affected can take part in the decisions.",
        [
            "Decide with people, not about them",
            "Offer more than one way to join in, at different times and costs",
        ],
    ),
    (
        "Accountability",
        "accountability",
        "We say what we will do and answer for what we did.",
        [
            "Write down who agreed to do what, and check back",
            "Report back to the people a decision affects",
        ],
    ),
    (
        "Reflection",
        "reflection",
        "We stop to look at how things went, honestly and kindly.",
        [
            "End each meeting with a short round of what worked and what did not",
            "Set aside time each season to look back together",
        ],
    ),
    (
        "Learning",
        "learning",
        "We pass on what we find out, including what did not work.",
        [
            "Share notes and stories with other groups",
            "Pass learning forward to people who will come after us",
        ],
    ),
]

INTRODUCTIONS = {
    "change": "Every group starts from something it wants to be different. Naming it plainly, together, "
    "keeps the work pointed at causes and not only at symptoms.",
    "action": "Action is what people can see and join. Small, visible steps build the confidence for bigger ones.",
    "strategy": "Time and energy are scarce in volunteer groups. Strategy is the habit of choosing where "
    "to spend them, and of checking the choice as things change.",
    "leadership": "In self-organised groups leading is a role people take in turns, not a title. The "
    "practices here spread it around.",
    "reach": "The people a group most needs to hear from are often the ones who never come to its "
    "meetings. Reach is about going to them.",
    "listening": "Listening first stops a group from offering what nobody asked for. It is also how trust starts.",
    "connect": "Groups get stronger when people and ideas travel between them. Connecting is deliberate "
    "work, not a side effect.",
    "organise": "Roles, meetings and simple agreements keep a group going when the first burst of energy fades.",
    "participation": "Participation runs through every area: whoever is affected by a decision has a way "
    "to take part in it.",
    "accountability": "Accountability means saying what we will do, doing it, and reporting back, to "
    "members and neighbours alike.",
    "reflection": "Reflection is making time to look back honestly, so that the next attempt goes better.",
    "learning": "Learning means writing down and passing on what we find out, failures included.",
}
