from django.apps import AppConfig


class MembersConfig(AppConfig):
    """Member accounts (django-allauth), the member area, members' privacy rights, and the
    case studies members send in for moderation (``members.submissions``)."""

    name = "members"
    verbose_name = "Members"

    def ready(self):
        from .submissions import (
            emails,  # noqa: F401 -- connects the workflow signal receivers
            images,  # noqa: F401 -- connects the "published: image is public" receiver
        )
