"""In a real browser: no CSP violations and no requests to other hosts, public or admin."""

from urllib.parse import urlsplit

import pytest

from cms.factories import StandardPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _watch(page, live_server):
    problems = []
    own_host = urlsplit(live_server.url).netloc

    def on_console(message):
        if "Content Security Policy" in message.text or "Content-Security-Policy" in message.text:
            problems.append(f"CSP: {message.text}")

    def on_request(request):
        host = urlsplit(request.url).netloc
        if request.url.startswith(("http://", "https://")) and host != own_host:
            problems.append(f"other host: {request.url}")

    page.on("console", on_console)
    page.on("request", on_request)
    return problems


def test_public_pages_have_no_csp_violations_or_foreign_requests(page, live_server, home_page):
    StandardPageFactory(parent=home_page, title="About", slug="about", show_in_menus=True)
    problems = _watch(page, live_server)
    for path in ("/en/", "/en/about/", "/en/search/?q=about", "/en/nowhere/"):
        page.goto(live_server.url + path)
        page.wait_for_load_state("networkidle")
    assert problems == []


def test_admin_editor_works_under_its_policy(page, live_server, home_page, django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.org", "pass-for-tests")
    problems = _watch(page, live_server)
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("pass-for-tests")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")
    page.goto(live_server.url + f"/admin/pages/{home_page.pk}/edit/")
    page.wait_for_load_state("networkidle")
    assert page.get_by_role("button", name="Save draft").is_visible()
    assert problems == []
