"""Ways in: every page that asks for a story links to the form, and the link gets a visitor there.

An anonymous visitor who follows "Share your story" signs in, or creates an account and confirms
it, and lands on the case-study form; a link from an empty framework cell arrives with that
cell's area and value already ticked.
"""

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.core.management import call_command

from handbook.factories import FrameworkAreaFactory, FrameworkValueFactory
from members.factories import MemberFactory

pytestmark = pytest.mark.django_db

FORM = "/en/members/submissions/new/"
LOGIN = "/en/accounts/login/"


def _share_links(html: str) -> list[str]:
    """The addresses of the links reading "Share your story" (or inviting a story in a table cell)."""
    links = re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(?:Share your story|<span aria-hidden="true">0 · add yours)', html)
    return [unescape(link) for link in links]


def _checked(html: str, name: str) -> set[str]:
    """The labels of the ticked checkboxes of a field."""
    ticked = set()
    for box in re.finditer(rf'<input type="checkbox" name="{name}" value="\d+"[^>]*id="([^"]+)"[^>]*>', html):
        if " checked" in box.group(0):
            label = re.search(rf'<label for="{box.group(1)}">\s*(.*?)\s*</label>', html, re.S)
            ticked.add(label.group(1) if label else box.group(1))
    return ticked


def test_every_page_that_asks_for_a_story_links_to_the_form(client):
    call_command("load_demo_content", verbosity=0)
    for address in ("/en/", "/en/about/", "/en/stories/", "/en/handbook/getting-started/"):
        links = _share_links(client.get(address).content.decode())
        assert FORM in links, f"{address} has no 'Share your story' link to the form: {links}"
    home = client.get("/en/").content.decode()
    assert "no form to join" not in home, "home must not deny the Join form it links to"
    assert "Come to an event" in home

    framework = client.get("/en/framework/").content.decode()
    cells = _share_links(framework)
    assert cells, "the framework table has empty cells in the demo"
    for link in cells:
        assert link.startswith(FORM + "?"), link
        query = parse_qs(urlsplit(link).query)
        assert set(query) == {"area", "value"}, link


@pytest.fixture
def framework(db):
    return {
        "areas": [FrameworkAreaFactory(name=name, slug=name.lower()) for name in ("Reach", "Leadership")],
        "values": [FrameworkValueFactory(name=name, slug=name.lower()) for name in ("Learning", "Reflection")],
    }


def test_the_form_ticks_the_area_and_value_named_in_the_address(client, home_page, framework):
    client.force_login(MemberFactory(username="ama", email="ama@example.org"))
    html = client.get(FORM + "?area=reach&value=learning").content.decode()
    assert _checked(html, "framework_areas") == {"Reach"}
    assert _checked(html, "framework_values") == {"Learning"}
    # Without parameters, or with ones that name nothing, nothing is ticked and nothing breaks.
    for query in ("", "?area=nowhere&value=" + "x" * 500, "?area=&value="):
        response = client.get(FORM + query)
        assert response.status_code == 200
        html = response.content.decode()
        assert _checked(html, "framework_areas") == set() and _checked(html, "framework_values") == set()


def test_an_anonymous_visitor_signs_up_and_lands_on_the_form_with_the_area_ticked(client, home_page, framework):
    response = client.get(FORM + "?area=leadership")
    assert response.status_code == 302
    login = response["Location"]
    assert login.startswith(LOGIN)
    page = client.get(login).content.decode()
    assert "to share your story" in page
    signup = unescape(re.search(r'href="([^"]*/accounts/signup/[^"]*)"', page).group(1))
    next_url = parse_qs(urlsplit(signup).query)["next"][0]
    assert next_url == FORM + "?area=leadership"

    client.post(
        signup,
        {"email": "new@example.org", "password1": "pass-phrase-42", "password2": "pass-phrase-42", "next": next_url},
    )
    link = re.search(r"http://localhost(/en/accounts/confirm-email/[^\s]+)", mail.outbox[-1].body).group(1)
    confirmed = client.post(link)
    assert confirmed.status_code == 302
    assert confirmed["Location"] == FORM + "?area=leadership"
    html = client.get(confirmed["Location"]).content.decode()
    assert _checked(html, "framework_areas") == {"Leadership"}


def test_a_member_who_signs_in_goes_straight_to_the_form(client, home_page, framework):
    MemberFactory(username="vera", email="vera@example.org")
    response = client.post(LOGIN, {"login": "vera@example.org", "password": "member-password", "next": FORM})
    assert response.status_code == 302 and response["Location"] == FORM
