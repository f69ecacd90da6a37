"""Every Wagtail admin URL refuses people who are not editors (anonymous or plain members)."""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db

PLACEHOLDERS = {"int": "1", "str": "x", "slug": "x", "uuid": "00000000-0000-0000-0000-000000000000", "path": "x"}


def _admin_paths():
    """Concrete example paths for every pattern under /admin/, converters filled with dummies."""

    def walk(patterns, prefix):
        for entry in patterns:
            route = str(entry.pattern)
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, prefix + route)
            elif isinstance(entry, URLPattern):
                yield prefix + route

    found = set()
    for raw in walk(get_resolver().url_patterns, "/"):
        if not raw.startswith("/admin/"):
            continue
        path = re.sub(r"<(?:(\w+):)?\w+>", lambda m: PLACEHOLDERS.get(m.group(1) or "str", "x"), raw)
        path = re.sub(r"\(\?P<\w+>[^)]*\)", "1", path).replace("^", "").replace("$", "").replace("\\", "")
        found.add(path)
    return sorted(found)


ADMIN_PATHS = _admin_paths()


def test_sweep_covers_the_admin():
    assert len(ADMIN_PATHS) > 150  # pages, images, documents, snippets, settings, users…


@pytest.mark.parametrize("who", ["anonymous", "member"])
def test_no_admin_url_answers_200_to_non_editors(client, django_user_model, home_page, who):
    if who == "member":
        member = django_user_model.objects.create_user("member", "m@example.org", "pw")
        client.force_login(member)
    open_doors = []
    for path in ADMIN_PATHS:
        response = client.get(path)
        if response.status_code == 200 and not _is_public_admin_page(path):
            open_doors.append(path)
    assert open_doors == []


def _is_public_admin_page(path: str) -> bool:
    """Sign-in, password reset and the icon sprite (static SVG) are meant to be reachable by anyone."""
    return path.startswith(("/admin/login/", "/admin/password_reset/", "/admin/logout/")) or path in {
        "/admin/jsi18n/",
        "/admin/sprite/",
    }
