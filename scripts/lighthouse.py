#!/usr/bin/env python3
"""`make lighthouse`: Lighthouse scores for the home page, a story and an event.

Builds a throwaway production-like site (cms.settings.lighthouse: DEBUG off, static files
collected, compressed and hashed, served by WhiteNoise; SQLite with the demo content), starts
gunicorn on 127.0.0.1, and runs the pinned npm `lighthouse` from tools/lighthouse with
Debian's chromium (CHROME_PATH), mobile and desktop presets. Fails if any performance score is
below 95 or any accessibility score below 100, and records the scores in docs/performance.md
(its "Lighthouse" section; `make bench` keeps it). Stops everything it started.
"""

import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import wait_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8766"))
CHROME = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
MIN_PERFORMANCE, MIN_ACCESSIBILITY = 95, 100
DOC = ROOT / "docs" / "performance.md"
START, END = "<!-- lighthouse:start -->", "<!-- lighthouse:end -->"

TARGETS_SCRIPT = """
import json
from stories.models import StoryPage
from events.models import EventPage
from wagtail.models import Site
story = StoryPage.objects.live().filter(locale__language_code="en").exclude(lead_image=None).order_by("pk").first()
event = EventPage.objects.live().filter(locale__language_code="en").order_by("pk").first()
home = Site.objects.get(is_default_site=True).root_page
print(json.dumps([["home", home.url], ["story", story.url], ["event", event.url]]))
"""


def run(*args, env, capture=False):
    return subprocess.run(
        args,
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
        stdout=None if capture else subprocess.DEVNULL,
    )


def audit(url: str, preset: str, work: Path) -> dict:
    report = work / f"report-{preset}.json"
    args = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--only-categories=performance,accessibility",
        "--output=json",
        f"--output-path={report}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    if preset == "desktop":
        args.append("--preset=desktop")
    for attempt in range(3):  # a busy machine sometimes loses the trace (NO_NAVSTART): try again
        done = subprocess.run(args, check=False, env={**os.environ, "CHROME_PATH": CHROME}, timeout=240)
        if done.returncode == 0:
            break
        print(f"      Lighthouse failed on {url} ({preset}), attempt {attempt + 1} of 3")
    else:
        raise RuntimeError(f"Lighthouse could not audit {url} ({preset})")
    data = json.loads(report.read_text(encoding="utf-8"))
    failing = [
        f"{audit['id']}: {audit['title']}"
        for audit in data["audits"].values()
        if audit.get("score") is not None and audit["score"] < 1 and audit.get("scoreDisplayMode") == "binary"
    ]
    return {
        "performance": round(data["categories"]["performance"]["score"] * 100),
        "accessibility": round(data["categories"]["accessibility"]["score"] * 100),
        "lcp_ms": data["audits"]["largest-contentful-paint"]["numericValue"],
        "failing": failing,
    }


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is not installed: run `make lighthouse` (it installs it into tools/lighthouse).")
    work = Path(tempfile.mkdtemp(prefix="cms-lighthouse-"))
    env = {
        **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CACHE_URL"}},
        "DJANGO_SETTINGS_MODULE": "cms.settings.lighthouse",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"sqlite:///{work / 'site.sqlite3'}",
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "BASE_URL": f"http://127.0.0.1:{PORT}",
        "PAGE_CACHE": "true",
    }
    server = None
    try:
        print("Setting up (migrate, collectstatic, demo content)…")
        run(PY, "manage.py", "migrate", "--noinput", env=env)
        run(PY, "manage.py", "compilemessages", "--verbosity", "0", env=env)
        run(PY, "manage.py", "collectstatic", "--noinput", env=env)
        run(PY, "manage.py", "load_demo_content", env=env)
        shell = run(PY, "manage.py", "shell", "-c", TARGETS_SCRIPT, env=env, capture=True)
        targets = json.loads(shell.stdout.strip().splitlines()[-1])
        server = subprocess.Popen(
            [GUNICORN, "cms.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{PORT}", "--log-level", "warning"],
            cwd=ROOT,
            env=env,
            start_new_session=True,
        )
        base = f"http://127.0.0.1:{PORT}"
        wait_for(f"{base}/health/")
        results = []
        for label, path in targets:
            urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310 - make renditions, fill the cache
            for preset in ("mobile", "desktop"):
                scores = audit(base + path, preset, work)
                results.append((label, path, preset, scores))
                print(
                    f"  {label:6} {preset:7} performance {scores['performance']:3}  "
                    f"accessibility {scores['accessibility']:3}  LCP {scores['lcp_ms']:.0f} ms"
                )
                for failure in scores["failing"]:
                    print(f"      failing: {failure}")
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)
    record(results)
    low = [
        f"{label} ({preset}): performance {s['performance']}, accessibility {s['accessibility']}"
        for label, _path, preset, s in results
        if s["performance"] < MIN_PERFORMANCE or s["accessibility"] < MIN_ACCESSIBILITY
    ]
    if low:
        sys.exit(
            f"Below the bar (performance ≥ {MIN_PERFORMANCE}, accessibility {MIN_ACCESSIBILITY}):\n  "
            + "\n  ".join(low)
        )
    print("All pages meet the bar.")


def record(results):
    machine = f"{platform.node()} — {os.cpu_count()} cores, Chromium at {CHROME}"
    rows = ["| page | preset | performance | accessibility | LCP ms |", "| --- | --- | ---: | ---: | ---: |"]
    for label, path, preset, s in results:
        rows.append(
            f"| {label} (`{path}`) | {preset} | {s['performance']} | {s['accessibility']} | {s['lcp_ms']:.0f} |"
        )
    section = (
        f"{START}\n## Lighthouse\n\n"
        f"Measured by `make lighthouse` (scripts/lighthouse.py): Lighthouse {lighthouse_version()} with Debian's "
        "Chromium, against gunicorn on 127.0.0.1 with cms.settings.lighthouse (DEBUG off, compressed hashed static "
        "files, demo content, page cache on). The bar: performance ≥ 95 and accessibility 100 on every row.\n\n"
        f"Last run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine}.\n\n" + "\n".join(rows) + f"\n{END}\n"
    )
    text = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Performance\n"
    if START in text:
        text = re.sub(re.escape(START) + r".*?" + re.escape(END) + r"\n?", lambda _m: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + section
    DOC.write_text(text, encoding="utf-8")
    print(f"Written to {DOC.relative_to(ROOT)}")


def lighthouse_version() -> str:
    package = ROOT / "tools" / "lighthouse" / "node_modules" / "lighthouse" / "package.json"
    return json.loads(package.read_text(encoding="utf-8"))["version"]


if __name__ == "__main__":
    main()
