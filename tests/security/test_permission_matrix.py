"""Who may open what: every URL the project defines, for every kind of visitor, against the
table in ``permission_table.py``; every mismatch is reported at once. A guard fails when a new
URL pattern or page type appears that the table does not cover, and member forms refuse posts
without a CSRF token."""

import io
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from PIL import Image as PILImage
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents.models import Document
from wagtail.models import Page, get_page_models

from events.models import EventPage, Organisation, Person, Venue
from handbook.models import FrameworkArea, FrameworkValue, GapContribution, GlossaryTerm, HandbookGap
from members.factories import MemberFactory
from members.models import Submission
from members.submissions import images, workflow
from stories.models import StoryEntry

from .permission_table import (
    NOT_CREATABLE,
    PAGE_ROWS,
    PROJECT_APPS,
    ROLES,
    ROWS,
    snippet_expected,
    snippet_path,
)

SNIPPET_ROUTE_PREFIXES = tuple(
    f"admin/snippets/{choose}{app}/" for choose in ("", "choose/") for app in ("handbook", "events")
)


def resolver_routes():
    """Every URL pattern as the resolver knows it (prefixes joined), with its view's module."""

    def walk(patterns, prefix):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern):
                yield prefix + str(entry.pattern), getattr(entry.callback, "__module__", "")

    return list(walk(get_resolver().url_patterns, ""))


def project_routes() -> set[str]:
    """Everything outside Wagtail's admin, plus admin URLs the project's own code registers."""
    routes = set()
    for route, module in resolver_routes():
        if (
            not route.startswith("admin/")
            or module.split(".")[0] in PROJECT_APPS
            or route.startswith(SNIPPET_ROUTE_PREFIXES)
        ):
            routes.add(route)
    return routes


def page_type_keys() -> set[str]:
    keys = set()
    for model in get_page_models():
        label = model._meta.label
        if model._meta.app_label not in PROJECT_APPS or label in NOT_CREATABLE:
            continue
        keys.add(f"{label}:")
        if issubclass(model, RoutablePageMixin):
            keys.update(f"{label}:{pattern.pattern}" for pattern in model.get_subpage_urls())
    return keys


def test_table_covers_every_project_url_and_page_type():
    covered = {row.key for row in ROWS}
    snippet_routes = {route for route in project_routes() if route.startswith(SNIPPET_ROUTE_PREFIXES)}
    missing_urls = sorted(project_routes() - covered - snippet_routes)
    missing_pages = sorted(page_type_keys() - set(PAGE_ROWS))
    assert not missing_urls, "URL patterns with no row in permission_table.py:\n" + "\n".join(missing_urls)
    assert not missing_pages, "page types or routes with no row in PAGE_ROWS:\n" + "\n".join(missing_pages)
    assert len(snippet_routes) > 50  # the project's snippet view sets are really found


def _live(model):
    return model.objects.live().exact_type(model).filter(locale__language_code="en").order_by("path").first()


def _png_bytes() -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (8, 8), (0, 90, 60)).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def world(home_page, django_db_blocker):
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    labels = {key.split(":")[0] for key in PAGE_ROWS}
    pages = {label: _live(next(m for m in get_page_models() if m._meta.label == label)) for label in labels}
    assert all(pages.values()), [label for label, page in pages.items() if page is None]
    users = {
        "unverified": MemberFactory(username="unverified", verified=False),
        "member": MemberFactory(username="owner"),
        "other": MemberFactory(username="other"),
        "moderator": User.objects.create_user("matrix-moderator", "mod@example.org", "pw"),
        "editor": User.objects.create_user("matrix-editor", "ed@example.org", "pw"),
        "admin": User.objects.create_superuser("matrix-admin", "admin@example.org", "pw"),
    }
    users["moderator"].groups.add(Group.objects.get(name="Moderators"))
    users["editor"].groups.add(Group.objects.get(name="Editors"))
    submission = Submission.objects.create(
        owner=users["member"], title="Our tenants' union", summary="S", context="C", what_was_done="W", consent=True
    )
    upload = SimpleUploadedFile("p.png", _png_bytes(), content_type="image/png")
    submission.lead_image = images.store(images.check_upload(upload), "Matrix", [])
    submission.lead_image_alt = "A square"
    submission.save()
    workflow.submit(submission.pk, users["member"])
    submission.refresh_from_db()
    gap = HandbookGap.objects.open().first()
    contribution = GapContribution.objects.create(
        gap=gap, gap_key=gap.key, gap_title=gap.title, name="Reader", email="r@example.org", text="T", consent=True
    )
    document = Document.objects.create(title="Guide", file=ContentFile(b"guide text", name="guide.txt"))
    event = _live(EventPage)
    story_tag = StoryEntry.objects.live().filter(tags__isnull=False).first().tags.first()
    slugs = {
        "area": FrameworkArea.objects.filter(locale__language_code="en").first().slug,
        "term": GlossaryTerm.objects.filter(locale__language_code="en").first().slug,
        "gap": gap.key,
        "event_tag": event.tags.first().slug,
        "story_tag": story_tag.slug,
    }
    snippet_pks = {
        "frameworkarea": FrameworkArea.objects.first().pk,
        "frameworkvalue": FrameworkValue.objects.first().pk,
        "glossaryterm": GlossaryTerm.objects.first().pk,
        "gapcontribution": contribution.pk,
        **{model._meta.model_name: model.objects.first().pk for model in (Venue, Person, Organisation)},
    }
    return SimpleNamespace(
        pages=pages,
        users=users,
        submission=submission,
        event=event,
        draft_page=Page.objects.get(pk=submission.page_id).specific,
        document=document,
        slugs=slugs,
        snippet_pks=snippet_pks,
    )


def _clients(world):
    clients = {}
    for role in ROLES:
        client = Client(raise_request_exception=False)
        if role != "anonymous":
            client.force_login(world.users[role])
        clients[role] = client
    return clients


@pytest.mark.django_db
def test_every_url_gives_each_visitor_the_expected_status(world):
    cells = [(row.key, row.path(world), row.expected) for row in ROWS]
    cells += [
        (route, snippet_path(route, world), snippet_expected(route))
        for route in sorted(project_routes())
        if route.startswith(SNIPPET_ROUTE_PREFIXES)
    ]
    mismatches = []
    for role, client in _clients(world).items():
        for key, path, expected in cells:
            status = client.get(path).status_code
            if status != expected[role]:
                mismatches.append(f"{role:<10} {path:<70} expected {expected[role]}, got {status}   [{key}]")
    assert not mismatches, f"{len(mismatches)} of {len(cells) * len(ROLES)} cells differ:\n" + "\n".join(mismatches)
