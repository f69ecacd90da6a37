"""When parts of the platform fail, readers get a calm answer, and load balancers a true one."""

import shutil
import socket
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client

from cms.settings.base import redis_caches

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
    response = client.get("/health/dependencies/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok", "storage": "ok"}}
    assert "no-cache" in response["Cache-Control"]
    balancer = client.get("/health/")
    assert (balancer.status_code, balancer.json()) == (200, {"status": "ok"})
    assert "no-cache" in balancer["Cache-Control"]


def test_health_check_says_when_database_is_down(client, home_page):
    with _database_down():
        balancer = client.get("/health/")
        response = client.get("/health/dependencies/")
    assert balancer.status_code == 503
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "unavailable"


def test_health_check_says_when_storage_is_not_mounted(client, home_page, settings, tmp_path):
    # The media path is a plain file (a volume that failed to mount): nothing can be written.
    (tmp_path / "not-a-folder").write_text("")
    settings.MEDIA_ROOT = str(tmp_path / "not-a-folder")
    response = client.get("/health/dependencies/")
    assert response.status_code == 503
    assert response.json() == {
        "status": "degraded",
        "checks": {"database": "ok", "cache": "ok", "storage": "unavailable"},
    }
    assert client.get("/health/").status_code == 200  # pages still work: keep it in the pool


def test_health_check_says_when_storage_is_full(client, home_page):
    full = shutil._ntuple_diskusage(total=10**9, used=10**9 - 4096, free=4096)
    with mock.patch("shutil.disk_usage", return_value=full):
        response = client.get("/health/dependencies/")
    assert response.status_code == 503
    assert response.json()["checks"]["storage"] == "unavailable"
    assert "full" not in response.content.decode()  # which part, never the error itself


def test_health_checks_write_no_files(client, home_page, settings):
    media = Path(settings.MEDIA_ROOT)
    before = sorted(media.rglob("*"))
    for _ in range(3):
        assert client.get("/health/").status_code == 200
        assert client.get("/health/dependencies/").status_code == 200
    assert sorted(media.rglob("*")) == before


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    """The production cache configuration pointed at a port where no Redis listens."""
    settings.CACHES = redis_caches(f"redis://127.0.0.1:{_closed_port()}/1")
    settings.CMS_PAGE_CACHE = True


def test_pages_are_served_while_redis_is_down(client, home_page, redis_down, django_user_model):
    anonymous = Client(raise_request_exception=True)
    for url in ("/en/", "/en/", "/en/search/?q=home", "/en/accounts/login/", "/robots.txt", "/sitemap.xml"):
        assert anonymous.get(url).status_code == 200, url
    # Sign-in is rate-limited through the cache (allauth): a miss must not stop anyone signing in.
    response = anonymous.post("/en/accounts/login/", {"login": "nobody@example.org", "password": "wrong"})
    assert response.status_code == 200
    member = django_user_model.objects.create_user("m", "m@example.org", "pw")
    anonymous.force_login(member)
    assert anonymous.get("/en/members/").status_code == 200


def test_health_check_says_when_redis_is_down(client, home_page, redis_down):
    # The load balancer keeps the server (pages work without Redis); monitoring hears of it.
    balancer = client.get("/health/")
    assert (balancer.status_code, balancer.json()) == (200, {"status": "ok"})
    response = client.get("/health/dependencies/")
    assert response.status_code == 503
    assert response.json()["checks"] == {"database": "ok", "cache": "unavailable", "storage": "ok"}
