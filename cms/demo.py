"""Demo site settings and the About page."""

from wagtail.models import Locale, Site

from .demo_tools import Progress, child_page
from .factories import StandardPageFactory
from .models import SiteSettings, SiteText

ABOUT_BODY = [
    ("heading", {"text": "Who we are", "level": "h2", "anchor": ""}),
    (
        "paragraph",
        "<p>We are a loose network of networks: tenants' groups, mutual-aid circles, campaign "
        "collectives and the people who host their meetings. Nobody is in charge of the whole; "
        "each group keeps its own way of doing things and lends what it has learned.</p>",
    ),
    (
        "quotation",
        {
            "quote": "The best meetings we ever had started with everyone saying what they needed that evening.",
            "person": "Ama",
            "role": "Host of a monthly listening circle",
            "source_title": "",
            "source_url": "",
        },
    ),
    ("heading", {"text": "How this site works", "level": "h2", "anchor": ""}),
    (
        "paragraph",
        "<p>Editors from member groups look after the handbook and the events list. Anyone in a "
        "network can send in a story; an editor reads it before it appears.</p>",
    ),
    (
        "callout",
        {
            "tone": "action",
            "title": "Got something that worked?",
            "text": "<p>Tell us about it, even if it is small or only half finished.</p>",
            "link_page": None,
            "link_url": "",
            "link_text": "Share your story",
            "link_form": "share_story",
        },
    ),
]


def load(progress: Progress) -> None:
    progress.section("Site settings and About page")
    site = Site.objects.get(is_default_site=True)
    settings, created = SiteSettings.objects.get_or_create(
        site=site,
        defaults={
            "contact_email": "hello@example.org",
            "social_links": [("link", {"label": "Mastodon", "url": "https://social.example.org/@hub"})],
        },
    )
    progress.made("site settings", created=created)
    # Words in a language go in the translatable "Site text" snippet (translated by the demo's
    # translations, and by editors with wagtail-localize).
    default_locale = Locale.get_default()
    _text, created = SiteText.objects.get_or_create(
        locale=default_locale,
        defaults={
            "tagline": "How self-organised networks work, meet and learn",
            "footer_text": "Made by and for self-organised social-justice networks. Content may be shared with credit.",
        },
    )
    progress.made("site text", created=created)
    home = site.root_page.specific
    child_page(
        home,
        "about",
        StandardPageFactory,
        progress,
        title="About the network",
        introduction="Who runs this site, who it is for, and how to take part.",
        show_in_menus=True,
        body=ABOUT_BODY,
    )
