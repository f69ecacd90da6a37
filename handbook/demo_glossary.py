"""Demo glossary: fifteen terms, written for this project. (term, slug, short, other names, explanation)"""

TERMS = [
    (
        "CAN",
        "can",
        "A local network of people who organise together to act on what matters where they live.",
        ["Citizen Action Network", "Community Action Network", "Climate Action Network"],
        "<p>The letters are shared by several kinds of network. They differ in focus but have the "
        "same shape: people who choose to act together, with nobody in overall charge.</p>",
    ),
    (
        "Asset mapping",
        "asset-mapping",
        "Listing what a place already has — people, skills, rooms, groups — before asking what it lacks.",
        ["Community mapping"],
        "<p>A map of strengths changes the first conversation from 'what is wrong here' to 'what can we build on'.</p>",
    ),
    (
        "Co-production",
        "co-production",
        "Designing and running a service together with the people who use it.",
        ["Co-design"],
        "",
    ),
    (
        "Co-responsibility",
        "co-responsibility",
        "Sharing the duty for an outcome, rather than handing it to one organisation or leader.",
        [],
        "",
    ),
    (
        "Convivial gathering",
        "convivial-gathering",
        "A meeting built around food, music or play, where getting to know each other is the point.",
        ["Social", "Bring-and-share"],
        "",
    ),
    (
        "Deep listening",
        "deep-listening",
        "Listening to understand someone, without planning your reply or your offer.",
        [],
        "",
    ),
    (
        "Host",
        "host",
        "The person who welcomes people and keeps a gathering on track, without running it for them.",
        ["Facilitator", "Convenor"],
        "",
    ),
    (
        "Light-touch governance",
        "light-touch-governance",
        "Just enough agreed rules to keep a group fair and safe, and no more.",
        [],
        "",
    ),
    (
        "Mutual aid",
        "mutual-aid",
        "Neighbours meeting each other's needs directly, as equals rather than as helpers and helped.",
        [],
        "",
    ),
    (
        "Network of networks",
        "network-of-networks",
        "Networks linking up with each other so that learning and help can travel between them.",
        ["CANs of CANs"],
        "",
    ),
    (
        "Pattern matching",
        "pattern-matching",
        "Noticing that a group far away is doing something like you, and joining up to grow together.",
        [],
        "",
    ),
    (
        "Peer-support circle",
        "peer-support-circle",
        "A small group that meets regularly so that people with a shared experience can help each other.",
        ["Support circle"],
        "",
    ),
    (
        "Self-organising",
        "self-organising",
        "A group that sets its own aims and ways of working without waiting to be told.",
        ["Self-organised"],
        "",
    ),
    (
        "Sharing forward",
        "sharing-forward",
        "Passing on what you learned to people who will face the same problem later.",
        ["Paying it forward"],
        "",
    ),
    (
        "Speed of trust",
        "speed-of-trust",
        "The idea that community work cannot go faster than the trust between the people doing it.",
        [],
        "",
    ),
]

RELATED = {
    "can": ["network-of-networks", "self-organising"],
    "network-of-networks": ["can", "pattern-matching"],
    "deep-listening": ["host"],
    "sharing-forward": ["network-of-networks"],
}
