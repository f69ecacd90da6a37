"""A member's lead image: real images only, limits checked before decoding, no EXIF or GPS kept,
storage failures lose nothing and leave nothing half-made."""

import errno
import io
import re
import struct
import zlib
from unittest import mock

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.images import get_image_model

from cms.forms import signed_now
from members.models import Submission
from stories.models import CaseStudyPage

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"
GPS_IFD = 0x8825


@pytest.fixture
def signed_in(client, member, stories_index):
    client.force_login(member)
    return client


def _jpeg_with_gps() -> bytes:
    image = PILImage.new("RGB", (64, 48), (200, 60, 30))
    exif = PILImage.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x0110] = "SecretPhone 9"  # Model
    exif[GPS_IFD] = {1: "N", 2: (53.0, 48.0, 0.0), 3: "W", 4: (1.0, 32.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def _png(width=40, height=30) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (width, height), (10, 120, 90)).save(out, format="PNG")
    return out.getvalue()


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny, well-formed PNG header that claims an enormous size (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + chunk(b"IEND", b"")
    )


def _upload(data: bytes, name="photo.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def test_the_form_states_the_image_limits(signed_in):
    html = signed_in.get(NEW).content.decode()
    assert 'enctype="multipart/form-data"' in html
    assert "JPEG, PNG, WebP or HEIC" in html and "up to 8 MB and 25 megapixels" in html
    assert 'accept="image/jpeg,image/png,image/webp,image/heic,.heic"' in html
    assert "Describe the image" in html


def test_an_html_file_renamed_jpg_is_refused_and_the_text_is_kept(signed_in, form_data):
    fake = _upload(b"<html><script>alert(1)</script></html>", "holiday.jpg", "image/jpeg")
    response = signed_in.post(NEW, form_data(new_image=fake, lead_image_alt="A beach"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'id="id_new_image-error"' in html
    assert "This file is not a JPEG, PNG, WebP or HEIC image." in html
    assert 'href="#id_new_image"' in html  # in the summary at the top
    assert "We logged every problem" in html and 'value="A beach"' in html
    assert not Submission.objects.exists() and not get_image_model().objects.exists()


def test_a_png_claiming_30000_by_30000_pixels_is_refused_without_decoding(signed_in, form_data):
    bomb = _png_claiming(30000, 30000)
    assert len(bomb) < 200
    with mock.patch.object(ImageFile.ImageFile, "load", side_effect=AssertionError("decoded!")) as load:
        response = signed_in.post(NEW, form_data(new_image=_upload(bomb, "big.png", "image/png"), lead_image_alt="x"))
    assert not load.called
    html = response.content.decode()
    assert "This image has too many pixels" in html and "25 megapixels" in html
    assert not Submission.objects.exists() and not get_image_model().objects.exists()


def test_just_over_the_pixel_limit_is_refused_too(signed_in, form_data, settings):
    settings.MEMBERS_IMAGE_MAX_PIXELS = 40 * 30 - 1
    response = signed_in.post(NEW, form_data(new_image=_upload(_png(), "ok.png", "image/png"), lead_image_alt="x"))
    assert re.search(
        r">\s*This image has too many pixels: the limit is \d+ MB and \d+ megapixels", response.content.decode()
    )
    assert not get_image_model().objects.exists()


@pytest.mark.parametrize("size", [(1, 30), (30, 1)])
def test_a_one_pixel_strip_is_a_picture_too(signed_in, form_data, member, size):
    upload = _upload(_png(*size), "strip.png", "image/png")
    response = signed_in.post(NEW, form_data(new_image=upload, lead_image_alt="x"))
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.width, image.height) == size


def test_a_file_over_the_size_limit_is_refused(signed_in, form_data, settings):
    settings.MEMBERS_IMAGE_MAX_BYTES = 1024 * 1024
    big = _jpeg_with_gps() + bytes(1024 * 1024)
    response = signed_in.post(NEW, form_data(new_image=_upload(big), lead_image_alt="x"))
    message = "This image is too large: the limit is 1 MB. Save it smaller and choose it again."
    assert re.search(rf">\s*{re.escape(message)}\s*<", response.content.decode())
    assert not get_image_model().objects.exists()


def test_a_gps_tagged_jpeg_is_stored_without_exif_and_used_on_the_page(signed_in, form_data, member):
    original = _jpeg_with_gps()
    assert PILImage.open(io.BytesIO(original)).getexif().get_ifd(GPS_IFD)  # the test file really has GPS
    response = signed_in.post(NEW, form_data(new_image=_upload(original), lead_image_alt="Tenants at the meeting"))
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert image.collection.name == "Member submissions"
    with image.open_file() as stored_file:
        stored = stored_file.read()
    assert b"SecretPhone" not in stored and b"Exif" not in stored
    with PILImage.open(io.BytesIO(stored)) as stored_image:
        assert stored_image.format == "JPEG"
        assert len(stored_image.getexif()) == 0
        assert not stored_image.getexif().get_ifd(GPS_IFD)
        assert stored_image.size == (64, 48)
    # Every rendition is made from that clean original.
    rendition = image.get_rendition("width-32")
    with rendition.file.open() as rendition_file:
        assert b"SecretPhone" not in rendition_file.read()
    submission = Submission.objects.get(owner=member)
    assert submission.lead_image == image
    page = CaseStudyPage.objects.get().get_latest_revision_as_object()
    assert page.lead_image_id == image.pk
    assert page.lead_image_alt == "Tenants at the meeting"


def test_a_valid_image_ends_up_on_the_published_page(signed_in, form_data, moderator):
    from wagtail.models import TaskState

    signed_in.post(NEW, form_data(new_image=_upload(_png(), "p.png", "image/png"), lead_image_alt="A green square"))
    page = CaseStudyPage.objects.get()
    TaskState.objects.get(pk=page.current_workflow_state.current_task_state_id).approve(user=moderator)
    page.refresh_from_db()
    assert page.live and page.lead_image is not None
    from django.test import Client

    html = Client().get(page.url).content.decode()
    assert 'alt="A green square"' in html and "<img" in html


def test_an_image_needs_alt_text(signed_in, form_data):
    response = signed_in.post(NEW, form_data(new_image=_upload(_png(), "p.png", "image/png"), lead_image_alt=""))
    html = response.content.decode()
    assert 'id="id_lead_image_alt-error"' in html
    assert "Describe the image for people who cannot see it." in html
    # The image itself was fine, but the browser will not keep it: the member is told so.
    assert "Your image was not kept" in html and "Please choose it again." in html
    assert not get_image_model().objects.exists()


def test_other_errors_say_the_image_must_be_chosen_again_and_keep_the_text(signed_in, form_data):
    response = signed_in.post(
        NEW, form_data(context="", new_image=_upload(_png(), "p.png", "image/png"), lead_image_alt="Kept alt")
    )
    html = response.content.decode()
    assert "Your image was not kept" in html
    assert 'value="Kept alt"' in html and "We logged every problem" in html


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_storage_full_or_read_only_loses_nothing_and_leaves_no_rows(signed_in, form_data, code):
    failure = OSError(code, "simulated storage failure")
    with mock.patch.object(FileSystemStorage, "save", side_effect=failure):
        response = signed_in.post(NEW, form_data(new_image=_upload(_png(), "p.png", "image/png"), lead_image_alt="Alt"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "We could not store your image just now" in html
    assert "everything you typed is still here" in html
    assert "We logged every problem" in html and 'value="Alt"' in html
    assert not get_image_model().objects.exists()
    assert not Submission.objects.exists()
    assert not CaseStudyPage.objects.exists()


def test_a_failure_after_the_file_was_written_removes_the_file(signed_in, form_data):
    written = []
    real_save = FileSystemStorage.save

    def save_then_remember(storage, name, content, *args, **kwargs):
        stored = real_save(storage, name, content, *args, **kwargs)
        written.append((storage, stored))
        return stored

    with (
        mock.patch.object(FileSystemStorage, "save", save_then_remember),
        mock.patch("members.submissions.workflow.submit", side_effect=OSError(errno.ENOSPC, "disk full")),
    ):
        response = signed_in.post(NEW, form_data(new_image=_upload(_png(), "p.png", "image/png"), lead_image_alt="Alt"))
    assert "We could not store your image just now" in response.content.decode()
    assert written and not any(storage.exists(name) for storage, name in written)
    assert not get_image_model().objects.exists() and not Submission.objects.exists()


def test_my_data_export_links_my_image(signed_in, form_data):
    import json

    signed_in.post(NEW, form_data(new_image=_upload(_png(), "p.png", "image/png"), lead_image_alt="A green square"))
    data = json.loads(signed_in.get("/en/members/my-data.json").content)
    assert data["submissions"][0]["lead_image_alt"] == "A green square"
    assert data["submissions"][0]["lead_image"].startswith("http://localhost/en/members/images/")


def _saved(format_name: str, **options) -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (24, 16), (240, 200, 0)).save(out, format=format_name, **options)
    return out.getvalue()


def test_webp_is_accepted_and_a_real_gif_is_not(signed_in, form_data, member):
    refused = signed_in.post(NEW, form_data(new_image=_upload(_saved("GIF"), "a.gif", "image/gif"), lead_image_alt="x"))
    assert "This file is not a JPEG, PNG, WebP or HEIC image." in refused.content.decode()
    # A WebP named and declared as a JPEG is judged by its content, and kept as WebP.
    response = signed_in.post(NEW, form_data(new_image=_upload(_saved("WEBP"), "photo.jpg"), lead_image_alt="Yellow"))
    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert image.file.name.endswith(".webp")
    assert (image.width, image.height) == (24, 16)


def test_a_large_jpeg_is_scaled_down_to_the_longest_edge(signed_in, form_data, settings):
    settings.MEMBERS_IMAGE_MAX_EDGE = 100
    big = io.BytesIO()
    PILImage.new("RGB", (800, 400), (0, 0, 0)).save(big, format="JPEG")
    signed_in.post(NEW, form_data(new_image=_upload(big.getvalue()), lead_image_alt="Black"))
    image = get_image_model().objects.get()
    assert (image.width, image.height) == (100, 50)


def test_replacing_or_removing_a_draft_image_deletes_the_old_one(signed_in, form_data, member):
    draft = form_data(submit=None, save="1", lead_image_alt="First")
    signed_in.post(NEW, {**draft, "new_image": _upload(_png(), "a.png", "image/png")})
    submission = Submission.objects.get(owner=member)
    first = submission.lead_image_id
    edit = f"/en/members/submissions/{submission.pk}/"
    html = signed_in.get(edit).content.decode()
    assert "You have added an image described as" in html and "Remove the image I added before" in html
    draft["started"] = signed_now(offset=60)  # each form token is good for one send
    signed_in.post(
        edit, {**draft, "lead_image_alt": "Second", "new_image": _upload(_png(20, 20), "b.png", "image/png")}
    )
    submission.refresh_from_db()
    assert submission.lead_image_id != first
    assert list(get_image_model().objects.values_list("pk", flat=True)) == [submission.lead_image_id]
    signed_in.post(edit, {**draft, "remove_image": "on", "started": signed_now(offset=60)})
    submission.refresh_from_db()
    assert submission.lead_image is None and submission.lead_image_alt == ""
    assert not get_image_model().objects.exists()


def _stored(image: PILImage.Image, format_name: str, **options) -> PILImage.Image:
    """What the site stores for an upload of ``image`` (checked, then re-encoded)."""
    from members.submissions.images import check_upload, reencode

    out = io.BytesIO()
    image.save(out, format=format_name, **options)
    data, _size = reencode(check_upload(_upload(out.getvalue(), f"upload.{format_name.lower()}")))
    return PILImage.open(io.BytesIO(data))


def _palette(transparent: bool) -> PILImage.Image:
    image = PILImage.new("P", (8, 8), 1)
    image.putpalette([0, 0, 0, 250, 10, 10] + [0, 0, 0] * 254)
    image.putpixel((0, 0), 0)
    if transparent:
        image.info["transparency"] = 0
    return image


@pytest.mark.parametrize(
    ("image", "format_name", "stored_mode"),
    [
        (PILImage.new("L", (8, 8), 90), "JPEG", "L"),  # a black-and-white photo stays one channel
        (PILImage.new("RGB", (8, 8), (200, 10, 10)), "JPEG", "RGB"),
        (PILImage.new("CMYK", (8, 8), (0, 200, 200, 0)), "JPEG", "RGB"),  # print colours, for screens
        (PILImage.new("L", (8, 8), 90), "PNG", "L"),
        (PILImage.new("LA", (8, 8), (90, 128)), "PNG", "LA"),
        (PILImage.new("RGBA", (8, 8), (200, 10, 10, 128)), "PNG", "RGBA"),
        (_palette(transparent=False), "PNG", "P"),
        (_palette(transparent=True), "PNG", "RGBA"),
        (PILImage.new("I;16", (8, 8), 3000), "PNG", "RGBA"),
    ],
)
def test_an_image_keeps_its_colours_and_transparency(image, format_name, stored_mode):
    stored = _stored(image, format_name)
    assert stored.mode == stored_mode
    if stored_mode == "RGBA" and image.mode == "P":
        assert stored.getpixel((0, 0))[3] == 0 and stored.getpixel((1, 1))[:3] == (250, 10, 10)
    if stored_mode == "P":
        assert stored.convert("RGB").getpixel((1, 1)) == (250, 10, 10)


@pytest.mark.parametrize(
    ("name", "served_as"),
    [
        ("private/a.JPG", "image/jpeg"),
        ("b.webp", "image/webp"),
        ("c.png", "image/png"),
        ("d.gif", "application/octet-stream"),
    ],
)
def test_a_member_image_is_served_with_the_type_of_its_file(name, served_as):
    from types import SimpleNamespace

    from members.submissions.images import mime_type

    assert mime_type(SimpleNamespace(file=SimpleNamespace(name=name))) == served_as
