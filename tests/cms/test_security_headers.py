"""Security headers on public pages and in the admin."""

import pytest

pytestmark = pytest.mark.django_db


def _directives(header: str) -> dict[str, list[str]]:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


def test_public_pages_get_a_strict_policy(client, home_page):
    response = client.get("/en/")
    csp = _directives(response["Content-Security-Policy"])
    assert csp["script-src"] == ["'self'"]
    assert csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert not any("unsafe" in value for values in csp.values() for value in values)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_error_pages_and_machine_files_carry_the_policy_too(client, home_page):
    for url in ("/robots.txt", "/sitemap.xml", "/en/no-such-page/"):
        assert "Content-Security-Policy" in client.get(url), url


def test_admin_gets_only_what_it_needs(admin_client, home_page):
    response = admin_client.get(f"/admin/pages/{home_page.pk}/edit/")
    assert response.status_code == 200
    csp = _directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]  # page previews are framed by the admin
    assert csp["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in csp["script-src"]
