"""wagtail-localize's machine translator, from environment variables; off unless chosen.

``MACHINE_TRANSLATOR`` names the service (``deepl``, ``libretranslate`` or ``google``); each
needs its own variables, and a missing one stops the site starting with a message naming it
(never a translator without its key, nor a LibreTranslate server spoken to over plain HTTP
across the network). The result is wagtail-localize's ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR``
setting, ``{"CLASS": …, "OPTIONS": {…}}``, or None. Every variable is in the README's table.
"""

import importlib.util
import os
from collections.abc import Mapping
from urllib.parse import urlsplit

from .env import MissingSetting

# Google's client is not in requirements.txt: it brings about a dozen packages (grpcio and
# protobuf among them, compiled) into every install for a service that is off by default.
# Whoever chooses it installs this release, the one checked against wagtail-localize's class.
GOOGLE_PACKAGE = "google-cloud-translate==3.28.0"

CLASSES = {
    "deepl": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
    "libretranslate": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
    "google": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
}
_LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def _required(environ: Mapping, name: str, service: str) -> str:
    value = environ.get(name, "").strip()
    if not value:
        raise MissingSetting(f"MACHINE_TRANSLATOR={service} needs the environment variable {name}. See README.md.")
    return value


def _libretranslate_url(environ: Mapping) -> str:
    url = _required(environ, "LIBRETRANSLATE_URL", "libretranslate").rstrip("/")
    parts = urlsplit(url)
    if parts.scheme != "https" and not (parts.scheme == "http" and parts.hostname in _LOOPBACK):
        raise MissingSetting(
            f"LIBRETRANSLATE_URL must be an https:// address (http:// only on this machine), not {url!r}."
        )
    return url


def _google_installed() -> bool:
    try:
        return importlib.util.find_spec("google.cloud.translate") is not None
    except ModuleNotFoundError:
        return False


def machine_translator(environ: Mapping | None = None) -> dict | None:
    """``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` for ``environ`` (the process's environment)."""
    environ = os.environ if environ is None else environ
    service = environ.get("MACHINE_TRANSLATOR", "").strip().lower()
    if service in ("", "off", "none"):
        return None
    if service not in CLASSES:
        raise MissingSetting(
            f"MACHINE_TRANSLATOR must be one of {', '.join(CLASSES)} (or empty for none), not {service!r}."
        )
    if service == "deepl":
        # A key ending in ":fx" is a DeepL API Free key: wagtail-localize then uses the free endpoint.
        options = {"AUTH_KEY": _required(environ, "DEEPL_AUTH_KEY", service)}
    elif service == "libretranslate":
        options = {
            "LIBRETRANSLATE_URL": _libretranslate_url(environ),
            "API_KEY": environ.get("LIBRETRANSLATE_API_KEY", "").strip(),  # a public server needs one
        }
    else:
        if not _google_installed():
            raise MissingSetting(
                "MACHINE_TRANSLATOR=google needs the google-cloud-translate package, which requirements.txt "
                f"does not install: pip install {GOOGLE_PACKAGE} (or choose deepl or libretranslate). See README.md."
            )
        options = {
            "PROJECT_ID": _required(environ, "GOOGLE_CLOUD_PROJECT_ID", service),
            "LOCATION": environ.get("GOOGLE_CLOUD_TRANSLATE_LOCATION", "").strip() or "global",
        }
        # Without a key file, Google's client reads GOOGLE_APPLICATION_CREDENTIALS itself.
        if path := environ.get("GOOGLE_CLOUD_CREDENTIALS_PATH", "").strip():
            options["CREDENTIALS_PATH"] = path
    return {"CLASS": CLASSES[service], "OPTIONS": options}
