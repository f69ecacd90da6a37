from django.apps import AppConfig
from django.db.models.signals import post_migrate
from wagtail.signals import published


class CmsConfig(AppConfig):
    """The shared app: base page mixins, shared blocks, site settings, template tags."""

    name = "cms"
    verbose_name = "Site"

    def ready(self):
        from . import (
            cache,  # noqa: F401  (connects the page-cache invalidation signals)
            renditions,
        )
        from .addresses import sync_default_site
        from .spreadsheets import protect_wagtail_exports
        from .translation_sources import keep_unchanged_source_current

        renditions.connect()  # a new image's picture sizes are made when it is added (cms/renditions.py)
        protect_wagtail_exports()  # every admin CSV export: no formulas, UTF-8 with a BOM

        # The Site record follows BASE_URL on every migrate: no admin step (cms/addresses.py).
        post_migrate.connect(sync_default_site, sender=self, dispatch_uid="cms-sync-default-site")
        # Re-publishing an unchanged original keeps its translations up to date (cms/translation_sources.py).
        # Wagtail sends ``published`` for pages (after ``page_published``) and snippets alike.
        published.connect(keep_unchanged_source_current, dispatch_uid="cms-unchanged-translation-source")
