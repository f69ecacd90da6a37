"""Counting the SQL queries of one page view, the same way in every query-budget test."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url: str) -> int:
    """Queries for a GET of ``url`` after two warm-up requests.

    The warm-ups fill Wagtail's caches (site root paths) and ours (cached fragments; the first
    may create the site settings row, which starts a new cache generation), so counts are stable.
    """
    for _warm_up in range(2):
        assert client.get(url).status_code == 200, url
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200, url
    return len(ctx.captured_queries)
