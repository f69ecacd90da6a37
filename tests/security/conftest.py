"""The member-submission fixtures (a stories index, a member, a moderator, form data) for the
security tests that follow a case study from the form to the public page."""

from tests.members.conftest import admin_user_, area, form_data, member, moderator, stories_index, value  # noqa: F401
