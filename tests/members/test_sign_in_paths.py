"""Members sign in only through allauth; Wagtail's own login and reset views do not let them in."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from wagtail.models import PageViewRestriction

from cms.factories import StandardPageFactory
from members.factories import MemberFactory

pytestmark = pytest.mark.django_db

ADMIN_LOGIN = "/admin/login/"
PAGE_LOGIN = "/en/_util/login/"
LOGIN = "/en/accounts/login/"
RESET = "/en/accounts/password/reset/"


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.fixture
def unverified(db):
    return MemberFactory(username="una", email="una@example.org", verified=False)


@pytest.fixture
def verified(db):
    return MemberFactory(username="vera", email="vera@example.org")


@pytest.mark.parametrize("url", [ADMIN_LOGIN, PAGE_LOGIN])
@pytest.mark.parametrize("who", ["unverified", "verified"])
@pytest.mark.parametrize("by", ["email", "username"])
def test_wagtail_login_views_never_sign_a_member_in(home_page, request, url, who, by):
    member = request.getfixturevalue(who)
    client = Client()
    response = client.post(url, {"username": getattr(member, by), "password": "member-password"})
    assert response.status_code == 200  # the form again, with an error
    assert not _signed_in(client)


def test_unverified_member_signing_in_through_allauth_is_sent_to_verify(client, home_page, unverified):
    response = client.post(LOGIN, {"login": "una@example.org", "password": "member-password"})
    assert response.status_code == 302 and response["Location"] == "/en/accounts/confirm-email/"
    assert not _signed_in(client)


def test_verified_member_signs_in_through_allauth(client, home_page, verified):
    response = client.post(LOGIN, {"login": "vera@example.org", "password": "member-password"})
    assert response.status_code == 302 and _signed_in(client)


def test_staff_and_moderators_sign_in_to_the_admin_with_their_username(home_page, django_user_model):
    django_user_model.objects.create_user("editor", "e@example.org", "editor-password", is_staff=True)
    moderator = MemberFactory(username="mo", email="mo@example.org")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    for username, password in (("editor", "editor-password"), ("mo", "member-password")):
        client = Client()
        response = client.post(ADMIN_LOGIN, {"username": username, "password": password})
        assert response.status_code == 302 and response["Location"] == "/admin/", username
    assert client.get("/admin/").status_code == 200  # the moderator's group grants the admin
    # A moderator's email address is not a way in either.
    client = Client()
    client.post(ADMIN_LOGIN, {"username": "mo@example.org", "password": "member-password"})
    assert not _signed_in(client)


def test_private_pages_send_readers_to_the_member_sign_in(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Members only", slug="members-only")
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/en/members-only/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN + "?next=")


def test_admin_password_reset_sends_nothing(client, home_page, verified, django_user_model):
    django_user_model.objects.create_user("editor", "e@example.org", "editor-password", is_staff=True)
    for address in ("vera@example.org", "e@example.org"):
        response = client.post("/admin/password_reset/", {"email": address})
        assert response.status_code in (302, 404)
    assert mail.outbox == []
    assert "Forgotten password?" not in client.get(ADMIN_LOGIN).content.decode()


def test_reset_mails_are_limited_per_address(client, home_page, verified):
    clients = [Client(REMOTE_ADDR=f"198.51.100.{n}") for n in range(5)]
    statuses = [client.post(RESET, {"email": "vera@example.org"}).status_code for client in clients]
    assert statuses[:3] == [302, 302, 302]
    assert statuses[3:] == [429, 429]
    assert [message.to for message in mail.outbox] == [["vera@example.org"]] * 3


def test_verification_mails_are_limited_per_address(home_page, unverified):
    for n in range(4):
        Client(REMOTE_ADDR=f"198.51.100.{n}").post(LOGIN, {"login": "una@example.org", "password": "member-password"})
    assert len(mail.outbox) == 1
    assert EmailAddress.objects.get(email="una@example.org").verified is False


def test_failed_member_sign_ins_are_limited_per_account(home_page, verified):
    for n in range(5):
        Client(REMOTE_ADDR=f"198.51.100.{n}").post(LOGIN, {"login": "vera@example.org", "password": "wrong"})
    client = Client(REMOTE_ADDR="203.0.113.9")
    response = client.post(LOGIN, {"login": "vera@example.org", "password": "member-password"})
    assert not _signed_in(client)
    assert "Too many failed login attempts" in response.content.decode()
