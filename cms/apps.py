from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The shared app: base page mixins, shared blocks, site settings, template tags."""

    name = "cms"
    verbose_name = "Site"

    def ready(self):
        from . import cache  # noqa: F401  (connects the page-cache invalidation signals)
