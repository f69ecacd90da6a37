"""Block-level rules editors meet when they save a page."""

import pytest
from django.core.exceptions import ValidationError

from cms.blocks import CalloutBlock, HeadingBlock, ImageWithAltBlock


def test_heading_anchor_made_from_text_when_empty():
    block = HeadingBlock()
    value = block.to_python({"text": "Who we are & why", "level": "h2", "anchor": ""})
    assert value.anchor_id() == "who-we-are-why"


def test_heading_explicit_anchor_is_slugified():
    value = HeadingBlock().to_python({"text": "x", "level": "h2", "anchor": "Getting Started!"})
    assert value.anchor_id() == "getting-started"


@pytest.mark.django_db
def test_image_block_requires_alt_text():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="x", file=get_test_image_file())
    block = ImageWithAltBlock()
    with pytest.raises(ValidationError) as excinfo:
        block.clean(block.to_python({"image": image.pk, "alt_text": "   ", "caption": ""}))
    assert "alt_text" in excinfo.value.block_errors


def test_callout_link_needs_words():
    block = CalloutBlock()
    value = block.to_python(
        {
            "tone": "info",
            "title": "T",
            "text": "<p>x</p>",
            "link_page": None,
            "link_url": "https://example.org",
            "link_text": "",
        }
    )
    with pytest.raises(ValidationError) as excinfo:
        block.clean(value)
    assert "link_text" in excinfo.value.block_errors
