"""Block-level rules editors meet when they save a page."""

import pytest
from django.core.exceptions import ValidationError

from cms.blocks import CalloutBlock, HeadingBlock, ImageWithAltBlock, QuotationBlock


def test_heading_anchor_made_from_text_when_empty():
    block = HeadingBlock()
    value = block.to_python({"text": "Who we are & why", "level": "h2", "anchor": ""})
    assert value.anchor_id() == "who-we-are-why"


def test_heading_explicit_anchor_is_slugified():
    value = HeadingBlock().to_python({"text": "x", "level": "h2", "anchor": "Getting Started!"})
    assert value.anchor_id() == "getting-started"


def test_arabic_headings_get_distinct_stable_ids():
    """Arabic has no ASCII letters: each heading still gets its own id, the same every time."""
    texts = ["كيف نلتقي", "من نحن", "كيف نتخذ القرارات"]
    ids = [HeadingBlock().to_python({"text": text, "level": "h2", "anchor": ""}).anchor_id() for text in texts]
    assert ids == ["كيف-نلتقي", "من-نحن", "كيف-نتخذ-القرارات"]
    assert "section" not in ids


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


def _callout(**link):
    fields = {"tone": "action", "title": "Got something that worked?", "text": "<p>Tell us.</p>"}
    fields.update({"link_page": None, "link_url": "", "link_text": "", "link_form": "", **link})
    return CalloutBlock().to_python(fields)


def test_callout_can_invite_to_the_story_form():
    from django.utils import translation

    with translation.override("en"):
        html = CalloutBlock().render(CalloutBlock().clean(_callout(link_form="share_story")))
    assert '<a class="button" href="/en/members/submissions/new/">Share your story</a>' in html


def test_callout_links_to_one_place_only():
    with pytest.raises(ValidationError) as excinfo:
        CalloutBlock().clean(_callout(link_form="share_story", link_url="https://example.org", link_text="Go"))
    assert "link_form" in excinfo.value.block_errors


@pytest.mark.django_db
@pytest.mark.parametrize(("original", "widths"), [(700, [400, 700]), (1600, [400, 800, 1200]), (300, [300])])
def test_image_srcset_lists_each_width_once_when_the_original_is_narrower(original, widths):
    """Wagtail does not upscale: widths past the original's would repeat it in ``srcset``."""
    import re

    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="x", file=get_test_image_file(size=(original, 200)))
    block = ImageWithAltBlock()
    html = block.render(block.to_python({"image": image.pk, "alt_text": "A meeting", "caption": ""}))
    srcsets = re.findall(r'srcset="([^"]+)"', html)
    assert srcsets
    for srcset in srcsets:
        listed = [int(width) for width in re.findall(r" (\d+)w(?:,|$)", srcset)]
        assert listed == (widths if len(widths) > 1 else []), srcset  # one rendition: a plain URL


@pytest.mark.parametrize(
    "person, role, shown",
    [
        ("Nadia", "جارة وطبّاخة", "<bdi>Nadia</bdi>, جارة وطبّاخة"),
        ("Nadia", "", "<bdi>Nadia</bdi>"),
        ("", "Neighbour", "Neighbour"),
        ("<b>Nadia</b>", "<i>cook</i>", "<bdi>&lt;b&gt;Nadia&lt;/b&gt;</bdi>, &lt;i&gt;cook&lt;/i&gt;"),
    ],
)
def test_a_quotations_credit_isolates_the_name_so_an_arabic_page_keeps_its_comma_in_place(person, role, shown):
    block = QuotationBlock()
    html = block.render(block.to_python({"quote": "Everybody came for soup.", "person": person, "role": role}))
    assert f'<span class="quotation__credit">{shown}</span>' in html
