"""When parts of the platform fail, readers get a calm answer, and load balancers a true one."""

from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

pytestmark = pytest.mark.django_db


def _database_down():
    return mock.patch(
        "django.db.backends.utils.CursorWrapper.execute", side_effect=OperationalError("connection refused")
    )


def test_database_down_gives_503_with_retry_after(home_page):
    client = Client(raise_request_exception=False)
    with _database_down():
        response = client.get("/en/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "We’ll be back shortly" in response.content.decode()
    assert "Traceback" not in response.content.decode()


def test_site_recovers_when_database_returns(home_page):
    client = Client(raise_request_exception=False)
    with _database_down():
        assert client.get("/en/").status_code == 503
    assert client.get("/en/").status_code == 200


def test_health_check_reports_each_part(client, home_page):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "storage": "ok"}}
    assert "no-cache" in response["Cache-Control"]


def test_health_check_says_when_database_is_down(client, home_page):
    with _database_down():
        response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "unavailable"


def test_health_check_says_when_storage_is_not_writable(client, home_page, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "missing")
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "unavailable"
