"""Markup the Nu Html Checker rejects: checked here with html5lib's spec parser (the same tree
building rules browsers follow), so a stray end tag or an invalid machine date fails a test."""

import re

import html5lib
import pytest
from django.utils import timezone

from handbook.factories import HandbookIndexPageFactory, HandbookPageFactory

pytestmark = pytest.mark.django_db

# HTML's "valid global date and time string": no fraction of a second is needed or wanted here.
MACHINE_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:?\d{2}|Z))?$")


def parse_errors(html: str) -> list:
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(html)
    return [(error, data) for _position, error, data in parser.errors]


def test_sign_up_page_has_no_stray_end_tags(client, home_page):
    """The password rules are a list: inside a <p> it closes the paragraph early."""
    response = client.get("/en/accounts/signup/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<ul>" in html  # the password rules
    assert parse_errors(html) == []


def test_time_elements_have_valid_datetimes_without_microseconds(client, home_page):
    index = HandbookIndexPageFactory(parent=home_page)
    page = HandbookPageFactory(parent=index, slug="meetings", title="Meetings")
    type(page).objects.filter(pk=page.pk).update(last_published_at=timezone.now().replace(microsecond=123456))
    html = client.get(page.url).content.decode()
    values = re.findall(r'<time datetime="([^"]+)"', html)
    assert values
    for value in values:
        assert MACHINE_DATETIME.match(value), value
