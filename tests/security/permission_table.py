"""The permission matrix: every URL the project defines, the status each kind of visitor gets.

Rows are keyed by what the URL resolver calls the pattern (``en/members/profile/``), or
``page:<model>:<route>`` for one page of every page type and each of its routable sub-routes.
``tests/security/test_permission_matrix.py`` requests every cell and reports every mismatch at
once; its guard test fails when a URL pattern or page type appears that no row covers.

Roles: anonymous; ``unverified`` (signed in, email not verified); ``member`` (verified, owns
the submissions); ``other`` (another verified member: someone else's submission is a 404);
``moderator`` (Moderators group); ``editor`` (Wagtail's Editors group); ``admin`` (superuser).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

ROLES = ("anonymous", "unverified", "member", "other", "moderator", "editor", "admin")
PROJECT_APPS = ("cms", "home", "handbook", "events", "stories", "members")


def same(status: int) -> dict:
    return dict.fromkeys(ROLES, status)


def roles(default: int, **overrides: int) -> dict:
    return {**same(default), **overrides}


PUBLIC = same(200)
NOT_FOUND = same(404)
# login_required: anonymous readers are sent to sign in.
SIGNED_IN = roles(200, anonymous=302)
# Signed in with a verified address (members.submissions.views.verified_member_required): the
# others get the "verify your email first" page with a 403. Staff accounts have no member
# address, so they are not members here either.
VERIFIED = roles(403, anonymous=302, member=200, other=200)
# allauth pages for visitors: signed-in people are sent on to the member area.
VISITORS_ONLY = roles(302, anonymous=200)
# Wagtail admin: anyone without admin access is sent to the admin sign-in.
ADMIN_ONLY = roles(302, admin=200)
STAFF = roles(302, moderator=200, editor=200, admin=200)


@dataclass(frozen=True)
class Row:
    key: str
    path: Callable[[object], str]  # world -> concrete URL
    expected: dict
    note: str = ""


def _page(world, label):
    return world.pages[label].url


def _registering(world):
    """The demo's event that takes registrations on the site (events/registration)."""
    from events.models import EventPage

    return EventPage.objects.live().filter(registration="site", locale__language_code="en").first()


# Editors (and the admin) see event registrants; other staff are sent back to the dashboard.
EDITORS = roles(302, editor=200, admin=200)

ROWS = [
    # Machine-read files and services outside the language prefix.
    Row("sitemap.xml", lambda w: "/sitemap.xml", PUBLIC),
    Row("robots.txt", lambda w: "/robots.txt", PUBLIC),
    Row("health/", lambda w: "/health/", PUBLIC),
    Row("health/dependencies/", lambda w: "/health/dependencies/", PUBLIC),
    Row("stories/case-studies.csv", lambda w: "/stories/case-studies.csv", PUBLIC),
    Row("stories/case-studies.json", lambda w: "/stories/case-studies.json", PUBLIC),
    Row("api/v2/^pages/", lambda w: "/api/v2/pages/", PUBLIC),
    Row("api/v2/^pages/<int:pk>/", lambda w: f"/api/v2/pages/{w.pages['stories.CaseStudyPage'].pk}/", PUBLIC),
    Row(
        "api:draft",
        lambda w: f"/api/v2/pages/{w.draft_page.pk}/",
        NOT_FOUND,
        "a member's case study in review is not in the API",
    ),
    Row("api/v2/^pages/find/", lambda w: "/api/v2/pages/find/?html_path=/", same(302)),
    Row(r"documents/^(\d+)/(.*)$", lambda w: f"/documents/{w.document.pk}/{w.document.filename}", PUBLIC),
    Row(
        "documents/authenticate_with_password/<int:restriction_id>/",
        lambda w: "/documents/authenticate_with_password/999999/",
        NOT_FOUND,
    ),
    # Public pages and forms under /en/.
    Row("en/search/", lambda w: "/en/search/?q=network", PUBLIC),
    Row(
        r"en/^(?P<path>(?:[\w\-]+/)*(?:event\.ics|feed\.ics|feed/(?:tag|area)/[\w\-]+\.ics))$",
        lambda w: _page(w, "events.EventPage") + "event.ics",
        PUBLIC,
    ),
    Row(
        "en/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        lambda w: "/en/_util/authenticate_with_password/999999/3/",
        NOT_FOUND,
    ),
    Row("en/_util/login/", lambda w: "/en/_util/login/", PUBLIC),
    Row(r"en/^((?:[\w\-]+/)*)$", lambda w: "/en/no-such-page/", NOT_FOUND),
    Row("page:draft-case-study", lambda w: w.draft_page.url, NOT_FOUND, "in review: not public, even to staff"),
    # django-allauth: member accounts.
    Row("en/accounts/login/", lambda w: "/en/accounts/login/", VISITORS_ONLY),
    Row("en/accounts/signup/", lambda w: "/en/accounts/signup/", VISITORS_ONLY),
    Row("en/accounts/logout/", lambda w: "/en/accounts/logout/", SIGNED_IN),
    Row("en/accounts/inactive/", lambda w: "/en/accounts/inactive/", PUBLIC),
    Row("en/accounts/reauthenticate/", lambda w: "/en/accounts/reauthenticate/", SIGNED_IN),
    Row("en/accounts/email/", lambda w: "/en/accounts/email/", SIGNED_IN),
    Row("en/accounts/confirm-email/", lambda w: "/en/accounts/confirm-email/", PUBLIC),
    Row(r"en/accounts/^confirm-email/(?P<key>[-:\w]+)/$", lambda w: "/en/accounts/confirm-email/not-a-key/", PUBLIC),
    Row("en/accounts/password/change/", lambda w: "/en/accounts/password/change/", SIGNED_IN),
    Row("en/accounts/password/set/", lambda w: "/en/accounts/password/set/", roles(302)),
    Row("en/accounts/password/reset/", lambda w: "/en/accounts/password/reset/", PUBLIC),
    Row("en/accounts/password/reset/done/", lambda w: "/en/accounts/password/reset/done/", PUBLIC),
    Row(
        r"en/accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$",
        lambda w: "/en/accounts/password/reset/key/1-not-a-key/",
        PUBLIC,
    ),
    Row("en/accounts/password/reset/key/done/", lambda w: "/en/accounts/password/reset/key/done/", PUBLIC),
    Row("en/accounts/login/code/confirm/", lambda w: "/en/accounts/login/code/confirm/", roles(302)),
    # The member area.
    Row("en/members/", lambda w: "/en/members/", SIGNED_IN),
    Row("en/members/profile/", lambda w: "/en/members/profile/", SIGNED_IN),
    Row("en/members/my-data.json", lambda w: "/en/members/my-data.json", SIGNED_IN),
    Row("en/members/delete/", lambda w: "/en/members/delete/", SIGNED_IN),
    Row("en/members/submissions/", lambda w: "/en/members/submissions/", VERIFIED),
    Row("en/members/submissions/new/", lambda w: "/en/members/submissions/new/", VERIFIED),
    Row(
        "en/members/submissions/<int:pk>/",
        lambda w: f"/en/members/submissions/{w.submission.pk}/",
        roles(403, anonymous=302, member=200, other=404),
        "the member's own submission; another member gets a 404, never a hint it exists",
    ),
    Row(
        "en/members/submissions/<int:pk>/preview/",
        lambda w: f"/en/members/submissions/{w.submission.pk}/preview/",
        roles(403, anonymous=302, member=200, other=404),
        "the member's preview of their own submission; another member gets a 404",
    ),
    Row(
        "en/members/images/<int:pk>/",
        lambda w: f"/en/members/images/{w.submission.lead_image_id}/",
        roles(404, member=200, moderator=200, admin=200),
        "a draft's image: the member and moderators only, everyone else a 404, until it is published",
    ),
    Row(
        "en/members/images/renditions/<str:name>",
        lambda w: w.submission.lead_image.get_rendition("max-165x165").url,
        roles(404, member=200, moderator=200, admin=200),
        "a rendition of a draft's image (private until published, decision 0043): as the image",
    ),
    # Admin extensions the project registers.
    Row(
        "admin/member-submissions/",
        lambda w: "/admin/member-submissions/",
        roles(302, moderator=200, admin=200),
        "editors are sent back to the dashboard: senders' emails are for moderators only",
    ),
    Row(
        "admin/images/chooser/<int:image_id>/select_format/",
        lambda w: f"/admin/images/chooser/{w.submission.lead_image_id}/select_format/",
        same(302),
        "Wagtail's rich-text format step, checked here: a private member image is refused to everyone",
    ),
    Row("admin:dashboard", lambda w: "/admin/", STAFF, "with the moderators' panel"),
    Row("admin/guide/", lambda w: "/admin/guide/", STAFF, "the Help menu's guide for editors and moderators"),
    Row(
        "admin/contributions/<int:pk>/use/",
        lambda w: "/admin/contributions/999999/use/",
        roles(302, moderator=405, editor=405, admin=405),
        "POST only (the dashboard's button); a GET changes nothing",
    ),
    Row("admin:view-draft", lambda w: f"/admin/pages/{w.draft_page.pk}/view_draft/", STAFF, "moderation preview"),
    Row(
        "admin/reports/translation-status/",
        lambda w: "/admin/reports/translation-status/",
        EDITORS,
        "Reports → Translation status: for those who translate (cms/translation_status.py)",
    ),
    Row(
        "admin/reports/translation-status/results/",
        lambda w: "/admin/reports/translation-status/results/?status=missing",
        EDITORS,
        "the same report's filtered results",
    ),
    Row("admin/registrations/", lambda w: "/admin/registrations/", EDITORS, "registrants: names, addresses, needs"),
    Row(
        "admin/registrations/<int:page_id>/",
        lambda w: f"/admin/registrations/{_registering(w).pk}/",
        EDITORS,
        "one event's registrants and waiting list",
    ),
    Row(
        "admin/registrations/<int:page_id>/export.csv",
        lambda w: f"/admin/registrations/{_registering(w).pk}/export.csv",
        EDITORS,
    ),
    Row(
        "admin/registrations/<int:page_id>/message/",
        lambda w: f"/admin/registrations/{_registering(w).pk}/message/",
        EDITORS,
    ),
]

# One page of every page type, and each routable sub-route (the key's last part is the route).
PAGE_ROWS = {
    "cms.StandardPage:": "",
    "home.HomePage:": "",
    "handbook.FrameworkPage:": "",
    "handbook.FrameworkPage:<slug:slug>/": "{area}/",
    "handbook.HandbookPage:": "",
    "handbook.HandbookIndexPage:": "",
    "handbook.HandbookIndexPage:wanted/": "wanted/",
    "handbook.HandbookIndexPage:glossary/": "glossary/",
    "handbook.HandbookIndexPage:glossary/<slug:slug>/": "glossary/{term}/",
    "handbook.HandbookIndexPage:contribute/<uuid:key>/": "contribute/{gap}/",
    "handbook.HandbookIndexPage:contribute/<uuid:key>/thanks/": "contribute/{gap}/thanks/",
    "events.EventIndexPage:": "",
    "events.EventIndexPage:past/": "past/",
    "events.EventIndexPage:feed.ics/": "feed.ics",
    "events.EventIndexPage:feed/tag/<slug:tag>.ics/": "feed/tag/{event_tag}.ics",
    "events.EventIndexPage:feed/area/<slug:area>.ics/": "feed/area/{area}.ics",
    "events.EventPage:": "",
    "events.EventPage:event.ics/": "event.ics",
    "events.EventPage:register/": "register/",
    "events.EventPage:register/sent/": "register/sent/",
    "events.EventPage:registration/<str:token>/": "registration/1-00-00/",
    "events.EventPage:registration/<str:token>/<slug:action>/": "registration/1-00-00/cancel/",
    "stories.StoryIndexPage:": "",
    "stories.StoryIndexPage:tags/": "tags/",
    "stories.StoryIndexPage:tags/<slug:tag_slug>/": "tags/{story_tag}/",
    "stories.StoryIndexPage:feed/rss/": "feed/rss/",
    "stories.StoryIndexPage:feed/atom/": "feed/atom/",
    "stories.StoryIndexPage:tags/<slug:tag_slug>/feed/rss/": "tags/{story_tag}/feed/rss/",
    "stories.StoryIndexPage:tags/<slug:tag_slug>/feed/atom/": "tags/{story_tag}/feed/atom/",
    "stories.StoryPage:": "",
    "stories.CaseStudyPage:": "",
    "members.JoinPage:": "",
}
# Concrete classes no page is made of (shared bases of the real page types).
NOT_CREATABLE = {"stories.StoryEntry"}


def _page_row(key: str, suffix: str) -> Row:
    label = key.split(":", 1)[0]
    return Row(f"page:{key}", lambda w: w.pages[label].url + suffix.format(**w.slugs), PUBLIC)


# Registration routes, on the demo's event that registers here: the form for anyone; a made-up
# personal link is a 404 for everyone, staff included.
REGISTRATION_ROWS = {
    "events.EventPage:register/": PUBLIC,
    "events.EventPage:register/sent/": PUBLIC,
    "events.EventPage:registration/<str:token>/": NOT_FOUND,
    "events.EventPage:registration/<str:token>/<slug:action>/": NOT_FOUND,
}
ROWS += [_page_row(key, suffix) for key, suffix in PAGE_ROWS.items() if key not in REGISTRATION_ROWS]
ROWS += [
    Row(f"page:{key}", lambda w, suffix=PAGE_ROWS[key]: _registering(w).url + suffix, expected)
    for key, expected in REGISTRATION_ROWS.items()
]


# Wagtail admin views for the project's snippets (handbook, events and site text view sets),
# following docs/roles.md: editors curate every snippet, so they open every view (choosers'
# "create" included); moderators have admin access but none of these snippets except readers'
# gap contributions, which they read and triage (not delete), so Wagtail sends them back to
# the dashboard (302). Wagtail opens snippet choosers to all staff (editors pick venues,
# people, areas and terms in pages), except gap contributions, which carry readers' names
# (handbook/wagtail_hooks.py). Nobody adds a gap contribution in the admin, not even the admin.
def snippet_expected(route: str) -> dict:
    if "gapcontribution/add/" in route or "gapcontribution/create/" in route:
        return roles(302)
    if "gapcontribution" in route:
        return roles(302, editor=200, admin=200, moderator=302 if "/delete/" in route else 200)
    choosing = route.startswith("admin/snippets/choose/") and not route.endswith("/create/")
    if choosing:
        return STAFF
    if route.endswith(("/lock/<int:pk>/", "/unlock/<int:pk>/")):
        return roles(302, editor=405, admin=405)  # a button in the editor: POST only
    return roles(302, editor=200, admin=200)


COMPARE_ROUTE = re.compile(r"revisions/compare/\(\?P<revision_id_a>.*$")


def _revision_id(route: str, pk) -> str:
    """The latest revision of a snippet with drafts (one is saved if it has none yet)."""
    from django.contrib.contenttypes.models import ContentType

    app_label, model = re.search(r"admin/snippets/(\w+)/(\w+)/", route).groups()
    obj = ContentType.objects.get(app_label=app_label, model=model).get_object_for_this_type(pk=pk)
    revision = obj.get_latest_revision() or obj.save_revision()
    return str(revision.pk)


def snippet_path(route: str, world) -> str:
    model = re.search(r"admin/snippets/(?:choose/)?\w+/(\w+)/", route).group(1)
    pk = world.snippet_pks[model]
    route = COMPARE_ROUTE.sub("revisions/compare/earliest...latest/", route.replace("(?P<pk>.+)", "<int:pk>"))
    if "<int:revision_id>" in route:
        route = route.replace("<int:revision_id>", _revision_id(route, pk))
    return "/" + re.sub(r"<(?:int|str):pk>", str(pk), route)
