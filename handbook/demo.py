"""Demo handbook, glossary and framework, in the project's own words. Safe to run twice.

Order matters: framework and glossary first (pages point at them), then the handbook pages.
"""

from wagtail.models import Locale, Site

from cms.demo_tools import Progress, child_page

from . import demo_pages as pages
from .demo_framework import AREAS, INTRODUCTIONS, VALUES
from .demo_glossary import RELATED, TERMS
from .factories import FrameworkPageFactory, HandbookIndexPageFactory, HandbookPageFactory
from .models import FrameworkArea, FrameworkValue, GlossaryTerm


def _ensure_facets(model, rows, progress: Progress) -> dict:
    locale = Locale.get_default()
    made = {}
    for order, (name, slug, summary, practices) in enumerate(rows):
        blocks = [("practice", {"text": text, "detail": ""}) for text in practices]
        introduction = f"<p>{INTRODUCTIONS[slug]}</p>"
        facet, created = model.objects.get_or_create(
            slug=slug,
            locale=locale,
            defaults={
                "name": name,
                "summary": summary,
                "sort_order": order,
                "practices": blocks,
                "introduction": introduction,
            },
        )
        if not created and not (facet.practices and facet.introduction):
            # Made by an earlier version of the demo, before practices and introductions existed.
            facet.practices = facet.practices or blocks
            facet.introduction = facet.introduction or introduction
            facet.save()
        progress.made(f"{model._meta.verbose_name}: {name}", created=created)
        made[slug] = facet
    return made


def _ensure_terms(progress: Progress) -> dict:
    locale = Locale.get_default()
    terms = {}
    for name, slug, short, others, explanation in TERMS:
        term, created = GlossaryTerm.objects.get_or_create(
            slug=slug,
            locale=locale,
            defaults={
                "term": name,
                "short_definition": short,
                "alternative_names": "\n".join(others),
                "explanation": explanation,
            },
        )
        progress.made(f"glossary term: {name}", created=created)
        terms[slug] = term
    for slug, related in RELATED.items():
        term = terms[slug]
        if not term.related_terms.exists():
            term.related_terms.set([terms[other] for other in related])
            term.save()
    return terms


def load(progress: Progress) -> None:
    progress.section("Framework areas and values")
    areas = _ensure_facets(FrameworkArea, AREAS, progress)
    values = _ensure_facets(FrameworkValue, VALUES, progress)

    progress.section("Glossary")
    terms = _ensure_terms(progress)

    progress.section("Handbook and framework pages")
    home = Site.objects.get(is_default_site=True).root_page.specific
    handbook, _ = child_page(
        home,
        "handbook",
        HandbookIndexPageFactory,
        progress,
        title="Handbook",
        introduction="How our networks work, in our own words: what we do, what we have learned, "
        "and what we still want to write down.",
        glossary_introduction="Words and abbreviations you will meet in the handbook, and what we mean by them.",
        wanted_introduction="Parts of the handbook nobody has written yet. If you know about one, offer some text.",
    )
    child_page(
        home,
        "framework",
        FrameworkPageFactory,
        progress,
        title="Framework",
        introduction="Eight areas of practice that social action hubs work across, and four values that "
        "run through all of them.",
        body="<p>Start anywhere. Each area lists practices; each links to the stories and events that show "
        "it in action.</p>",
    )

    ways, _ = child_page(
        handbook,
        "ways-of-working",
        HandbookPageFactory,
        progress,
        title="Ways of working",
        introduction="The habits that decide whether a network thrives: how we treat each other while we act.",
        body=pages.ways_of_working(terms),
        framework_areas=[areas["organise"], areas["connect"]],
        framework_values=[values["participation"]],
    )
    styles, _ = child_page(
        ways,
        "styles-of-working",
        HandbookPageFactory,
        progress,
        title="Styles of working",
        introduction="Patience, generosity, sharing and fun: the styles members say make the difference.",
        body=pages.styles_of_working(terms),
        framework_areas=[areas["leadership"]],
        framework_values=[values["learning"], values["reflection"]],
    )
    child_page(
        ways,
        "closer-and-better-connected",
        HandbookPageFactory,
        progress,
        title="Becoming closer and better connected",
        introduction="What networking the networks is for, and how we could do it better.",
        body=pages.closer_and_connected(terms, styles),
        framework_areas=[areas["connect"], areas["reach"]],
    )
    start, _ = child_page(
        handbook,
        "getting-started",
        HandbookPageFactory,
        progress,
        title="Getting started",
        introduction="First steps for a new group: who to talk to and where to find them.",
        body=pages.getting_started(terms),
        framework_areas=[areas["reach"], areas["listening"], areas["strategy"]],
    )
    child_page(
        start,
        "hosting-a-first-gathering",
        HandbookPageFactory,
        progress,
        title="Hosting a first gathering",
        introduction="A simple plan for the first time people meet.",
        body=pages.first_gathering(terms),
        framework_areas=[areas["connect"]],
    )
    child_page(
        handbook,
        "finding-a-shared-vocabulary",
        HandbookPageFactory,
        progress,
        title="Finding a shared vocabulary",
        introduction="The words we use shape who feels they belong.",
        body=pages.vocabulary(terms),
        framework_values=[values["participation"]],
    )
