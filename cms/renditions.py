"""Every size of a picture is made when the image is added, not by its first reader.

The site's pictures are ``{% responsive_picture %}`` tags (cms/templatetags/picture_tags.py) in
three sets of sizes, listed in ``PICTURE_SIZES``, and a share card (``SHARE_CARD_SPEC``).
Wagtail makes a rendition the first time a template asks for it: without this module the
first reader of a page after an editor adds a picture waits while the worker decodes the
original and encodes up to seventeen WebP and JPEG files (about half a second for one
photograph, and tens of MB of the worker's memory, which it keeps).

Instead, adding an image (an upload, the demo loader, a member's picture) enqueues
``make_renditions`` once the save commits. It runs on the ``renditions`` task backend: with
django-tasks' immediate backend, in the request that added the image (the editor's upload
waits for it, a reader never does), or in a ``db_worker`` if an operator points that backend
at the database. Renditions that already exist are read, not made again. A rendition that
cannot be made (a missing or broken original) is logged by django-tasks as a failed task, and
the page makes it on demand as before. Replacing an existing image's file is left to its
first reader: Wagtail's image form deletes every rendition after it saves the image, so
renditions made on that save would be thrown away.

Images in a collection with a view restriction (the members' private collection, decision
0043) are left alone: their renditions are made only when someone allowed to see them asks.

A test (tests/cms/test_renditions.py) reads every ``responsive_picture`` in the templates and
fails if one asks for a set of sizes that is not listed here, so the two cannot drift apart.
"""

import logging
import re

from django.db import transaction
from django.db.models.signals import post_save
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter

logger = logging.getLogger(__name__)

RENDITIONS_TASK_BACKEND = "renditions"

# The filter specs of every ``{% responsive_picture %}`` in templates/, by where they are used.
PICTURE_SIZES = {
    "lead image on a page or hero": "format-{webp,jpeg} width-{480,960,1440}",
    "card": "format-{webp,jpeg} width-{320,640,960}",
    "picture in a page's body": "format-{webp,jpeg} width-{400,800,1200}",
}
# The picture a link shows when shared (Open Graph, JSON-LD): ``share_picture``'s, at this size,
# else the site's own card (a static file: path, width, height).
SHARE_CARD_SPEC = "fill-1200x630"
SITE_SHARE_CARD = ("cms/img/share-card.png", 1200, 630)

WIDTH = re.compile(r"(?:^|\|)width-(\d+)(?:\||$)")


def specs_within(specs: list[str], original_width: int) -> list[str]:
    """``specs`` (expanded filter specs) less those that would repeat the original's width.

    Wagtail never upscales, so ``width-{480,960,1440}`` of a 700px original gives two 700px
    renditions per format (and a ``srcset`` listing "700w" twice, which HTML forbids): per
    format, every width above the first one the original does not reach is dropped.
    """
    kept, reached = [], set()
    for spec in specs:
        match = WIDTH.search(spec)
        if match and int(match.group(1)) >= original_width:
            others = WIDTH.sub("|", spec).strip("|")  # the format and any other operations
            if others in reached:
                continue
            reached.add(others)
        kept.append(spec)
    return kept


def picture_specs(image) -> list[str]:
    """Every rendition the site's pictures can ask of ``image``, each once."""
    sizes = (spec for size in PICTURE_SIZES.values() for spec in specs_within(Filter.expand_spec(size), image.width))
    return list(dict.fromkeys([SHARE_CARD_SPEC, *sizes]))


def share_picture(page):
    """The image a link to ``page`` shows when shared: its social image, else its lead image, else None."""
    return getattr(page, "social_image", None) or getattr(page, "lead_image", None)


def is_public(image) -> bool:
    """Whether anyone may see ``image``: its collection (and theirs above it) has no view restriction."""
    return not image.collection.get_view_restrictions().exists()


@task(backend=RENDITIONS_TASK_BACKEND)
def make_renditions(image_id: int) -> int:
    """Make the renditions of image ``image_id`` that the site's pictures use; returns how many it has."""
    image = get_image_model().objects.filter(pk=image_id).select_related("collection").first()
    if image is None or not is_public(image):
        return 0
    return len(image.get_renditions(*picture_specs(image)))


def enqueue_renditions(sender, instance, created=False, raw=False, **kwargs):
    """``post_save`` of the image model: a new image's renditions, once the save commits."""
    if not created or raw:  # raw: loaddata, whose files may not be there yet
        return
    image_id = instance.pk
    transaction.on_commit(lambda: make_renditions.enqueue(image_id))


def connect():
    post_save.connect(enqueue_renditions, sender=get_image_model(), dispatch_uid="cms-make-renditions")
