"""Demo framework: the eight areas of practice and four cross-cutting values.

Summaries are written for this project; the handbook issue adds practices and pages.
"""

from wagtail.models import Locale

from cms.demo_tools import Progress

from .models import FrameworkArea, FrameworkValue

AREAS = [
    ("Change", "change", "Being clear about what should be different, and for whom."),
    ("Action", "action", "Doing things together that people can see, join and learn from."),
    ("Strategy", "strategy", "Choosing where to put limited time and energy, and revisiting the choice."),
    ("Leadership", "leadership", "Sharing the work of leading so that it does not rest on a few people."),
    ("Reach", "reach", "Finding the people who are not in the room yet, and making it easy to come in."),
    ("Listening", "listening", "Hearing what people need before deciding what to offer."),
    ("Connect", "connect", "Linking groups and people so that help and ideas travel."),
    ("Organise", "organise", "The roles, meetings and habits that keep a group going."),
]
VALUES = [
    ("Participation", "participation", "Everyone affected can take part in the decisions."),
    ("Accountability", "accountability", "We say what we will do and answer for what we did."),
    ("Reflection", "reflection", "We stop to look at how things went, honestly and kindly."),
    ("Learning", "learning", "We pass on what we find out, including what did not work."),
]


def _ensure(model, rows, progress: Progress) -> None:
    locale = Locale.get_default()
    for order, (name, slug, summary) in enumerate(rows):
        _, created = model.objects.get_or_create(
            slug=slug, locale=locale, defaults={"name": name, "summary": summary, "sort_order": order}
        )
        progress.made(f"{model._meta.verbose_name}: {name}", created=created)


def load(progress: Progress) -> None:
    progress.section("Framework areas and values")
    _ensure(FrameworkArea, AREAS, progress)
    _ensure(FrameworkValue, VALUES, progress)
