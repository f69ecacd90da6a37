#!/usr/bin/env python3
"""An editor for `make bench`'s publish-under-load step (scripts/bench.py): publishes a story
every ``--every`` seconds through Wagtail's own path (``save_revision().publish()``, which
sends ``page_published``), and prints ``published <marker>`` once each publish has committed.

Run with the bench's environment (DJANGO_SETTINGS_MODULE, DATABASE_URL, CACHE_URL, …).
"""

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.bench")

import django  # noqa: E402

django.setup()

from stories.models import StoryPage  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=11)
    parser.add_argument("--every", type=float, default=5.0)
    args = parser.parse_args()
    story = StoryPage.objects.live().filter(locale__language_code="en").order_by("path").first()
    print(f"url {urlsplit(story.url).path}", flush=True)  # the path, whatever the site's host
    original = story.title
    for n in range(args.count):
        time.sleep(args.every)
        page = StoryPage.objects.get(pk=story.pk)
        page.title = f"{original} benchedit{n}x"
        page.save_revision().publish()
        print(f"published benchedit{n}x", flush=True)


if __name__ == "__main__":
    main()
