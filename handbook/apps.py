from django.apps import AppConfig


class HandbookConfig(AppConfig):
    name = "handbook"
    verbose_name = "Handbook, glossary and framework"

    def ready(self):
        # Emails editors about each new reader contribution (handbook.contributions).
        from . import contributions  # noqa: F401
