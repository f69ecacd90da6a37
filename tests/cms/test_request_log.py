"""Structured logs: under the production settings each request is one JSON line with its id,
path, status and duration, and nothing personal."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.test import RequestFactory
from django.urls import resolve

from cms.request_log import loggable_path

ROOT = Path(__file__).resolve().parents[2]
# Production settings with nothing real behind them: these requests touch no database or cache
# (ports where nothing listens), so the test never reaches the shared servers.
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x9!kQ2#pL7@vR4$wT8^zN1&bM5*cF3(hJ6)dS0_gY2+eU7=aW4-iO9~qX1%rK8",
    "ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "postgres://hub@127.0.0.1:9/hub",
    "CACHE_URL": "redis://127.0.0.1:9/1",
}
SCRIPT = """
import django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="hub.example.org")
assert client.get("/robots.txt", {"q": "ama@example.org"}, secure=True).status_code == 200
assert client.get("/robots.txt", secure=False, HTTP_X_REQUEST_ID="lb-req-12345678").status_code == 301
"""


def _run_under_production_settings(static_root):
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_SETTINGS_MODULE", "CACHE_URL"}}
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        env={**clean, **PRODUCTION_ENV, "STATIC_ROOT": str(static_root)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_each_request_is_one_json_line_without_personal_data(tmp_path):
    result = _run_under_production_settings(tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.strip()]
    requests = [line for line in lines if line["logger"] == "cms.request"]
    assert len(requests) == 2, result.stderr
    served, redirected = requests
    assert served["path"] == "/robots.txt" and served["status"] == 200 and served["method"] == "GET"
    assert isinstance(served["duration_ms"], float) and served["duration_ms"] >= 0
    assert len(served["request_id"]) == 32 and served["level"] == "INFO" and served["time"]
    # The load balancer's id is kept; HTTP is redirected to HTTPS and still logged.
    assert redirected["request_id"] == "lb-req-12345678" and redirected["status"] == 301
    assert "ama@example.org" not in result.stderr
    assert not {"ip", "remote_addr", "user", "query"} & set(served)


def test_secret_keys_in_paths_are_redacted():
    path = "/en/accounts/confirm-email/MQ:1vSecretKey123/"
    request = RequestFactory().get(path)
    request.resolver_match = resolve(path)
    assert loggable_path(request) == "/en/accounts/confirm-email/[redacted]/"
