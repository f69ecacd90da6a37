from django.apps import AppConfig


class MembersConfig(AppConfig):
    """Member accounts (django-allauth), the member area, and members' privacy rights."""

    name = "members"
    verbose_name = "Members"
