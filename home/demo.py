"""Demo home page: replaces Wagtail's placeholder welcome page and becomes the site root."""

from wagtail.models import Page, Site

from cms.addresses import site_address, sync_default_site
from cms.demo_images import demo_image
from cms.demo_tools import Progress

from .factories import HomePageFactory
from .models import HomePage

INTRODUCTION = (
    "Peer-support circles, organisers and action networks run themselves. Here they swap "
    "what works: how they meet, how they decide, and what happened when they tried."
)
BODY = (
    "<p>Read the handbook our members keep, come to a forum or workshop, or send us the story "
    "of something your group tried. Joining is free: tell us a little about your group on the Join page "
    "and one of the organisers will say hello.</p>"
)


def load(progress: Progress) -> None:
    progress.section("Home page")
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = HomePage.objects.filter(depth=2).first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's install creates a plain "Welcome" page; it has nothing worth keeping.
        Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore").delete()
        root.refresh_from_db()
        image, alt = demo_image("circle-meeting", progress)
        home = HomePageFactory(
            parent=root,
            title="Learning from each other",
            slug="home",
            introduction=INTRODUCTION,
            body=BODY,
            lead_image=image,
            lead_image_alt=alt,
        )
        progress.made("home page", created=True)
    else:
        progress.made("home page", created=False)
        if home.lead_image_id is None:  # a home made before it had a picture
            home.lead_image, home.lead_image_alt = demo_image("circle-meeting", progress)
            home.save_revision().publish()
    if site is None:
        hostname, port = site_address()  # BASE_URL's
        Site.objects.create(
            hostname=hostname, port=port, root_page=home, is_default_site=True, site_name="Social Action Hub"
        )
    elif site.root_page_id != home.pk or not site.site_name:
        site.root_page = home
        site.site_name = site.site_name or "Social Action Hub"
        site.save()
    sync_default_site()  # an existing site follows BASE_URL too
