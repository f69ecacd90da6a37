#!/usr/bin/env python3
"""`make conformance`: a production-like copy of the demo site checked by third-party tools.

Prints one line per check (PASS/FAIL, how many things it looked at, how many failures), each
failure indented under it, and a final ``N passed, N failed`` line; exits 1 on any failure.
The full list is also written to reports/conformance.txt. See docs/testing.md.
"""

import json
import os
import shutil
import signal
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from checks import Result  # noqa: E402
from checks.accessibility import check_accessibility  # noqa: E402
from checks.calendars import check_calendars  # noqa: E402
from checks.feeds import check_feeds  # noqa: E402
from checks.html import check_html  # noqa: E402
from checks.languages import check_languages  # noqa: E402
from checks.links import check_links  # noqa: E402
from checks.metadata import check_metadata  # noqa: E402
from checks.open_data import check_head_cold, check_open_data  # noqa: E402
from client import Client  # noqa: E402
from crawl import Crawl  # noqa: E402
from inventory import Inventory  # noqa: E402
from server import ROOT, Site  # noqa: E402

PORT = int(os.environ.get("CONFORMANCE_PORT", "8800"))
LANGUAGES = ("en", "cy", "ar")
SHOWN_PER_CHECK = int(os.environ.get("CONFORMANCE_SHOW", "40"))
REPORT = ROOT / "reports" / "conformance.txt"  # not test-results/: pytest-playwright empties it
CHECKS = [
    check_links,
    check_html,
    check_accessibility,
    check_calendars,
    check_feeds,
    check_metadata,
    check_languages,
    check_open_data,
]


@dataclass
class Context:
    client: Client
    work: Path
    secrets: dict
    languages: tuple = LANGUAGES
    here: Path = HERE
    java: str = shutil.which("java") or "/usr/bin/java"
    node: str = shutil.which("node") or "/usr/bin/node"
    chromium: str = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    vnu_jar: Path = HERE / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    crawl: Crawl = None
    inventory: Inventory = None
    samples: dict = field(default_factory=dict)


def tools_missing(ctx) -> list[str]:
    missing = []
    for label, path in (("Java (default-jre-headless)", ctx.java), ("node", ctx.node), ("chromium", ctx.chromium)):
        if not Path(path).exists():
            missing.append(f"{label} not found at {path}")
    for path in (ctx.vnu_jar, HERE / "node_modules" / "pa11y", HERE / "node_modules" / "ical.js"):
        if not path.exists():
            missing.append(f"{path.relative_to(ROOT)} missing: run `npm ci` in scripts/conformance")
    return missing


def timed(label, function, *args):
    began = time.monotonic()
    value = function(*args)
    print(f"  … {label} in {time.monotonic() - began:.0f} s", flush=True)
    return value


def main() -> int:
    began = time.monotonic()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the server on the way out
    site = Site(PORT)
    work = Path(tempfile.mkdtemp(prefix="conformance-checks-"))
    results: list[Result] = []
    try:
        ctx = Context(client=Client(site.base), work=work, secrets={})
        missing = tools_missing(ctx)
        if missing:
            print("Cannot run:\n  " + "\n  ".join(missing))
            return 2
        print(f"Building a production-like site in {site.work} (migrate, collectstatic, demo content)…", flush=True)
        timed("site built", site.build)
        ctx.secrets = json.loads(site.shell(HERE / "site_fixtures.py").strip().splitlines()[-1])
        timed("gunicorn up", site.start)
        results += check_head_cold(ctx)  # before anything has fetched these URLs
        ctx.crawl = timed("crawled", Crawl(ctx.client, LANGUAGES).run)
        ctx.inventory = Inventory(ctx.client, ctx.crawl, LANGUAGES)
        ctx.samples = ctx.inventory.samples()
        print(
            f"  … {len(ctx.crawl.pages)} URLs, {len(ctx.crawl.html_pages())} HTML pages, "
            f"{len(ctx.samples)} page types × languages sampled",
            flush=True,
        )
        for check in CHECKS:
            try:
                results += timed(check.__name__, check, ctx)
            except Exception as error:  # noqa: BLE001 - a broken checker is a failure, not a crash
                crashed = Result(f"{check.__name__} (crashed)", checked=1)
                crashed.fail(f"{type(error).__name__}: {error}")
                results.append(crashed)
    finally:
        site.stop()
        shutil.rmtree(work, ignore_errors=True)
    return report(results, time.monotonic() - began)


def report(results, seconds) -> int:
    lines, full = [], []
    for result in results:
        status = "PASS" if result.passed else "FAIL"
        head = f"{status}  {result.name}  ({result.checked} checked, {len(result.failures)} failed)"
        if not result.checked and not result.failures:
            head += "  — nothing to check: counts as a failure"
        lines.append(head)
        full.append(head)
        for number, failure in enumerate(result.failures):
            full.append(f"      {failure}")
            if number < SHOWN_PER_CHECK:
                lines.append(f"      {failure}")
        if len(result.failures) > SHOWN_PER_CHECK:
            lines.append(f"      … and {len(result.failures) - SHOWN_PER_CHECK} more in {REPORT.relative_to(ROOT)}")
    passed = sum(1 for r in results if r.passed)
    failed = len(results) - passed
    summary = f"{passed} passed, {failed} failed ({seconds:.0f} s)"
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text("\n".join(full + [summary]) + "\n", encoding="utf-8")
    print("\n".join(lines))
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
