"""Configuration: production settings are strict and say clearly what is missing."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "SECRET_KEY": "x9!kQ2#pL7@vR4$wT8^zN1&bM5*cF3(hJ6)dS0_gY2+eU7=aW4-iO9~qX1%rK8",
    "ALLOWED_HOSTS": "hub.example.org",
    "DATABASE_URL": "postgres://hub@127.0.0.1:5432/hub",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


def manage(*args, env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION_ENV and k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean_with_documented_variables():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "CACHE_URL"])
def test_missing_variable_is_named_without_a_traceback(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = manage("check", env=env)
    assert result.returncode == 2
    assert f"Configuration error: The environment variable {missing} is not set" in result.stderr
    assert "Traceback" not in result.stderr


def test_production_refuses_sqlite():
    result = manage("check", env={**PRODUCTION_ENV, "DATABASE_URL": "sqlite:///tmp/x.db"})
    assert result.returncode == 2
    assert "DATABASE_URL must point at PostgreSQL" in result.stderr


def test_google_translation_without_its_package_stops_the_start_saying_how_to_install_it():
    # The project's own environment, where requirements.txt does not install Google's client.
    result = manage("check", env={**PRODUCTION_ENV, "MACHINE_TRANSLATOR": "google", "GOOGLE_CLOUD_PROJECT_ID": "p"})
    assert result.returncode == 2
    assert "Configuration error: MACHINE_TRANSLATOR=google needs the google-cloud-translate package" in result.stderr
    assert "pip install google-cloud-translate==3.28.0" in result.stderr
    assert "Traceback" not in result.stderr


def test_base_settings_have_debug_off():
    from cms.settings import base

    assert base.DEBUG is False
