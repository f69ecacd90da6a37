"""Helpers for each app's ``demo`` module: idempotent page creation and progress output.

Every app that has demo content defines ``demo.load(progress)``; ``manage.py load_demo_content``
calls them in the order of ``settings.DEMO_CONTENT_APPS``. Running the loader twice changes
nothing: each helper finds what it made last time before making anything.
"""

from wagtail.models import Page


class Progress:
    """Prints one line per step so a long load shows it is moving."""

    def __init__(self, write):
        self._write = write
        self.created = 0
        self.kept = 0

    def section(self, title: str) -> None:
        self._write(f"» {title}")

    def made(self, what: str, created: bool) -> None:
        if created:
            self.created += 1
        else:
            self.kept += 1
        self._write(f"  {'+ created' if created else '= already there'}: {what}")


def child_page(parent: Page, slug: str, factory, progress: Progress, **fields) -> tuple[Page, bool]:
    """Return the child of ``parent`` with this slug, creating it with ``factory`` if absent."""
    existing = parent.get_children().filter(slug=slug).first()
    if existing is not None:
        page = existing.specific
        progress.made(f"{page.title} ({page.url_path})", created=False)
        return page, False
    page = factory(parent=parent, slug=slug, **fields)
    progress.made(f"{page.title} ({page.url_path})", created=True)
    return page, True
