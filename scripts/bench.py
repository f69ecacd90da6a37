#!/usr/bin/env python3
"""`make bench`: measure the site against a bare Django view on the same production-like server.

Builds a throwaway PostgreSQL database with the demo and bulk content, collects static files
(compressed, hashed), starts gunicorn (2 sync workers) on 127.0.0.1, and runs `wrk -t2 -c8`
against each target twice: with the page cache off (every request rendered) and on. Prints
each page's requests/s as a ratio to the bare view, and writes the table to
docs/performance.md. Stops everything it started, whatever happens.
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
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from serving import wait_for  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
PG = "postgres://postgres@127.0.0.1:5432"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DURATION = os.environ.get("BENCH_DURATION", "8s")


def run(*args, env, quiet=True):
    subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL if quiet else None)


def psql(sql, database="postgres"):
    subprocess.run(["psql", f"{PG}/{database}", "-qc", sql], check=True, stdout=subprocess.DEVNULL)


def wrk(url, duration=DURATION):
    return parse_wrk(
        subprocess.run(
            ["wrk", "-t2", "-c8", f"-d{duration}", "--latency", url], capture_output=True, text=True, check=True
        ).stdout
    )


def parse_wrk(out):
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def percentile(p):
        match = re.search(rf"\s{p}%\s+([\d.]+)(us|ms|s)", out)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": rps, "p50": percentile(50), "p99": percentile(99), "errors": int(errors.group(1)) if errors else 0}


def serve_and_measure(env, targets, page_cache):
    server_env = {**env, "PAGE_CACHE": "true" if page_cache else "false"}
    server = subprocess.Popen(
        [GUNICORN, "cms.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{PORT}", "--log-level", "warning"],
        cwd=ROOT,
        env=server_env,
        start_new_session=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{PORT}/health/")
        results = {}
        for label, path in targets:
            url = f"http://127.0.0.1:{PORT}{path}"
            urllib.request.urlopen(url, timeout=10).read()  # noqa: S310 - warm up (and fill the cache)
            results[label] = wrk(url)
            print(f"  {'cached' if page_cache else 'uncached':8} {label:32} {results[label]['rps']:9.1f} req/s")
        if page_cache:
            try:
                results["publish under load"] = publish_under_load(env)
            except (OSError, subprocess.SubprocessError, ValueError, IndexError) as error:
                print(f"  publish under load FAILED: {error!r}")
                results["publish under load"] = {"rps": 0, "p50": 0, "p99": 0, "errors": 1}
                results["publish under load"].update(publishes=0, checked=0, stale=0)
        results["worker RSS MB"] = worker_rss_mb(server.pid)
        print(f"  worker resident memory: {results['worker RSS MB']} MB")
        return results
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)


def worker_rss_mb(master_pid):
    """Resident memory of each gunicorn worker (the master's children), in MB."""
    out = subprocess.run(["ps", "-o", "rss=", "--ppid", str(master_pid)], capture_output=True, text=True).stdout
    return [round(int(kb) / 1024) for kb in out.split()]


def publish_under_load(env, seconds=60, every=5.0, checks=12):
    """Readers (wrk -c8) on a story for ``seconds`` while an editor publishes it every
    ``every`` s (scripts/bench_publisher.py). After each publish commits, ``checks`` new
    connections (the kernel spreads them over both workers) must all see the new title."""
    editor = subprocess.Popen(
        [PY, "scripts/bench_publisher.py", "--count", str(int(seconds // every) - 1), "--every", str(every)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    path = editor.stdout.readline().split(" ", 1)[1].strip()
    url = f"http://127.0.0.1:{PORT}{path}"
    readers = subprocess.Popen(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", "--latency", url], stdout=subprocess.PIPE, text=True
    )
    publishes, stale = 0, 0
    for line in editor.stdout:
        marker = line.split(" ", 1)[1].strip()
        publishes += 1
        for _ in range(checks):
            body = urllib.request.urlopen(url, timeout=10).read().decode()  # noqa: S310 - our own server
            stale += marker not in body
    editor.wait(timeout=30)
    result = parse_wrk(readers.communicate(timeout=seconds + 30)[0])
    result.update(publishes=publishes, checked=publishes * checks, stale=stale)
    print(
        f"  publish under load: {result['rps']:.0f} req/s, p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms, "
        f"{result['errors']} errors; {publishes} publishes, {stale} of {publishes * checks} checks stale"
    )
    return result


def measure_cold(env, targets):
    """CPU ms per request for the first reader after a content change, in-process (Django's
    test client on the same database and Redis): every cached fragment is gone then, so this
    is each page's full cost, paid once per page per content write."""
    pages = [path for label, path in targets if label in UNCACHED_TARGETS]
    print("  cold: rendering each page just after a content change…")
    out = subprocess.run(
        [PY, "scripts/profile_pages.py", "--cold", "--json", "-n", "10", *pages],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    timings = json.loads(out.strip().splitlines()[-1])
    return {label: timings[path]["cpu_ms"] for label, path in targets if path in timings}


def main():
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed: apt-get install wrk")
    database = f"bench_{int(time.time())}_{os.getpid()}"
    work = Path(tempfile.mkdtemp(prefix="cms-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.bench",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": f"{PG}/{database}",
        "CACHE_URL": "redis://127.0.0.1:6379/7",
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "BASE_URL": f"http://127.0.0.1:{PORT}",
    }
    (work / "media").mkdir()
    psql(f"CREATE DATABASE {database}")
    try:
        started = time.monotonic()
        print("Setting up (migrate, collectstatic, demo and bulk content)…")
        run(PY, "manage.py", "migrate", "--noinput", env=env)
        run(PY, "manage.py", "collectstatic", "--noinput", env=env)
        run(PY, "manage.py", "load_demo_content", env=env)
        run(PY, "manage.py", "load_bench_content", env=env, quiet=False)
        # Planner statistics for the freshly loaded tables, as autovacuum would gather on a
        # live server (it is off on this machine's PostgreSQL): without them PostgreSQL reads
        # every page for each view-restriction check, 0.3-1.5 s a request.
        psql("ANALYZE", database)
        subprocess.run(["redis-cli", "-n", "7", "FLUSHDB"], check=False, stdout=subprocess.DEVNULL)
        targets = json.loads(
            subprocess.run(
                [PY, "manage.py", "bench_targets"], cwd=ROOT, env=env, capture_output=True, text=True, check=True
            ).stdout
        )
        print(
            f"Set up in {time.monotonic() - started:.0f} s. Measuring {len(targets)} targets, wrk -t2 -c8 -d{DURATION}:"
        )
        uncached = serve_and_measure(env, targets, page_cache=False)
        cached = serve_and_measure(env, targets, page_cache=True)
        cold = measure_cold(env, targets)
    finally:
        psql(f"DROP DATABASE IF EXISTS {database}")
        subprocess.run(["redis-cli", "-n", "7", "FLUSHDB"], check=False, stdout=subprocess.DEVNULL)
        shutil.rmtree(work, ignore_errors=True)
    report(targets, uncached, cached, cold)


# Issue 9's bar for uncached pages: 3x the official Wagtail demo site's comparable page on this
# machine (home 49 req/s, blog index 74, blog post 91, search 49). Cached pages: half the bare view.
UNCACHED_TARGETS = {
    "home": 3 * 49,
    "handbook page": 3 * 91,
    "glossary": 3 * 74,
    "framework overview": 3 * 74,
    "event index": 3 * 74,
    "an event": 3 * 91,
    "story index, tag filter": 3 * 74,
    "a story": 3 * 91,
    "a case study": 3 * 91,
    "search": 3 * 49,
}
CACHED_RATIO_TARGET = 0.5
ICAL_TARGET = 200  # issue 13: the full iCal feed uncached
RSS_TARGET_MB = 150  # issue 13: a worker's resident memory at bench scale


def report(targets, uncached, cached, cold):
    bare_label = targets[0][0]
    ceiling = {"uncached": uncached[bare_label]["rps"], "cached": cached[bare_label]["rps"]}
    rows = [
        "| page | uncached req/s | ratio | p50 ms | p99 ms | uncached target "
        "| cached req/s | ratio | p50 ms | p99 ms | cold ms CPU |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    missed = []
    for label, _ in targets:
        u, c = uncached[label], cached[label]
        goal = UNCACHED_TARGETS.get(label)
        verdict = "" if goal is None else f"≥ {goal}: {'met' if u['rps'] >= goal else 'NOT met'}"
        if goal is not None and u["rps"] < goal:
            missed.append(f"{label} uncached ({u['rps']:.0f} < {goal})")
        if label != bare_label and c["rps"] / ceiling["cached"] < CACHED_RATIO_TARGET:
            missed.append(f"{label} cached (ratio {c['rps'] / ceiling['cached']:.2f} < {CACHED_RATIO_TARGET})")
        rows.append(
            f"| {label} | {u['rps']:.0f} | {u['rps'] / ceiling['uncached']:.2f} | {u['p50']:.1f} | {u['p99']:.1f} "
            f"| {verdict} | {c['rps']:.0f} | {c['rps'] / ceiling['cached']:.2f} | {c['p50']:.1f} | {c['p99']:.1f} "
            f"| {cold.get(label, '')} |"
        )
    load = uncached.pop("publish under load", None) or cached.pop("publish under load", None)
    rss = {"uncached": uncached.pop("worker RSS MB"), "cached": cached.pop("worker RSS MB")}
    errors = sum(r["errors"] for r in (*uncached.values(), *cached.values()))
    if max(rss["cached"] + rss["uncached"], default=0) > RSS_TARGET_MB:
        missed.append(f"worker memory ({max(rss['cached'] + rss['uncached'])} MB > {RSS_TARGET_MB})")
    ical = uncached.get("full iCal feed")
    if ical and ical["rps"] < ICAL_TARGET:
        missed.append(f"full iCal feed uncached ({ical['rps']:.0f} < {ICAL_TARGET})")
    extra = (
        f"\n\nPublish under load (page cache on, wrk -t2 -c8 60 s on a story, an editor publishing it every 5 s): "
        f"{load['rps']:.0f} req/s, p50 {load['p50']:.1f} ms, p99 {load['p99']:.1f} ms, {load['errors']} errors; "
        f"{load['publishes']} publishes, {load['stale']} of {load['checked']} requests started after a publish "
        f"committed showed the old title.\n\nWorker resident memory at the end of each phase (target ≤ "
        f"{RSS_TARGET_MB} MB): uncached {rss['uncached']} MB, cached {rss['cached']} MB."
    )
    if load["errors"] or load["stale"]:
        missed.append(f"publish under load ({load['errors']} errors, {load['stale']} stale)")
    table = "\n".join(rows)
    summary = "Targets missed: " + "; ".join(missed) + "." if missed else "Every target met."
    print("\n" + table + extra + f"\n\nNon-2xx/3xx responses during the run: {errors}\n{summary}")
    machine = (
        f"{platform.node()} — {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}"
    )
    doc = ROOT / "docs" / "performance.md"
    # Keep the Lighthouse section `make lighthouse` writes (scripts/lighthouse.py).
    previous = doc.read_text(encoding="utf-8") if doc.exists() else ""
    kept = "".join(
        match.group(0)
        for name in ("cold", "lighthouse")
        if (match := re.search(rf"<!-- {name}:start -->.*?<!-- {name}:end -->\n?", previous, flags=re.S))
    )
    doc.write_text(
        "# Performance\n\n"
        "Measured by `make bench` (scripts/bench.py): production settings, gunicorn with 2 sync workers on "
        "127.0.0.1, PostgreSQL, Redis, WhiteNoise; `wrk -t2 -c8` per target. *Ratio* is the page's "
        "requests/s divided by the bare Django view's (10 KB) in the same run; the bare view passes "
        "through the same middleware as every page (security headers, sessions, language, CSRF, "
        "request log), so this is the ceiling of this server, not of Django alone.\n\n"
        "- *Uncached*: the full-page cache is off, so every request runs the middleware, routing, the "
        "page's view and its base template, as for a signed-in member: nothing else is cached "
        "(docs/decisions/0033-one-page-cache.md).\n"
        "- *Cached*: anonymous page cache on.\n"
        "- *Cold ms CPU*: the first reader of a page just after a content change, when nothing is "
        "cached yet, measured in-process (scripts/profile_pages.py --cold) on the same database.\n"
        "- *Uncached target*: 3x the official Wagtail demo site's comparable page on this machine "
        "(issue 9).\n\n"
        f"Last run: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {machine}, wrk duration {DURATION} per target.\n\n"
        f"{table}{extra}\n\nNon-2xx/3xx responses during the run: {errors}. {summary}\n"
        + ("\n" + kept if kept else ""),
        encoding="utf-8",
    )
    print(f"Written to {doc.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
