"""The real client behind a proxy: ``X-Forwarded-For`` believed only from ``TRUSTED_PROXIES``.

``TrustedProxyMiddleware`` runs first. When the connection comes from one of the trusted
proxies (``settings.TRUSTED_PROXIES``: addresses or networks, from the ``TRUSTED_PROXIES``
variable, empty by default), it reads ``X-Forwarded-For`` from the right, skips the trusted
proxies, and puts the first other address in ``REMOTE_ADDR``; the address the proxy connected
from is kept as ``CMS_PROXY_ADDR``. From any other connection the header is ignored. Either
way the header is then removed from the request, so nothing later (django-axes, allauth's
rate limits, ``cms.ratelimit``) can be fooled by a client that sends it itself: all of them
count ``REMOTE_ADDR``, which is now the real client's address.

Reading from the right matters: a proxy like nginx (``$proxy_add_x_forwarded_for``) appends
the address it saw to whatever the client sent, so only the right-most entries are its own.
"""

from ipaddress import ip_address, ip_network

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def parse_networks(values) -> tuple:
    """``["10.0.0.5", "192.168.0.0/16"]`` → networks; a bad entry is a configuration error."""
    networks = []
    for value in values:
        try:
            networks.append(ip_network(value.strip(), strict=False))
        except ValueError:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {value!r} is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24)."
            ) from None
    return tuple(networks)


def _address(value: str):
    try:
        return ip_address(value.strip())
    except ValueError:
        return None


def _trusted(address, networks) -> bool:
    return address is not None and any(address in network for network in networks)


def real_client(remote_addr: str, forwarded_for: str, networks) -> str:
    """The client's address: ``remote_addr`` unless it is a trusted proxy that forwarded for
    someone; then the right-most forwarded address that is not itself a trusted proxy."""
    if not networks or not forwarded_for or not _trusted(_address(remote_addr), networks):
        return remote_addr
    client = remote_addr
    for entry in reversed(forwarded_for.split(",")):
        address = _address(entry)
        if address is None:
            break  # garbage from the client: stop at the last good hop
        client = str(address)
        if not _trusted(address, networks):
            break
    return client


class TrustedProxyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.networks = parse_networks(settings.TRUSTED_PROXIES)

    def __call__(self, request):
        meta = request.META
        forwarded_for = meta.pop("HTTP_X_FORWARDED_FOR", "")
        remote_addr = meta.get("REMOTE_ADDR", "")
        client = real_client(remote_addr, forwarded_for, self.networks)
        if client != remote_addr:
            meta["CMS_PROXY_ADDR"] = remote_addr
            meta["REMOTE_ADDR"] = client
        return self.get_response(request)


def client_ip(request) -> str | None:
    """For django-axes (``AXES_CLIENT_IP_CALLABLE``): the address the middleware settled on."""
    return request.META.get("REMOTE_ADDR")
