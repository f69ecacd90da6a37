"""Renditions of private member images: stored where the web server does not serve them, and
linked through ``members:private_rendition``, which checks who is asking (issue 17, decision 0043).

Wagtail makes renditions wherever an image is shown — the moderator's preview, the page
editor's chooser thumbnail, the share card — and stores them by default under ``images/`` in
media, which nginx (and a public bucket) serves to anyone holding the address. A private
member image's original is named ``private-<random>`` (``members.submissions.images.store``),
and every rendition's name starts with its original's name, so this storage, set as
``WAGTAILIMAGES_RENDITION_STORAGE``, recognises them by name alone:

- it files them under ``private/`` (``location /media/private/ { return 404; }`` in
  deploy/nginx; a bucket must not make ``private/`` public), and
- their ``url`` is the permission-checked view, never a media address.

On publication the image gets a new, ordinary name and its private renditions are deleted
(``images.release``): from then on Wagtail makes and serves its renditions as usual.

Imported while Wagtail's image models load: it must not import models itself.
"""

import posixpath

from django.conf import settings
from django.urls import reverse
from django.utils.module_loading import import_string

PRIVATE_PREFIX = "private-"
PRIVATE_DIR = "private"


def is_private_name(name: str) -> bool:
    return posixpath.basename(name or "").startswith(PRIVATE_PREFIX)


def _rendition_storage_class():
    """The site's default storage class (file system or S3), filing private renditions apart."""
    backend = import_string(settings.STORAGES["default"]["BACKEND"])

    class RenditionStorage(backend):
        def generate_filename(self, filename):
            name = super().generate_filename(filename)
            if is_private_name(name) and not name.startswith(f"{PRIVATE_DIR}/"):
                name = f"{PRIVATE_DIR}/{name}"
            return name

        def url(self, name):
            if name and name.startswith(f"{PRIVATE_DIR}/"):
                return reverse("members:private_rendition", args=[posixpath.basename(name)])
            return super().url(name)

    RenditionStorage.__qualname__ = "RenditionStorage"
    return RenditionStorage


# At module level, so the storage deconstructs to an importable path: Wagtail's file clean-up
# task (after a rendition or image is deleted) rebuilds the storage from it.
RenditionStorage = _rendition_storage_class()


def rendition_storage():
    """``WAGTAILIMAGES_RENDITION_STORAGE``: the storage with the default storage's options."""
    return RenditionStorage(**settings.STORAGES["default"].get("OPTIONS", {}))
