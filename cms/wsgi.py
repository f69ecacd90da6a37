"""WSGI entry point for gunicorn: `gunicorn cms.wsgi`."""

import os
import sys

from django.core.wsgi import get_wsgi_application

from cms.settings.env import MissingSetting

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

try:
    application = get_wsgi_application()
except MissingSetting as error:
    sys.stderr.write(f"Configuration error: {error}\n")
    raise SystemExit(2) from None
