"""No admin form ends in a server error because of what an editor typed: every uniqueness
rule of every snippet, and every page's slug, comes back as an error on its field with the
input kept (a sweep of the real add and edit views)."""

import pytest
from django.urls import reverse
from wagtail.admin.panels import get_edit_handler
from wagtail.models import get_page_models
from wagtail.snippets.models import get_snippet_models

from tests.admin_forms import form_data

pytestmark = pytest.mark.django_db


def _rules(model, form_class):
    """Each uniqueness rule an editor can break: the form fields it is made of."""
    rules = [(field.name,) for field in model._meta.fields if field.unique and not field.primary_key]
    rules += [tuple(rule) for rule in model._meta.unique_together]
    for constraint in model._meta.constraints:
        rules.append(tuple(getattr(constraint, "fields", ())))
    shown = []
    for rule in rules:
        visible = tuple(name for name in rule if name != "locale")
        if visible and all(name in form_class.base_fields for name in visible):
            shown.append(visible)
    return shown


def _assert_field_error(response, field, typed, what):
    assert response.status_code == 200, f"{what}: {response.status_code}"
    form = response.context["form"]
    assert field in form.errors, f"{what}: no error on {field} ({form.errors.as_data()})"
    assert typed in response.content.decode(), f"{what}: the typed {field} is lost"


def test_every_snippet_uniqueness_rule_is_a_field_error(admin_client, every_page_type):
    checked = set()
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        form_class = get_edit_handler(model).get_form_class()
        for rule in _rules(model, form_class):
            first, second = model.objects.order_by("pk")[:2]
            field = rule[0]
            edit_url = reverse(viewset.get_url_name("edit"), args=[second.pk])
            data = form_data(admin_client.get(edit_url).content.decode(), form_class)
            for name in rule:
                data[name] = str(first.serializable_value(name))  # a chosen object by its id
            response = admin_client.post(edit_url, data)
            _assert_field_error(response, field, data[field], f"editing a {model.__name__}")
            add_url = reverse(viewset.get_url_name("add"))
            if getattr(first, "locale_id", None):
                add_url += f"?locale={first.locale.language_code}"
            response = admin_client.post(add_url, data)
            _assert_field_error(response, field, data[field], f"adding a {model.__name__}")
            checked.add(model.__name__)
    assert {"GlossaryTerm", "FrameworkArea", "FrameworkValue", "Organisation"} <= checked


def test_every_page_type_refuses_a_sibling_slug_on_its_field(admin_client, every_page_type):
    checked = set()
    for page in every_page_type:
        twin = page.copy(update_attrs={"slug": f"{page.slug}-twin", "title": f"{page.title} twin"}, keep_live=False)
        form_class = get_edit_handler(type(page)).get_form_class()
        edit_url = reverse("wagtailadmin_pages:edit", args=[twin.pk])
        data = form_data(admin_client.get(edit_url).content.decode(), form_class)
        data["slug"] = page.slug
        response = admin_client.post(edit_url, data)
        _assert_field_error(response, "slug", f'value="{page.slug}"', f"editing a {type(page).__name__}")
        checked.add(type(page))
    assert checked == {model for model in get_page_models() if model.is_creatable}
