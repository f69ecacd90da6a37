"""Production settings as the benchmark runs them: plain HTTP on 127.0.0.1, plus a bare view.

Used only by `make bench` (scripts/bench.py); never deploy with it.
"""

from .production import *  # noqa: F403

SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SECURE_HSTS_SECONDS = 0
ROOT_URLCONF = "cms.bench_urls"
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
