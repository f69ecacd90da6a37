"""Admin sign-in is rate-limited: repeated failures lock that username out from that address."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def limits_on(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


def _attempt(client, password, username="editor", ip="203.0.113.5"):
    return client.post("/admin/login/", {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_lockout_after_repeated_failures(client, django_user_model, limits_on, home_page):
    django_user_model.objects.create_user("editor", "e@example.org", "right-password", is_staff=True)
    for _ in range(2):
        assert _attempt(client, "wrong").status_code == 200  # the form again, with an error
    locked = _attempt(client, "wrong")
    assert locked.status_code == 429
    assert "Too many sign-in attempts" in locked.content.decode()
    # Even the right password is refused during the cool-off.
    assert _attempt(client, "right-password").status_code == 429


def test_other_people_can_still_sign_in(client, django_user_model, limits_on, home_page):
    django_user_model.objects.create_user("editor", "e@example.org", "right-password", is_staff=True)
    django_user_model.objects.create_user("other", "o@example.org", "other-password", is_staff=True)
    for _ in range(3):
        _attempt(client, "wrong")
    response = _attempt(client, "other-password", username="other", ip="198.51.100.7")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/")
