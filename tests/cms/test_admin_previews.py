"""Preview (side panel and new tab) through Wagtail's real preview views, for every page type
and every previewable snippet: the render carries the admin's policy, which lets the admin
frame it (its Checks panel runs inside that frame), never the public ``frame-ancestors 'none'``."""

import pytest
from django.urls import reverse
from wagtail.admin.panels import get_edit_handler
from wagtail.models import Page, PreviewableMixin, get_page_models
from wagtail.snippets.models import get_snippet_models

from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


def _directives(header: str) -> dict[str, list[str]]:
    parts = (part.strip().split() for part in header.split(";") if part.strip())
    return {name: values for name, *values in parts}


@pytest.fixture
def demo(every_page_type):
    return every_page_type


def _assert_admin_policy(response, what):
    assert response.status_code == 200, what
    assert b"preview is not available" not in response.content.lower(), what
    csp = _directives(response["Content-Security-Policy"])
    assert csp["frame-ancestors"] == ["'self'"], what
    assert response["X-Frame-Options"] == "SAMEORIGIN", what


def _preview(client, url, edit_html, form_class, what):
    answer = client.post(url, form_data(edit_html, form_class)).json()
    assert answer == {"is_valid": True, "is_available": True}, what
    _assert_admin_policy(client.get(url, {"in_preview_panel": "true"}), f"{what} (side panel)")
    _assert_admin_policy(client.get(url), f"{what} (new tab)")


# What an editor must fill in before a new page of these types can be previewed at all.
NEW_PAGE_NEEDS = {"EventPage": {"format": "online", "start_date": "2030-05-01", "start_time": "18:00"}}


def _page_types():
    return [model for model in get_page_models() if model.is_creatable]


def test_every_page_type_previews_with_the_admin_policy(admin_client, demo):
    checked = []
    for model in _page_types():
        page = model.objects.exact_type(model).filter(locale__language_code="en").first()
        assert page is not None, f"the demo has no {model.__name__}"
        edit_html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        form_class = get_edit_handler(model).get_form_class()
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        _preview(admin_client, url, edit_html, form_class, f"{model.__name__} edit")
        checked.append(model)
    assert len(checked) >= 9


def test_new_pages_preview_with_the_admin_policy_before_they_are_saved(admin_client, demo):
    for model in _page_types():
        page = model.objects.exact_type(model).filter(locale__language_code="en").first()
        parent = page.get_parent().specific
        if not model.can_create_at(parent):
            continue  # one per site or per parent (home, indexes): its add view refuses a second
        meta = model._meta
        add_url = reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])
        html = admin_client.get(add_url).content.decode()
        data = form_data(html, get_edit_handler(model).get_form_class())
        data.update({"title": "A new one", "slug": "a-new-one", **NEW_PAGE_NEEDS.get(model.__name__, {})})
        url = reverse("wagtailadmin_pages:preview_on_add", args=[meta.app_label, meta.model_name, parent.pk])
        assert admin_client.post(url, data).json()["is_valid"], model.__name__
        _assert_admin_policy(admin_client.get(url, {"in_preview_panel": "true"}), f"{model.__name__} add")


def test_moderation_and_revision_previews_get_the_admin_policy(admin_client, demo):
    page = Page.objects.filter(depth__gt=2, locale__language_code="en").first().specific
    revision = page.save_revision()
    _assert_admin_policy_framed = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))
    csp = _directives(_assert_admin_policy_framed["Content-Security-Policy"])
    assert csp["frame-ancestors"] == ["'self'"]
    response = admin_client.get(reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk]))
    assert _directives(response["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]


def test_every_previewable_snippet_previews_with_the_admin_policy(admin_client, demo):
    previewable = [model for model in get_snippet_models() if issubclass(model, PreviewableMixin)]
    for model in previewable:
        obj = model.objects.first()
        assert obj is not None, f"the demo has no {model.__name__}"
        viewset = model.snippet_viewset
        edit_html = admin_client.get(reverse(viewset.get_url_name("edit"), args=[obj.pk])).content.decode()
        url = reverse(viewset.get_url_name("preview_on_edit"), args=[obj.pk])
        _preview(admin_client, url, edit_html, get_edit_handler(model).get_form_class(), model.__name__)


def test_the_public_page_keeps_its_strict_policy(client, demo):
    csp = _directives(client.get("/en/")["Content-Security-Policy"])
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["script-src"] == ["'self'"]
