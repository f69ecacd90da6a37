#!/usr/bin/env python3
"""Time (and optionally profile) uncached page rendering in-process, without a server.

    DATABASE_URL=sqlite:////tmp/perf.sqlite3 .venv/bin/python scripts/profile_pages.py -n 200 /en/ /en/stories/
    … --profile /en/stories/     # pyinstrument call tree of the same requests

Runs the Django test client against the given URLs with DEBUG off and the page cache off, so
every request is rendered, and prints the mean CPU and wall-clock milliseconds per request
(after a warm-up); on a shared machine the CPU figure is the one to compare.
Use a database with the demo and bulk content (`load_demo_content`, `load_bench_content`);
set CACHE_URL=redis://… to count the cache round trips a real server makes. `make bench`
measures the real server; this is for finding where the time goes.

    … --cold /en/        # every request just after a content change (nothing cached yet)
    … --json /en/        # {url: {"cpu_ms": …, "wall_ms": …}} on stdout, for scripts/bench.py
"""

import argparse
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ["PAGE_CACHE"] = "false"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", nargs="+")
    parser.add_argument("-n", type=int, default=100, help="requests per URL (default 100)")
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile per URL")
    parser.add_argument("--cold", action="store_true", help="move the content generation on before each request")
    parser.add_argument("--json", action="store_true", help="print the timings as JSON only")
    args = parser.parse_args()

    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False  # before the first template: no debug templates, no query log
    from django.test import Client

    from cms.cache import invalidate_all

    client = Client(HTTP_HOST="localhost")
    timings = {}
    for url in args.urls:
        for _ in range(5):  # warm up: template cache, content types, fragments
            response = client.get(url)
        if response.status_code != 200:
            sys.exit(f"{url}: HTTP {response.status_code}")
        profiler = None
        if args.profile:
            from pyinstrument import Profiler

            profiler = Profiler(interval=0.0005)
            profiler.start()
        elapsed = cpu = 0.0
        for _ in range(args.n):
            if args.cold:
                invalidate_all()  # outside the timing: what any publish or edit does
            started, cpu_started = time.perf_counter(), time.process_time()
            client.get(url)
            elapsed += (time.perf_counter() - started) * 1000 / args.n
            cpu += (time.process_time() - cpu_started) * 1000 / args.n
        if profiler:
            profiler.stop()
            print(profiler.output_text(unicode=True, color=False, show_all=False))
        timings[url] = {"cpu_ms": round(cpu, 2), "wall_ms": round(elapsed, 2)}
        if not args.json:
            print(f"{url:50} {cpu:7.2f} ms CPU/request  {elapsed:7.2f} ms wall  ({1000 / cpu:5.0f} req/s per core)")
    if args.json:
        print(json.dumps(timings))


if __name__ == "__main__":
    main()
