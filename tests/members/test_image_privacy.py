"""Members' images are private until their case study is published, keep their pixels exactly
(without metadata), accept phone photos, and respect each limit exactly."""

import io
import random

import pytest
from django.test import Client
from PIL import Image as PILImage
from PIL import ImageChops
from wagtail.images import get_image_model
from wagtail.models import Collection, TaskState

from cms.forms import signed_now
from members.factories import MemberFactory
from members.models import Submission
from members.submissions import images
from stories.factories import CaseStudyPageFactory
from stories.models import CaseStudyPage

from .test_submission_images import _upload

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"


@pytest.fixture
def signed_in(client, member, stories_index):
    client.force_login(member)
    return client


def _noise(mode: str, size=(48, 32), seed=7) -> PILImage.Image:
    """An image whose every pixel differs from its neighbours (so a blank or shifted copy shows)."""
    rng = random.Random(seed)
    bands = len(mode) if mode != "P" else 1
    data = bytes(rng.randrange(256) for _ in range(size[0] * size[1] * bands))
    return PILImage.frombytes(mode, size, data)


def _encoded(image: PILImage.Image, format_name: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, format=format_name, **options)
    return out.getvalue()


def _send(client, form_data, data: bytes, name: str, content_type: str, **extra):
    return client.post(NEW, form_data(new_image=_upload(data, name, content_type), lead_image_alt="Alt", **extra))


def _stored() -> PILImage.Image:
    image = get_image_model().objects.get()
    with image.file.open("rb") as handle:
        stored = PILImage.open(io.BytesIO(handle.read()))
        stored.load()
    return stored


def _same_pixels(a: PILImage.Image, b: PILImage.Image) -> bool:
    return a.size == b.size and ImageChops.difference(a, b).getbbox() is None


def _close_pixels(a: PILImage.Image, b: PILImage.Image, tolerance=12) -> bool:
    """For lossy JPEG: the same picture within a small average difference per channel."""
    diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    pixels = diff.size[0] * diff.size[1] * 3
    total = sum((i % 256) * n for i, n in enumerate(diff.histogram()))  # three bands of 256 levels
    return a.size == b.size and total / pixels < tolerance


# --- Pixels are kept exactly ------------------------------------------------------------------


def test_an_rgb_png_keeps_every_pixel(signed_in, form_data):
    source = _noise("RGB")
    assert _send(signed_in, form_data, _encoded(source, "PNG"), "a.png", "image/png").status_code == 302
    assert _same_pixels(_stored().convert("RGB"), source)


def test_a_transparent_png_keeps_its_transparency(signed_in, form_data):
    source = _noise("RGBA")
    _send(signed_in, form_data, _encoded(source, "PNG"), "a.png", "image/png")
    stored = _stored()
    assert stored.mode == "RGBA" and _same_pixels(stored, source)


def test_a_palette_png_keeps_its_colours_and_transparent_colour(signed_in, form_data):
    source = _noise("P")
    source.putpalette([value for n in range(256) for value in (n, 255 - n, (n * 7) % 256)])
    source.info["transparency"] = 0
    _send(signed_in, form_data, _encoded(source, "PNG", transparency=0), "a.png", "image/png")
    stored = _stored()
    assert _same_pixels(stored.convert("RGBA"), source.convert("RGBA"))
    assert stored.convert("RGBA").getextrema()[3][0] == 0  # the transparent colour is still transparent


def test_a_palette_png_without_transparency(signed_in, form_data):
    source = _noise("P")
    source.putpalette([value for n in range(256) for value in (n, n, 255 - n)])
    _send(signed_in, form_data, _encoded(source, "PNG"), "a.png", "image/png")
    assert _same_pixels(_stored().convert("RGB"), source.convert("RGB"))


def test_a_cmyk_jpeg_is_stored_as_the_same_picture_in_rgb(signed_in, form_data):
    source = PILImage.new("CMYK", (64, 40))
    for x in range(64):
        for y in range(40):
            source.putpixel((x, y), (x * 4, y * 6, 0, 20))
    data = _encoded(source, "JPEG", quality=95)
    _send(signed_in, form_data, data, "a.jpg", "image/jpeg")
    stored = _stored()
    assert stored.mode == "RGB" and _close_pixels(stored, PILImage.open(io.BytesIO(data)).convert("RGB"))


def test_a_phone_multi_picture_jpeg_is_accepted_as_its_first_picture(signed_in, form_data):
    first = PILImage.new("RGB", (60, 40), (20, 140, 220))
    second = PILImage.new("RGB", (60, 40), (250, 10, 10))
    data = _encoded(first, "MPO", save_all=True, append_images=[second])
    assert PILImage.open(io.BytesIO(data)).format == "MPO"
    response = _send(signed_in, form_data, data, "IMG_0001.jpg", "image/jpeg")
    assert response.status_code == 302
    stored = _stored()
    assert stored.format == "JPEG" and _close_pixels(stored, first)
    assert not stored.getexif()


def test_a_phone_heic_photo_is_stored_as_a_jpeg_of_the_same_picture_without_exif_or_gps(signed_in, form_data):
    import pillow_heif

    pillow_heif.register_heif_opener()
    source = PILImage.new("RGB", (64, 40))
    for x in range(64):
        for y in range(40):
            source.putpixel((x, y), (x * 4, y * 6, 255 - x * 3))
    exif = PILImage.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x8825] = {1: "N", 2: (51.0, 30.0, 0.0)}  # GPS: latitude
    data = _encoded(source, "HEIF", quality=95, exif=exif.tobytes())
    assert PILImage.open(io.BytesIO(data)).format == "HEIF" and b"PhoneMaker" in data
    response = _send(signed_in, form_data, data, "IMG_0002.HEIC", "image/heic")
    assert response.status_code == 302
    stored = _stored()
    assert stored.format == "JPEG" and _close_pixels(stored, source)
    assert not stored.getexif() and "exif" not in stored.info
    image = get_image_model().objects.get()
    assert image.file.name.endswith(".jpg")
    with image.file.open("rb") as handle:
        assert b"PhoneMaker" not in handle.read()


# --- Limits, exactly and one above ----------------------------------------------------------


def test_the_size_limit_exactly_is_accepted_and_one_byte_more_is_not(signed_in, form_data, settings):
    data = _encoded(_noise("RGB"), "PNG")
    settings.MEMBERS_IMAGE_MAX_BYTES = len(data) - 1
    refused = _send(signed_in, form_data, data, "a.png", "image/png")
    assert "This image is too large" in refused.content.decode()
    settings.MEMBERS_IMAGE_MAX_BYTES = len(data)
    assert _send(signed_in, form_data, data, "a.png", "image/png").status_code == 302


def test_the_pixel_limit_exactly_is_accepted_and_one_pixel_more_is_not(signed_in, form_data, settings):
    data = _encoded(_noise("RGB", size=(50, 20)), "PNG")
    settings.MEMBERS_IMAGE_MAX_PIXELS = 999
    refused = _send(signed_in, form_data, data, "a.png", "image/png")
    assert "This image has too many pixels" in refused.content.decode()
    settings.MEMBERS_IMAGE_MAX_PIXELS = 1000
    assert _send(signed_in, form_data, data, "a.png", "image/png").status_code == 302


def test_the_longest_edge_exactly_is_kept_and_one_more_is_scaled(signed_in, form_data, settings):
    settings.MEMBERS_IMAGE_MAX_EDGE = 48
    _send(signed_in, form_data, _encoded(_noise("RGB", size=(48, 32)), "PNG"), "a.png", "image/png")
    assert _stored().size == (48, 32)
    get_image_model().objects.all().delete()
    Submission.objects.all().delete()
    _send(signed_in, form_data, _encoded(_noise("RGB", size=(49, 32)), "PNG"), "b.png", "image/png")
    assert max(_stored().size) == 48


# --- Private until published ----------------------------------------------------------------


def test_file_names_are_random_and_say_nothing(signed_in, form_data):
    for n in range(2):
        draft = form_data(title=f"Secret plan {n}", submit=None, save="1")
        signed_in.post(
            NEW,
            {
                **draft,
                "new_image": _upload(_encoded(_noise("RGB"), "PNG"), "me.png", "image/png"),
                "lead_image_alt": "Alt",
            },
        )
    names = [image.file.name for image in get_image_model().objects.all()]
    assert len(set(names)) == 2
    for name in names:
        stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        assert len(stem) >= 20 and "secret" not in name.lower() and "member" not in name and stem != "me"


def test_draft_images_are_private_until_published(signed_in, form_data, member, moderator, admin_user_):
    _send(signed_in, form_data, _encoded(_noise("RGB"), "PNG"), "a.png", "image/png")
    image = get_image_model().objects.get()
    assert images.is_private(image)
    url = f"/en/members/images/{image.pk}/"
    with image.file.open("rb") as handle:
        original = handle.read()
    owner = signed_in.get(url)
    assert owner.status_code == 200 and b"".join(owner.streaming_content) == original
    assert owner["Content-Type"] == "image/png"
    assert {"private", "no-store"} <= {part.strip() for part in owner["Cache-Control"].split(",")}
    other = Client()
    other.force_login(MemberFactory(username="nosy"))
    assert other.get(url).status_code == 404
    assert Client().get(url).status_code == 404
    mod = Client()
    mod.force_login(moderator)
    assert mod.get(url).status_code == 200
    # Not offered by the image chooser, even to a superuser editing another page.
    boss = Client()
    boss.force_login(admin_user_)
    assert (
        f'data-chooser-url="/admin/images/chooser/{image.pk}/"'
        not in boss.get("/admin/images/chooser/").content.decode()
    )
    assert image.title not in boss.get("/admin/images/chooser/results/").content.decode()
    # Published: public like any other image, and choosable.
    page = CaseStudyPage.objects.get()
    TaskState.objects.get(pk=page.current_workflow_state.current_task_state_id).approve(user=moderator)
    image.refresh_from_db()
    assert not images.is_private(image) and image.collection == Collection.get_first_root_node()
    assert image.file.name.endswith(".png") and image.file.name.count(".") == 1  # a new name, same type
    public = Client().get(url)
    assert public.status_code == 200 and public["Content-Type"] == "image/png"
    assert image.title in boss.get("/admin/images/chooser/results/").content.decode()


def test_removing_an_image_from_a_draft_never_deletes_one_used_elsewhere(signed_in, form_data, member, stories_index):
    draft = form_data(submit=None, save="1", lead_image_alt="First")
    signed_in.post(NEW, {**draft, "new_image": _upload(_encoded(_noise("RGB"), "PNG"), "a.png", "image/png")})
    submission = Submission.objects.get(owner=member)
    # An editor used the same image on a live page.
    live = CaseStudyPageFactory(
        parent=stories_index, title="Live", slug="live", lead_image=submission.lead_image, lead_image_alt="x"
    )
    removed = {**draft, "remove_image": "on", "started": signed_now(offset=60)}
    signed_in.post(f"/en/members/submissions/{submission.pk}/", removed)
    submission.refresh_from_db()
    assert submission.lead_image is None
    live.refresh_from_db()
    assert live.lead_image is not None and get_image_model().objects.filter(pk=live.lead_image_id).exists()
