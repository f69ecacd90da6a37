"""Fixtures for the shared-core tests."""

from tests.admin_forms import every_page_type  # noqa: F401 (a fixture: one page of every type)
