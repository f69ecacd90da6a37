"""Where a page type may be created, checked the way an editor meets it: the admin's add view."""

from django.urls import reverse


def admin_add_status(admin_client, page_model, parent) -> int:
    """HTTP status of the admin's "add page" form for ``page_model`` under ``parent``."""
    url = reverse(
        "wagtailadmin_pages:add",
        args=(page_model._meta.app_label, page_model._meta.model_name, parent.pk),
    )
    return admin_client.get(url).status_code


def assert_creatable_only_under(admin_client, page_model, allowed: list, refused: list) -> None:
    for parent in allowed:
        status = admin_add_status(admin_client, page_model, parent)
        assert status == 200, f"{page_model.__name__} under {type(parent).__name__}: got {status}"
    for parent in refused:
        status = admin_add_status(admin_client, page_model, parent)
        # Wagtail answers a refused "add" with a redirect back to the dashboard (or a 403).
        assert status in (302, 403), (
            f"{page_model.__name__} under {type(parent).__name__} must be refused, got {status}"
        )
