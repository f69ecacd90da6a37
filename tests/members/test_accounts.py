"""Member accounts: sign up with email, verify, sign in; never the admin."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from members.factories import MemberFactory
from members.models import MemberProfile

pytestmark = pytest.mark.django_db

SIGNUP = "/en/accounts/signup/"
LOGIN = "/en/accounts/login/"


def test_sign_up_verify_and_reach_the_member_area(client, home_page):
    response = client.post(
        SIGNUP, {"email": "ama@example.org", "password1": "a-long-pass-phrase", "password2": "a-long-pass-phrase"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert not EmailAddress.objects.get(email="ama@example.org").verified
    # Before verifying, signing in only sends another verification email.
    client.logout()
    client.post(LOGIN, {"login": "ama@example.org", "password": "a-long-pass-phrase"})
    assert client.get("/en/members/").status_code == 302

    message = mail.outbox[0]
    assert message.to == ["ama@example.org"]
    link = re.search(r"http://localhost(/en/accounts/confirm-email/[^\s]+)", message.body).group(1)
    assert client.post(link).status_code == 302
    assert EmailAddress.objects.get(email="ama@example.org").verified

    client.post(LOGIN, {"login": "ama@example.org", "password": "a-long-pass-phrase"})
    page = client.get("/en/members/")
    assert page.status_code == 200
    assert "ama@example.org" in page.content.decode()
    user = page.wsgi_request.user
    assert not user.is_staff and not user.is_superuser
    assert MemberProfile.objects.filter(user=user).exists()


def test_sign_up_errors_keep_what_was_typed(client, home_page):
    response = client.post(SIGNUP, {"email": "not-an-email", "password1": "short", "password2": "different"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    assert 'value="not-an-email"' in html
    assert 'aria-invalid="true"' in html


def test_members_cannot_open_the_admin(client, home_page):
    member = MemberFactory()
    client.force_login(member)
    response = client.get("/admin/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_member_pages_need_sign_in(client, home_page):
    for url in ("/en/members/", "/en/members/profile/", "/en/members/my-data.json", "/en/members/delete/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)


def test_header_offers_sign_in_or_account(client, home_page):
    assert 'href="/en/accounts/login/">Sign in</a>' in client.get("/en/").content.decode()
    client.force_login(MemberFactory())
    assert 'href="/en/members/">Your account</a>' in client.get("/en/").content.decode()
