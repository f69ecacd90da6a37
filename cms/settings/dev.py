"""Local development: DEBUG on, console email, SQLite unless DATABASE_URL is set."""

import os

# Harmless local values, set before base.py reads the environment. Never used in production.
os.environ.setdefault("SECRET_KEY", "dev-only-not-secret-8f3c1d7e0b9a4c2f6e5d4c3b2a1908f7e6d5c4b3a2")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost")

from .base import *  # noqa: E402,F403

DEBUG = True
# Emails are still queued (cms/mail.py), but sent at once, to the console: no worker to run.
CMS_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
TASKS = {**TASKS, "email": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}  # noqa: F405
INSTALLED_APPS = ["whitenoise.runserver_nostatic", *INSTALLED_APPS]  # noqa: F405
