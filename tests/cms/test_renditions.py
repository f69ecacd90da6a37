"""A picture's sizes are made when the image is added, so the first reader of a page with a
new picture does not wait while the server encodes it (cms/renditions.py)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django_tasks import TaskResultStatus
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.drawings import rasterise
from cms.factories import DrawingFactory
from cms.renditions import PICTURE_SIZES, SHARE_CARD_SPEC, make_renditions, picture_specs
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

Rendition = get_image_model().get_rendition_model()
TEMPLATES = Path(settings.BASE_DIR) / "templates"
PICTURE_TAG = re.compile(r"{%\s*responsive_picture\s+\S+\s+(format-\S+)\s+(width-\S+)")


def specs_of(image) -> set[str]:
    return set(Rendition.objects.filter(image=image).values_list("filter_spec", flat=True))


def test_every_picture_in_the_templates_asks_for_sizes_that_are_made_ahead():
    used = set()
    for path in TEMPLATES.rglob("*.html"):
        for fmt, widths in PICTURE_TAG.findall(path.read_text()):
            used.add(f"{fmt} {widths}")
    assert used, "no responsive_picture found in templates/"
    assert used <= set(PICTURE_SIZES.values()), used - set(PICTURE_SIZES.values())


def test_adding_an_image_makes_every_size_once_the_save_commits(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = DrawingFactory(title="Soup night", scene="shared-meal")  # 1440 px wide
        assert specs_of(image) == set(), "made before the save committed"
    made = specs_of(image)
    assert SHARE_CARD_SPEC in made
    for width in (320, 400, 480, 640, 800, 960, 1200, 1440):
        assert f"format-webp|width-{width}" in made and f"format-jpeg|width-{width}" in made
    assert made == set(picture_specs(image))


def test_a_story_with_a_new_picture_makes_no_rendition_for_its_first_reader(
    client, home_page, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        drawing = DrawingFactory(title="Soup night", scene="shared-meal")
    story = StoryPageFactory(parent=StoryIndexPageFactory(parent=home_page), lead_image=drawing, lead_image_alt="Soup")
    index = story.get_parent()
    before = Rendition.objects.count()
    for url in (story.url, index.url):  # the story's lead image and share card, and its card
        response = client.get(url)
        assert response.status_code == 200
        assert "/media/images/" in response.content.decode()
    assert Rendition.objects.count() == before


def test_a_small_image_is_not_given_sizes_wider_than_it(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = get_image_model().objects.create(
            title="Bench", file=ContentFile(rasterise("park-bench", width=500), name="bench.png")
        )
    made = {spec: rendition.width for spec, rendition in image.get_renditions(*picture_specs(image)).items()}
    # Each set of sizes stops at its first width the 500 px original does not reach, as the
    # templates' pictures do (so each size a page asks for is there), and nothing is upscaled.
    assert {spec for spec in specs_of(image) if spec.startswith("format-webp")} == {
        f"format-webp|width-{width}" for width in (320, 400, 480, 640, 800, 960)
    }
    assert "format-webp|width-1200" not in made and "format-webp|width-1440" not in made
    assert max(made.values()) == 500


def test_images_in_a_restricted_collection_are_left_alone(django_capture_on_commit_callbacks):
    private = Collection.get_first_root_node().add_child(name="Private")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.GROUPS)
    with django_capture_on_commit_callbacks(execute=True):
        image = DrawingFactory(title="Private", scene="shared-meal", collection=private)
    assert specs_of(image) == set()


def test_an_image_whose_original_is_missing_fails_the_task_not_the_save(caplog):
    image = get_image_model().objects.create(
        title="Gone", file=ContentFile(rasterise("park-bench", width=300), name="gone.png")
    )
    image.file.storage.delete(image.file.name)
    result = make_renditions.enqueue(image.pk)
    assert result.status == TaskResultStatus.FAILED
    assert specs_of(image) == set()
