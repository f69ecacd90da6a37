"""Reading configuration from the environment, with clear errors.

Every variable read here is listed in the README's configuration table. A missing required
variable raises ``MissingSetting``; ``manage.py`` and ``wsgi.py`` turn that into a one-line
message naming the variable instead of a traceback from deep inside Django.
"""

import os

from django.core.exceptions import ImproperlyConfigured


class MissingSetting(ImproperlyConfigured):
    """A required environment variable is absent or empty."""


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def required(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        raise MissingSetting(f"The environment variable {name} is not set. See the configuration table in README.md.")
    return value


def text(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def flag(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise MissingSetting(f"The environment variable {name} must be true or false, not {raw!r}.")


def integer(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise MissingSetting(f"The environment variable {name} must be a whole number, not {raw!r}.") from None


def items(name: str, default: str = "") -> list[str]:
    """A comma-separated list, blanks dropped."""
    return [part.strip() for part in os.environ.get(name, default).split(",") if part.strip()]
