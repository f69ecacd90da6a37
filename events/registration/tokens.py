"""Personal links: ``<id>-<nonce>-<mac>``, the mac an HMAC of id and nonce with the site's secret.

Only letters, digits and hyphens, so Wagtail's page URLs route it. The token itself is never
stored: a copy of the database alone cannot make a link, and changing the nonce revokes every
link a registrant was sent.
"""

from django.utils.crypto import constant_time_compare, salted_hmac

SALT = "events.registration.link"


def _mac(pk: int, nonce: str) -> str:
    return salted_hmac(SALT, f"{pk}-{nonce}", algorithm="sha256").hexdigest()[:40]


def make_token(registrant) -> str:
    return f"{registrant.pk}-{registrant.nonce}-{_mac(registrant.pk, registrant.nonce)}"


def find(token: str, page=None):
    """The registrant the token belongs to (of ``page``, when given), or None."""
    from .models import Registrant

    parts = (token or "").split("-")
    if len(parts) != 3 or not parts[0].isdigit() or len(token) > 120:
        return None
    pk, nonce, mac = int(parts[0]), parts[1], parts[2]
    if not constant_time_compare(mac, _mac(pk, nonce)):
        return None
    registrant = Registrant.objects.select_related("page").filter(pk=pk).first()
    if registrant is None or not registrant.nonce or not constant_time_compare(registrant.nonce, nonce):
        return None
    if page is not None and registrant.page_id != page.pk:
        return None
    return registrant
