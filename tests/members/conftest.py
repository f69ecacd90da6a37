"""Fixtures for member submissions: a stories index, a member, a moderator, valid form data."""

import pytest
from django.contrib.auth.models import Group

from cms.forms import signed_now
from handbook.factories import FrameworkAreaFactory, FrameworkValueFactory
from members.factories import MemberFactory
from stories.factories import StoryIndexPageFactory


@pytest.fixture
def stories_index(home_page):
    return StoryIndexPageFactory(parent=home_page, title="Stories", slug="stories", show_in_menus=True)


@pytest.fixture
def area(db):
    return FrameworkAreaFactory(name="Organise", slug="organise")


@pytest.fixture
def value(db):
    return FrameworkValueFactory(name="Participation", slug="participation")


@pytest.fixture
def member(db):
    return MemberFactory(username="ama", email="ama@example.org")


@pytest.fixture
def moderator(db):
    user = MemberFactory(username="mo", email="mo@example.org")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


@pytest.fixture
def admin_user_(db, django_user_model):
    return django_user_model.objects.create_superuser("boss", "boss@example.org", "admin-password")


@pytest.fixture
def form_data(area, value):
    """What a member types: everything filled in, sent well after the form was shown."""

    def make(**overrides):
        data = {
            "title": "Tenants win repairs together",
            "summary": "Neighbours pooled their complaints and got the landlord to act.",
            "context": "Damp flats had gone unrepaired for years.",
            "what_was_done": "We logged every problem and went to the landlord as a group.",
            "who_took_part": "Tenants from three blocks.",
            "outcomes": "Repairs were booked within a month.",
            "lessons": "Keeping records mattered most.",
            "do_differently": "Start the log sooner.",
            "resources": "A shared spreadsheet",
            "tags": "housing, repairs",
            "framework_areas": [area.pk],
            "framework_values": [value.pk],
            "place": "Leeds",
            "period": "Spring 2024",
            "organisations": "Leeds Tenants",
            "credit_name": "Ama",
            "consent": "on",
            "website": "",
            "started": signed_now(offset=60),
            "submit": "1",
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return make
