"""Fixtures shared by every test: a site with a home page, and a query-budget helper."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from home.factories import HomePageFactory


def flushes(item) -> bool:
    """Whether a test empties the database when it ends (transactional: the browser tests)."""
    marker = item.get_closest_marker("django_db")
    transactional = marker is not None and marker.kwargs.get("transaction", False)
    return transactional or "live_server" in getattr(item, "fixturenames", ())


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run tests that flush the database (transactional: the browser tests) after all others.

    pytest-django orders them last, but pytest then regroups tests that share a session-scoped
    parameter (pytest-playwright's browser name), which can pull them to the front; a test
    running after a flush finds the migrations' rows (locales, groups, workflow) gone.
    """
    items.sort(key=flushes)


@pytest.fixture(scope="session")
def django_db_keepdb(request) -> bool:
    """Reuse the test database (``--reuse-db``) only in runs that leave it as migrations made it.

    A test that flushes the database takes the migrations' rows (locales, groups, workflow)
    with it, so a database kept after such a run would fail the next run's tests by the
    hundred: a run with any such test makes a fresh database and removes it at the end.
    """
    return request.config.getvalue("reuse_db") and not any(flushes(item) for item in request.session.items)


def make_home_page():
    """A fresh site whose root is a HomePage (the installer's welcome page removed)."""
    # Transactional (browser) tests flush the database, taking the migrations' root page and
    # default locale and root collection with it: recreate them when missing.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    Page.objects.filter(depth=2).delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root, title="Home", slug="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Test Hub")
    return home


@pytest.fixture
def home_page(db):
    """A fresh site whose root is a HomePage (the installer's welcome page removed)."""
    return make_home_page()


@pytest.fixture(scope="module")
def demo_once(django_db_setup, django_db_blocker):
    """The whole demo content (``load_demo_content``), built once for a test module instead of
    once per test (it takes seconds), for modules whose tests read the demo.

    It is built inside a transaction that is rolled back after the module's last test, and each
    test still runs inside its own savepoint (pytest-django's ``db``), so whatever one test
    writes is gone before the next starts: every test sees the demo exactly as it was built.
    Yields the demo's home page id; ``demo_home`` reads the page afresh for each test.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        home = make_home_page()
        call_command("load_demo_content", stdout=io.StringIO())
        yield home.pk
        transaction.set_rollback(True)


@pytest.fixture
def demo_home(demo_once, db):
    """The shared demo's home page (see ``demo_once``), read from the database for this test."""
    return Page.objects.get(pk=demo_once).specific


@pytest.fixture
def query_budget(client):
    """Assert a URL renders within a query budget, and return how many queries it took
    (counted after warm-up, see tests/query_counts.py); use ``same_cost`` to compare a page
    at two sizes of content."""
    from tests.query_counts import count_queries

    def measure(url: str, budget: int) -> int:
        count = count_queries(client, url)
        assert count <= budget, f"{url}: {count} queries, budget {budget}"
        return count

    return measure


@pytest.fixture
def same_cost(query_budget):
    """Render ``url`` with a small and a large amount of content: the query count must not grow.

    ``grow(n)`` adds content until there are n items; the helper measures at ``small`` and
    ``large`` and asserts both counts are equal and within ``budget``.
    """

    def compare(url: str, grow, *, small: int = 10, large: int = 200, budget: int = 12) -> tuple[int, int]:
        grow(small)
        at_small = query_budget(url, budget)
        grow(large)
        at_large = query_budget(url, budget)
        assert at_small == at_large, f"{url}: {at_small} queries with {small} items, {at_large} with {large}"
        return at_small, at_large

    return compare


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Each test starts with an empty cache (fragments and pages are cached per generation)."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language.

    A request to a /cy/ or /ar/ page leaves that language active in the worker's thread
    (LocaleMiddleware activates it and nothing switches it back), so a later test that renders
    a template without a request would otherwise read Welsh or Arabic, depending on test order.
    """
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


from tests.mailserver import smtp_server  # noqa: E402,F401 - a fixture for every test folder
