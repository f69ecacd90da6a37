"""The benchmark's content loader and target list work (at a small scale), so `make bench`
measures real pages: every target answers 200."""

import json

import pytest
from django.core.management import call_command
from django.test import override_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_scale(monkeypatch):
    import events.bench
    import handbook.bench
    import stories.bench

    monkeypatch.setattr(stories.bench, "COUNT", 6)
    monkeypatch.setattr(events.bench, "COUNT", 11)
    monkeypatch.setattr(handbook.bench, "SECTIONS", 2)
    monkeypatch.setattr(handbook.bench, "PAGES_PER_SECTION", 2)


@override_settings(ROOT_URLCONF="cms.bench_urls")
def test_bulk_content_and_every_target(client, small_scale, capsys):
    from events.models import EventPage
    from handbook.models import HandbookPage
    from stories.models import StoryEntry

    call_command("load_demo_content")
    call_command("load_bench_content")
    call_command("load_bench_content")  # idempotent
    assert StoryEntry.objects.filter(slug__startswith="bulk-").count() == 6
    assert EventPage.objects.filter(slug__startswith="bulk-", repeat="weekly").count() == 2
    assert HandbookPage.objects.filter(slug__startswith="bulk-").count() == 6
    capsys.readouterr()
    call_command("bench_targets")
    targets = json.loads(capsys.readouterr().out)
    labels = [label for label, _path in targets]
    for expected in (
        "home",
        "handbook page",
        "glossary",
        "framework overview",
        "story index, tag filter",
        "a story",
        "a case study",
        "event index",
        "an event",
        "full iCal feed",
        "search",
        "static CSS",
    ):
        assert expected in labels
    for label, path in targets:
        assert client.get(path, HTTP_HOST="localhost").status_code == 200, (label, path)
    assert len(client.get("/bench/bare/", HTTP_HOST="localhost").content) == 10 * 1024
