"""A member's lead image: checked by content before decoding, re-encoded, stored as a Wagtail Image.

The order matters for safety:

1. The upload's size is compared with ``MEMBERS_IMAGE_MAX_BYTES`` (Django already holds at
   most that much, spooled to disk for large files).
2. Its first bytes are sniffed (``filetype``) and Pillow reads **only the header**
   (``Image.open`` is lazy): the real format must be JPEG, PNG, WebP or HEIC, whatever the file's
   name or declared type, and width × height must be within ``MEMBERS_IMAGE_MAX_PIXELS``. A
   tiny file claiming 30000 × 30000 pixels is refused here, before a single pixel is decoded,
   so a decompression bomb cannot tie up a worker.
3. Only then are the pixels decoded, turned upright (EXIF orientation), scaled down to
   ``MEMBERS_IMAGE_MAX_EDGE`` and saved again **from the pixels alone**: no EXIF, GPS, XMP or
   comments survive in the stored original, so none can reach any rendition Wagtail makes
   from it.

Wagtail idiom: the result is an ordinary ``wagtail.images`` Image, so the page uses it like any
other, but it is private until its case study is published (issue 17):

- its file name is random (``secrets.token_urlsafe``), never guessable from anything;
- it sits in the "Member submissions" collection, a root beside Wagtail's Root that no group's
  collection permissions reach, so Wagtail's image listing, search, bulk actions, chooser and
  admin API never offer it to Editors or Moderators (decision 0043);
- the member (and moderators) see it through ``members:submission_image``, and its renditions
  through ``members:private_rendition`` (``private_media``), views that check who is asking;
  once the case study is published it moves to Root under a new name like any published image
  (``release``);
- removing it from a draft deletes it only if nothing else uses it (``discard``).

Phone photos: a multi-picture JPEG (MPO: what many phones save) is read as its first picture
and stored as a plain JPEG; a HEIC photo (iPhones) is read with ``pillow_heif`` (pinned in
requirements.txt, registered with Pillow here) and stored as a plain JPEG too.
"""

import contextlib
import hashlib
import io
import secrets
import warnings

import filetype
import pillow_heif
from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageOps
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, ReferenceIndex
from wagtail.signals import page_published

from stories.models import StoryEntry

from ..models import Submission
from . import private_media
from .admin_views import can_moderate

# Pillow format name → (MIME type sniffed from the bytes, file extension, save options).
ACCEPTED = {
    "JPEG": ("image/jpeg", "jpg", {"quality": 88, "optimize": True}),
    "PNG": ("image/png", "png", {"optimize": True}),
    "WEBP": ("image/webp", "webp", {"quality": 88}),
    # A phone's multi-picture JPEG: its first picture, stored as a plain JPEG.
    "MPO": ("image/jpeg", "jpg", {"quality": 88, "optimize": True}),
    # A phone's HEIC photo (pillow_heif's opener): stored as a plain JPEG, which every browser shows.
    "HEIF": ("image/heic", "jpg", {"quality": 88, "optimize": True}),
}
# Formats read with another format's decoder (Pillow's JPEG opener returns MPO files).
DECODER = {"MPO": "JPEG"}
# Formats stored as another: browsers show neither MPO nor HEIC reliably.
STORED_AS = {"MPO": "JPEG", "HEIF": "JPEG"}
OPENERS = [name for name in ACCEPTED if name not in DECODER]
ACCEPTED_MIME_TYPES = list(dict.fromkeys(mime for mime, _ext, _opts in ACCEPTED.values()))
ACCEPT_ATTRIBUTE = ",".join([*ACCEPTED_MIME_TYPES, ".heic"])
NOT_AN_IMAGE = _(
    "This file is not a JPEG, PNG, WebP or HEIC image. Choose a photo or picture saved in one of those formats."
)

pillow_heif.register_heif_opener()


class CleanImage:
    """An upload that passed every check, ready to decode and store."""

    def __init__(self, upload, format_name: str):
        self.upload = upload
        self.format = format_name


def limits() -> dict:
    return {
        "megabytes": settings.MEMBERS_IMAGE_MAX_BYTES // (1024 * 1024),
        "megapixels": settings.MEMBERS_IMAGE_MAX_PIXELS // 1_000_000,
    }


def check_upload(upload) -> CleanImage:
    """Refuse anything that is not a real, reasonably sized JPEG/PNG/WebP, without decoding it."""
    if upload.size > settings.MEMBERS_IMAGE_MAX_BYTES:
        raise forms.ValidationError(
            _("This image is too large: the limit is %(megabytes)s MB. Save it smaller and choose it again."),
            params=limits(),
        )
    upload.seek(0)
    head = upload.read(512)
    upload.seek(0)
    kind = filetype.guess(head)
    if kind is None or kind.mime not in ACCEPTED_MIME_TYPES:
        raise forms.ValidationError(NOT_AN_IMAGE)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            # Lazy: reads the header (format, mode, size) and nothing else.
            with PILImage.open(upload, formats=OPENERS) as header:
                format_name, (width, height) = header.format, header.size
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        raise _too_many_pixels() from None
    except (OSError, ValueError, SyntaxError):
        raise forms.ValidationError(NOT_AN_IMAGE) from None
    finally:
        upload.seek(0)
    if ACCEPTED.get(format_name, ("",))[0] != kind.mime:
        raise forms.ValidationError(NOT_AN_IMAGE)
    if width < 1 or height < 1 or width * height > settings.MEMBERS_IMAGE_MAX_PIXELS:
        raise _too_many_pixels()
    return CleanImage(upload, format_name)


def _too_many_pixels():
    return forms.ValidationError(
        _(
            "This image has too many pixels: the limit is %(megabytes)s MB and %(megapixels)s megapixels "
            "(for example 5000 × 5000). Save a smaller copy and choose it again."
        ),
        params=limits(),
    )


def reencode(clean: CleanImage) -> tuple[bytes, tuple[int, int]]:
    """Decode the checked image and save its pixels again, with no metadata at all."""
    _mime, _ext, options = ACCEPTED[clean.format]
    stored_as = STORED_AS.get(clean.format, clean.format)
    decoder = DECODER.get(clean.format, clean.format)
    edge = settings.MEMBERS_IMAGE_MAX_EDGE
    with PILImage.open(clean.upload, formats=[decoder]) as source:
        if decoder == "JPEG":
            # Let the JPEG decoder scale down by 1/2, 1/4 or 1/8 while decoding: less memory.
            source.draft(source.mode, (edge, edge))
        source.load()
        upright = ImageOps.exif_transpose(source)
    if upright.mode == "P" and "transparency" in upright.info:
        # A palette with a transparent colour: keep it transparent (the new image below has no
        # room for the palette's transparency entry).
        upright = upright.convert("RGBA")
    upright.thumbnail((edge, edge))
    if stored_as == "JPEG" and upright.mode not in ("RGB", "L"):
        upright = upright.convert("RGB")  # CMYK and the like: JPEG for the web is RGB
    elif upright.mode not in ("RGB", "RGBA", "L", "LA", "P"):
        upright = upright.convert("RGBA")
    # A new image from the pixels alone: no EXIF, GPS, XMP, ICC or text chunks come along.
    pixels_only = PILImage.new(upright.mode, upright.size)
    if upright.mode == "P":
        pixels_only.putpalette(upright.getpalette())
    pixels_only.paste(upright)
    out = io.BytesIO()
    pixels_only.save(out, format=stored_as, **options)
    return out.getvalue(), pixels_only.size


def submissions_collection() -> Collection:
    """The private collection: a root of its own beside Wagtail's Root, not under it.

    Wagtail's collection permissions reach down the tree, and Editors and Moderators hold theirs
    on Root (Wagtail's own migrations give them that), so a collection under Root would be theirs
    to list, search, choose and bulk-edit. Beside Root, nobody but superusers has rights on it:
    Wagtail's image listing, search, bulk actions and chooser leave its images out. Its view
    restriction (groups, with no group) keeps them out of the admin API for everyone else too.
    Wagtail's collection admin lists only what is under Root, so nobody moves or deletes it there.
    """
    name = settings.MEMBERS_IMAGE_COLLECTION
    found = Collection.objects.filter(name=name, depth=1).first()
    if found is not None:
        return found
    # After Root, whatever the names: Collection sorts siblings by name (``node_order_by``), and
    # ``add_root`` would put this first and renumber Root, which Wagtail finds as the first root.
    last = Collection.get_last_root_node()
    collection = Collection.objects.create(name=name, path=last._inc_path(), depth=1, numchild=0)
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.GROUPS)
    for earlier in Collection.objects.filter(name=name).exclude(depth=1):
        # Made under Root by an earlier version: its images move beside Root, then it goes.
        get_image_model().objects.filter(collection=earlier).update(collection=collection)
        earlier.delete()
    return collection


def store(clean: CleanImage, title: str, written: list[str]):
    """Save the re-encoded image as a Wagtail Image. The stored file's name is appended to
    ``written`` as soon as it exists, so a caller can remove it if anything later fails."""
    data, (width, height) = reencode(clean)
    _mime, extension, _options = ACCEPTED[clean.format]
    image = get_image_model()(title=title[:255], collection=submissions_collection())
    image.file_size = len(data)
    image.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    # A random name: nothing about the member, the draft or the upload order can find it. The
    # prefix files its renditions away from public media until publication (private_media).
    name = f"{private_media.PRIVATE_PREFIX}{secrets.token_urlsafe(18)}.{extension}"
    image.file.save(name, ContentFile(data), save=False)
    written.append(image.file.name)
    image.width, image.height = width, height
    image.save()
    return image


def remove_files(names: list[str]) -> None:
    """Delete files written before a failure (best effort: the disk may be the problem)."""
    storage = get_image_model()._meta.get_field("file").storage
    for name in names:
        with contextlib.suppress(OSError):
            storage.delete(name)


def is_private(image) -> bool:
    return image is not None and image.collection_id == submissions_collection().pk


def in_use_elsewhere(image, submission_id=None) -> bool:
    """Whether anything but the draft ``submission_id`` uses ``image``: another submission, any
    page's lead image (live or draft), or anything Wagtail's reference index knows of."""
    if Submission.objects.filter(lead_image=image).exclude(pk=submission_id).exists():
        return True
    if StoryEntry.objects.filter(lead_image=image).exists():
        return True
    return ReferenceIndex.get_references_to(image).exists()


def discard(image_id, submission_id=None) -> None:
    """Delete a member's image that a draft no longer uses — unless it is not a private member
    image, or anything else uses it (a live page must never lose its picture)."""
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is not None and is_private(image) and not in_use_elsewhere(image, submission_id):
        image.delete()


def release(page) -> None:
    """A case study was published: its lead image is an ordinary image now. It moves to Root,
    gets a new random name without the private prefix, and loses the renditions made while it
    was private (filed under private/), so Wagtail makes public ones as for any image."""
    image = getattr(page, "lead_image", None)
    if not is_private(image):
        return
    old_name = image.file.name
    with image.file.open("rb") as handle:
        data = handle.read()
    extension = old_name.rsplit(".", 1)[-1]
    image.file.save(f"{secrets.token_urlsafe(18)}.{extension}", ContentFile(data), save=False)
    image.collection = Collection.get_first_root_node()
    image.save(update_fields=["collection", "file"])
    image.renditions.all().delete()  # Wagtail removes their files once the transaction commits
    image.file.storage.delete(old_name)


@receiver(page_published)
def _release_on_publish(sender, instance, **kwargs):
    release(instance)


def may_view(user, image) -> bool:
    """Whether ``user`` may see a member image: anyone once it is public; until then the member
    whose submission uses it, and the moderators who review it."""
    if not is_private(image):
        return True
    if not user.is_authenticated:
        return False
    if Submission.objects.filter(lead_image=image, owner=user).exists():
        return True
    return can_moderate(user)


def mime_type(image) -> str:
    extension = image.file.name.rsplit(".", 1)[-1].lower()
    return next((mime for mime, ext, _opts in ACCEPTED.values() if ext == extension), "application/octet-stream")
