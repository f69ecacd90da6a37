from django.apps import AppConfig
from django.db.models.signals import post_migrate


class CmsConfig(AppConfig):
    """The shared app: base page mixins, shared blocks, site settings, template tags."""

    name = "cms"
    verbose_name = "Site"

    def ready(self):
        from . import cache  # noqa: F401  (connects the page-cache invalidation signals)
        from .addresses import sync_default_site
        from .spreadsheets import protect_wagtail_exports

        protect_wagtail_exports()  # every admin CSV export: no formulas, UTF-8 with a BOM

        # The Site record follows BASE_URL on every migrate: no admin step (cms/addresses.py).
        post_migrate.connect(sync_default_site, sender=self, dispatch_uid="cms-sync-default-site")
