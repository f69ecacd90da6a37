"""The demo's lead images: scenes drawn for this project as SVG (cms/demo_drawings/), in the
site's palette, rasterised to PNG when the demo loads (cms/drawings.py).

Each image is saved with its credit (author and licence, ``cms.models.ImageCredit``), which
pages show under the image. Loading twice changes nothing: an image is found by its title.
"""

from wagtail.images.models import Image

from .demo_tools import Progress
from .factories import DrawingFactory, ImageCreditFactory
from .models import Licence

AUTHOR = "Social Action Hub contributors"
LICENCE = Licence.CC_BY

# key (the SVG's file name): (image title, alt text)
SCENES = {
    "shared-meal": (
        "Drawing: neighbours sharing a pot of soup",
        "A flat drawing of three neighbours at a long table under bunting: one ladles soup from a big "
        "steaming pot, a child watches, another holds out a bowl beside a loaf of bread.",
    ),
    "circle-meeting": (
        "Drawing: a circle of chairs",
        "A flat drawing of five people on chairs in a circle around a low table with cups; one raises a "
        "hand to speak and a speech bubble floats above.",
    ),
    "organising": (
        "Drawing: planning on a wall board",
        "A flat drawing of two organisers at a wall planner with four columns of task cards; one pins a "
        "card up, the other ticks cards off with a red marker.",
    ),
    "park-bench": (
        "Drawing: a conversation on a park bench",
        "A flat drawing of an older neighbour in a red cap with a cup and a young neighbour talking on a "
        "red park bench under a fruit tree, with the sun out and a bird nearby.",
    ),
    "online-workshop": (
        "Drawing: an online workshop",
        "A flat drawing of a laptop showing four smiling people in video tiles, one waving to speak, "
        "with a steaming red mug and a notebook beside it.",
    ),
}


def demo_image(key: str, progress: Progress | None = None) -> tuple[Image, str]:
    """The image of scene ``key`` (made and credited the first time) and its alt text."""
    title, alt = SCENES[key]
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = DrawingFactory(title=title, scene=key, description=alt)
        if progress is not None:
            progress.made(f"image: {title}", created=True)
    if not hasattr(image, "credit"):
        ImageCreditFactory(image=image, author=AUTHOR, licence=LICENCE)
    return image, alt
