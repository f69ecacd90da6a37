"""Bodies: a request over REQUEST_MAX_MB gets 413 before a byte of it is read, and an anonymous
POST's body is not parsed before the CSRF check has passed."""

import io

import pytest
from django.conf import settings
from django.test import Client

pytestmark = pytest.mark.django_db


class UnreadableBody(io.RawIOBase):
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def test_default_limit_fits_the_largest_upload_and_the_form_around_it():
    largest = max(settings.MEMBERS_IMAGE_MAX_BYTES, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    assert largest < settings.CMS_REQUEST_MAX_BYTES <= largest + 1024 * 1024
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE and settings.DATA_UPLOAD_MAX_NUMBER_FILES


@pytest.mark.parametrize("path", ["/en/accounts/login/", "/admin/login/", "/en/no-such-page/", "/health/"])
def test_an_oversized_body_is_refused_unread(client, home_page, path):
    size = settings.CMS_REQUEST_MAX_BYTES + 1
    response = client.generic(
        "POST",
        path,
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(size),
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 413
    assert "larger than the 11 MB" in response.content.decode()


def test_a_body_within_the_limit_goes_through(client, home_page):
    response = client.post("/en/accounts/login/", {"login": "x@example.org", "password": "wrong"})
    assert response.status_code == 200  # the form again, with its error


def test_an_anonymous_post_without_csrf_is_refused_before_its_body_is_parsed(home_page):
    anonymous = Client(enforce_csrf_checks=True)
    response = anonymous.generic(
        "POST",
        "/en/accounts/login/",
        content_type="application/x-www-form-urlencoded",
        CONTENT_LENGTH="1000",
        **{"wsgi.input": UnreadableBody()},
    )
    assert response.status_code == 403


def test_junk_in_a_form_body_is_still_refused_once_csrf_has_passed(client, home_page):
    response = client.post("/en/accounts/login/", {"login": "a\x00b", "password": "x"})
    assert response.status_code == 400
    fields = {f"f{n}": "x" for n in range(settings.CMS_PUBLIC_MAX_FIELDS + 1)}
    assert client.post("/en/accounts/login/", fields).status_code == 400
