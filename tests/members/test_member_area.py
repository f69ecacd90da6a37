"""The member area: profile, a copy of one's data, deleting one's account."""

import json

import pytest
from django.contrib.auth import get_user_model

from members.factories import MemberFactory
from members.models import MemberProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client, home_page):
    user = MemberFactory(username="sam")
    client.force_login(user)
    return user


def test_profile_saves_and_credits(client, member):
    response = client.post(
        "/en/members/profile/", {"display_name": "Sam R", "organisation": "Leeds Tenants", "credit_as": "organisation"}
    )
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user=member)
    assert profile.public_credit() == "Leeds Tenants"
    assert "Leeds Tenants" in client.get("/en/members/").content.decode()


def test_profile_errors_are_next_to_the_field(client, member):
    response = client.post(
        "/en/members/profile/", {"display_name": "x" * 81, "organisation": "Kept", "credit_as": "anonymous"}
    )
    html = response.content.decode()
    assert 'id="id_display_name-error"' in html
    assert 'href="#id_display_name"' in html  # the summary links to the field
    assert 'value="Kept"' in html


def test_member_text_is_escaped(client, member):
    client.post(
        "/en/members/profile/",
        {"display_name": "<script>alert(1)</script>", "organisation": "", "credit_as": "display_name"},
    )
    html = client.get("/en/members/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_data_export_has_everything_about_me(client, member):
    response = client.get("/en/members/my-data.json")
    assert response["Content-Disposition"] == 'attachment; filename="my-data.json"'
    data = json.loads(response.content)
    assert data["account"]["email_addresses"][0]["email"] == "sam@example.org"
    assert data["profile"]["display_name"] == "Sam"


def test_delete_account_needs_password_and_confirmation(client, member):
    response = client.post("/en/members/delete/", {"password": "wrong", "confirm": "on"})
    assert "That is not your current password." in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()
    response = client.post("/en/members/delete/", {"password": "member-password", "confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    assert not MemberProfile.objects.filter(user_id=member.pk).exists()
    assert client.get("/en/members/").status_code == 302


def test_one_member_never_sees_another(client, member):
    other = MemberFactory(username="other")
    MemberProfile.objects.filter(user=other).update(display_name="Someone Else")
    html = client.get("/en/members/").content.decode()
    assert "Someone Else" not in html
    assert "other@example.org" not in client.get("/en/members/my-data.json").content.decode()
