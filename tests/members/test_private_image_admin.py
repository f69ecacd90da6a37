"""A member's image in review is private in Wagtail's own admin and in media (issue 17, decision
0043): Editors and Moderators (not superusers) never find it in the image listing, its search,
its bulk actions, the chooser or the admin API; a moderator still sees it in the review preview;
no rendition of it is reachable without the permission check until publication, and after
publication the page shows it from ordinary media."""

import json
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import TaskState

from members.factories import MemberFactory
from members.models import Submission
from stories.models import CaseStudyPage

from .test_image_privacy import _encoded, _noise, _send

pytestmark = pytest.mark.django_db

NGINX = Path(settings.BASE_DIR) / "deploy" / "nginx" / "hub.conf.template"
PRIVATE_TITLE = "Tenants win repairs together"  # the case study's title is its image's title


def _client(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(db):
    user = MemberFactory(username="ed", email="ed@example.org")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def in_review(client, member, stories_index, form_data):
    """A member's case study sent in with an image, and an ordinary image beside it."""
    client.force_login(member)
    assert (
        _send(client, form_data, _encoded(_noise("RGB", size=(96, 64)), "PNG"), "a.png", "image/png").status_code == 302
    )
    private = get_image_model().objects.get()
    ordinary = get_image_model().objects.create(title="Ordinary chairs", file=get_test_image_file())
    return CaseStudyPage.objects.get(), private, ordinary


def web_server_status(path: str) -> int:
    """What nginx (deploy/nginx) answers for a /media/ address: the denied folders 404, other
    files are served from MEDIA_ROOT."""
    denied = re.findall(r"location (/media/[\w/-]+/) \{ return 404; \}", NGINX.read_text())
    assert "/media/private/" in denied and "/media/original_images/" in denied
    if any(path.startswith(prefix) for prefix in denied):
        return 404
    return 200 if (Path(settings.MEDIA_ROOT) / path.removeprefix(settings.MEDIA_URL)).is_file() else 404


def anonymous_status(url: str) -> int:
    if url.startswith(settings.MEDIA_URL):
        return web_server_status(url)
    return Client().get(url).status_code


def image_urls(html: str) -> set[str]:
    urls = set(re.findall(r'<img[^>]*\ssrc="([^"]+)"', html))
    for srcset in re.findall(r'srcset="([^"]+)"', html):
        urls |= {part.strip().split(" ")[0] for part in srcset.split(",") if part.strip()}
    return urls


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_wagtails_image_admin_never_lists_a_private_member_image(request, in_review, role):
    _page, private, ordinary = in_review
    staff = _client(request.getfixturevalue(role))
    listings = {
        "listing": "/admin/images/",
        "listing results": "/admin/images/results/",
        "search": f"/admin/images/?q={PRIVATE_TITLE.split()[0]}",
        "search results": f"/admin/images/results/?q={PRIVATE_TITLE.split()[0]}",
        "chooser": "/admin/images/chooser/",
        "chooser search": f"/admin/images/chooser/results/?q={PRIVATE_TITLE.split()[0]}",
        "bulk action on everything listed": "/admin/bulk/wagtailimages/image/add_tags/?id=all&next=/admin/images/",
    }
    for name, url in listings.items():
        response = staff.get(url)
        assert response.status_code == 200, name
        html = response.content.decode()
        if "search" not in name:
            assert ordinary.title in html, name  # the listing works, and shows ordinary images
        assert PRIVATE_TITLE not in html and f"/admin/images/{private.pk}/" not in html, name
    api = json.loads(staff.get("/admin/api/main/images/?limit=20").content)
    assert [item["title"] for item in api["items"]] == [ordinary.title]
    assert staff.get(f"/admin/api/main/images/{private.pk}/").status_code == 404
    assert staff.get(f"/admin/images/{private.pk}/").status_code in (302, 403)
    # A bulk action named by id does nothing to it.
    staff.post(f"/admin/bulk/wagtailimages/image/delete/?id={private.pk}&next=/admin/images/")
    assert get_image_model().objects.filter(pk=private.pk).exists()


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_wagtails_views_of_one_image_refuse_a_private_member_image(request, in_review, role):
    """Edit, delete, usage, its preview, the chooser's "chosen" step and the
    multiple-upload edit: refused by id, so nobody learns its title or puts it on another page."""
    _page, private, ordinary = in_review
    staff = _client(request.getfixturevalue(role))
    views = [
        "/admin/images/{}/",
        "/admin/images/{}/delete/",
        "/admin/images/usage/{}/",
        "/admin/images/{}/preview/original/",
        "/admin/images/chooser/chosen/{}/",
        "/admin/images/chooser/{}/select_format/",
    ]
    for view in views:
        assert staff.get(view.format(ordinary.pk)).status_code == 200, view  # the view works
        response = staff.get(view.format(private.pk))
        assert response.status_code in (302, 403), view
        assert PRIVATE_TITLE not in response.content.decode(), view
    # Nor inserted into another page's text by sending the format form for it.
    insert = {"image-chooser-insertion-format": "fullwidth", "image-chooser-insertion-alt_text": "x"}
    refused = staff.post(f"/admin/images/chooser/{private.pk}/select_format/", insert)
    assert refused.status_code in (302, 403) and b"embed" not in refused.content
    chosen = staff.get(f"/admin/images/chooser/chosen-multiple/?id={private.pk}&id={ordinary.pk}")
    assert chosen.status_code == 200 and PRIVATE_TITLE not in chosen.content.decode()
    assert ordinary.title in chosen.content.decode()
    staff.post(f"/admin/images/multiple/{private.pk}/", {f"image-{private.pk}-title": "Renamed"})
    staff.post(f"/admin/images/multiple/{private.pk}/delete/")
    private.refresh_from_db()
    assert private.title == PRIVATE_TITLE


def test_a_moderator_sees_the_image_in_the_review_preview_and_nobody_else_reaches_it(
    in_review, moderator, editor, member
):
    page, private, _ordinary = in_review
    preview = _client(moderator).get(f"/admin/pages/{page.pk}/view_draft/")
    assert preview.status_code == 200
    shown = {url for url in image_urls(preview.content.decode()) if "private-" in url or "/renditions/" in url}
    assert shown, "the preview shows the member's image"
    nosy = _client(MemberFactory(username="nosy"))
    for url in shown:
        response = _client(moderator).get(url)
        assert response.status_code == 200 and response["Content-Type"].startswith("image/"), url
        assert len(b"".join(response.streaming_content)) > 100
        assert anonymous_status(url) == 404, url
        assert _client(editor).get(url).status_code == 404, url
        assert nosy.get(url).status_code == 404, url
    assert _client(member).get(next(iter(shown))).status_code == 200  # the member who sent it


def test_no_rendition_is_public_until_publication_and_after_it_the_page_shows_the_image(
    in_review, moderator, django_capture_on_commit_callbacks
):
    page, private, _ordinary = in_review
    _client(moderator).get(f"/admin/pages/{page.pk}/view_draft/")
    for spec in ("max-165x165", "fill-1200x630", "width-400|format-webp", "original"):
        private.get_rendition(spec)  # as the admin's thumbnails, the share card, any template would
    renditions = list(private.renditions.all())
    assert len(renditions) >= 4
    for rendition in renditions:
        assert rendition.file.name.startswith("private/images/private-"), rendition.file.name
        assert not rendition.url.startswith(settings.MEDIA_URL)
        assert anonymous_status(rendition.url) == 404
        # Nor straight from media, where the file is, or where Wagtail would put it by default.
        assert web_server_status(settings.MEDIA_URL + rendition.file.name) == 404
        assert web_server_status(settings.MEDIA_URL + "images/" + Path(rendition.file.name).name) == 404
    assert web_server_status(settings.MEDIA_URL + private.file.name) == 404
    private_urls = [rendition.url for rendition in renditions]
    private_files = [private.file.name, *(rendition.file.name for rendition in renditions)]

    with django_capture_on_commit_callbacks(execute=True):
        TaskState.objects.get(pk=page.current_workflow_state.current_task_state_id).approve(user=moderator)
    page.refresh_from_db()
    private.refresh_from_db()
    assert page.live and "private-" not in private.file.name
    response = Client().get(page.url)
    assert response.status_code == 200
    public = {url for url in image_urls(response.content.decode()) if url.startswith(settings.MEDIA_URL)}
    stem = Path(private.file.name).stem
    ours = {url for url in public if stem in url}
    assert ours, "the published page shows the image from media"
    for url in ours:
        assert url.startswith(f"{settings.MEDIA_URL}images/") and web_server_status(url) == 200, url
    for url in private_urls:
        assert anonymous_status(url) == 404  # the renditions made in private are gone
    assert [name for name in private_files if private.file.storage.exists(name)] == []


def test_deleting_the_account_removes_the_draft_images_files_and_every_rendition(
    client, in_review, moderator, django_capture_on_commit_callbacks
):
    page, private, _ordinary = in_review
    _client(moderator).get(f"/admin/pages/{page.pk}/view_draft/")
    private.get_rendition("max-165x165")
    names = [private.file.name, *(rendition.file.name for rendition in private.renditions.all())]
    storage = private.file.storage
    assert len(names) >= 2 and all(storage.exists(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/members/delete/", {"password": "member-password", "confirm": "on"})
    assert response.status_code == 302
    assert not get_image_model().objects.filter(pk=private.pk).exists()
    assert [name for name in names if storage.exists(name)] == []


def test_the_members_own_preview_shows_the_image_only_through_the_checked_views(in_review, member, editor):
    """What the member's preview of their draft renders for its lead image (the picture, its
    sources and the share card): checked addresses only, none under media, none reachable by
    anyone but the member (and moderators)."""
    page, private, _ordinary = in_review
    owner = _client(member)
    response = owner.get(f"/en/members/submissions/{Submission.objects.get(owner=member).pk}/preview/")
    assert response.status_code == 200
    html = response.content.decode()
    shown = image_urls(html) | set(re.findall(r'<meta property="og:image" content="([^"]+)"', html))
    shown = {re.sub(r"^https?://[^/]+", "", url) for url in shown}
    ours = {url for url in shown if "/members/images/" in url or Path(private.file.name).stem in url}
    assert ours, "the preview shows the member's image"
    assert not [url for url in shown if url.startswith(settings.MEDIA_URL) and "private" in url]
    nosy = _client(MemberFactory(username="nosy"))
    for url in ours:
        assert url.startswith("/en/members/images/"), url
        response = owner.get(url)
        assert response.status_code == 200 and response["Content-Type"].startswith("image/"), url
        assert anonymous_status(url) == 404 and nosy.get(url).status_code == 404, url
        assert _client(editor).get(url).status_code == 404, url
