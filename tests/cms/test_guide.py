"""The admin's Help menu opens the site's own guide for editors and moderators."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import get_page_models

from cms.guide import PAGE_TYPES

pytestmark = pytest.mark.django_db


def test_every_page_type_is_explained():
    creatable = {model._meta.label for model in get_page_models() if model.is_creatable}
    assert creatable == set(PAGE_TYPES)


@pytest.mark.parametrize("group", ["Editors", "Moderators"])
def test_the_help_menu_opens_the_guide(django_user_model, home_page, group):
    user = django_user_model.objects.create_user(group.lower(), f"{group.lower()}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    dashboard = client.get("/admin/").content.decode()
    assert "Guide for editors and moderators" in dashboard and '"/admin/guide/"' in dashboard  # the sidebar's data
    guide = client.get("/admin/guide/").content.decode()
    for heading in ("Page types", "the moderation flow", "Translation"):
        assert heading in guide
    assert "Request changes" in guide and "Decline" in guide and "⋯ → Translate" in guide
    assert "Handbook page" in guide and "Case study" in guide
    assert "Reports → Translation status" in guide
    assert '"New person" or "New venue" tab' in guide and "Changes to single dates of a series" in guide
