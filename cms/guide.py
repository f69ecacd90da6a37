"""The admin's Help menu opens a short guide for editors and moderators, inside the site.

Wagtail idiom: ``register_help_menu_item`` adds an entry to the admin's Help menu and
``register_admin_urls`` a view behind admin sign-in. The page types are listed from the
models (``get_page_models``), each with the sentence below, so a new type cannot be missed:
the guide's test fails until it has one.
"""

from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

PAGE_TYPES = {
    "home.HomePage": _("The front page of one language. There is one per language; translate it, do not add another."),
    "cms.StandardPage": _("A plain page (About us, Privacy). Any heading, text and images."),
    "handbook.HandbookIndexPage": _(
        "The handbook's front page; it also serves the glossary and the list of sections needed."
    ),
    "handbook.HandbookPage": _(
        "A handbook section: headings, text with notes, quotations with references, glossary terms, "
        "and 'section needed' gaps readers can offer text for."
    ),
    "handbook.FrameworkPage": _("Shows the framework's areas and values (edit those under Framework)."),
    "events.EventIndexPage": _("The events list and its calendar feeds."),
    "events.EventPage": _(
        "One event or a series: when, where (online, in person or both), speakers, programme and status "
        "(postponed, cancelled)."
    ),
    "stories.StoryIndexPage": _("The story library, with tags and feeds."),
    "stories.StoryPage": _("A story written by the editors."),
    "stories.CaseStudyPage": _("A case study: written by editors, or sent in by a member and reviewed by moderators."),
    "members.JoinPage": _("The 'Join the network' form: you choose its questions; answers are listed under Forms."),
}


def page_types():
    return [
        (model._meta.verbose_name, PAGE_TYPES.get(model._meta.label, ""))
        for model in get_page_models()
        if model.is_creatable
    ]


def guide(request):
    context = {"page_title": _("Guide for editors and moderators"), "header_icon": "help", "page_types": page_types()}
    return render(request, "cms/admin/guide.html", context)
