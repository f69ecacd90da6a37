"""Fault drill (`make faults`): serve the site under load, stop Redis, then restart PostgreSQL.

Everything runs on this machine and is thrown away at the end: a PostgreSQL cluster and a
redis-server on their own ports in a temporary folder (the shared servers are never touched),
the demo content, and gunicorn with the production settings over plain HTTP on 127.0.0.1.
Four client threads request a few pages for a bounded time in each phase:

1. baseline: everything up;
2. Redis stopped (then started again): pages must still answer 200, no 5xx;
3. PostgreSQL stopped: only 200 (pages still in the cache) or 503 with Retry-After, no 500;
4. PostgreSQL back: from the moment it accepts connections, every request must succeed
   (persistent connections are health-checked, so stale ones are replaced, not failed).

Prints a Markdown summary to paste into docs/operations.md; exits 1 if any phase failed.
"""

import collections
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
# The last one is never the same twice, so it always reaches the database (the others are
# soon served from the page cache).
URLS = ["/en/", "/en/stories/", "/en/handbook/", "/health/", "/health/dependencies/", "/en/search/?q=tenants&n={turn}"]
HEALTH = ("/health/", "/health/dependencies/")
THREADS = 4


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(*args, **kwargs):
    return subprocess.run(args, check=True, **kwargs)


class Load:
    """Client threads that record (phase, status) for every request until stopped."""

    def __init__(self, port: int):
        self.port, self.phase, self.stopping = port, "baseline", False
        self.results = collections.defaultdict(collections.Counter)
        self.threads = [threading.Thread(target=self._work, args=(n,), daemon=True) for n in range(THREADS)]

    def _work(self, number: int):
        connection, turn = None, number
        while not self.stopping:
            url = URLS[turn % len(URLS)].format(turn=turn)
            turn += 1
            phase = self.phase
            try:
                connection = connection or HTTPConnection("127.0.0.1", self.port, timeout=10)
                connection.request("GET", url, headers={"Host": "127.0.0.1"})
                response = connection.getresponse()
                response.read()
                outcome = str(response.status)
                if response.status == 503 and not response.getheader("Retry-After") and url not in HEALTH:
                    outcome = "503 without Retry-After"
            except OSError as error:
                outcome, connection = f"connection error ({type(error).__name__})", None
            label = url if url in HEALTH else "uncached" if "?" in url else "page"
            self.results[phase][f"{label} {outcome}"] += 1

    def start(self):
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopping = True
        for thread in self.threads:
            thread.join(timeout=15)


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="faults-"))
    pg_port, redis_port, web_port = free_port(), free_port(), free_port()
    pgdata, socket_dir = work / "pg", work / "sock"
    socket_dir.mkdir()
    shutil.chown(work, "postgres")
    shutil.chown(socket_dir, "postgres")
    as_postgres = ["runuser", "-u", "postgres", "--"]
    pg_options = f"-p {pg_port} -k {socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off"
    processes = []
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL", "DJANGO_SETTINGS_MODULE")},
        "SECRET_KEY": "faults-drill-only-" + "k" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{pg_port}/hub",
        "CACHE_URL": f"redis://127.0.0.1:{redis_port}/1",
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "SECURE_SSL_REDIRECT": "false",
        "LOG_LEVEL": "WARNING",
    }
    redis_cmd = ["redis-server", "--port", str(redis_port), "--save", "", "--appendonly", "no", "--dir", str(work)]
    quiet = {"stdout": subprocess.DEVNULL}
    pg_start = [*as_postgres, "pg_ctl", "-D", str(pgdata), "-o", pg_options, "-w", "-l", str(work / "pg.log"), "start"]
    try:
        run(*as_postgres, "initdb", "-D", str(pgdata), "-A", "trust", "-U", "postgres", "--no-sync", **quiet)
        run(*pg_start, **quiet)
        run("psql", f"postgres://postgres@127.0.0.1:{pg_port}/postgres", "-qc", "CREATE DATABASE hub")
        redis = subprocess.Popen(redis_cmd, stdout=subprocess.DEVNULL)
        processes.append(redis)
        dev = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"}
        print("Setting up: migrate, demo content, collectstatic…", flush=True)
        run(PY, "manage.py", "migrate", "--noinput", "-v0", env=dev, cwd=ROOT)
        run(PY, "manage.py", "load_demo_content", env=dev, cwd=ROOT, stdout=subprocess.DEVNULL)
        production = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.production"}
        run(PY, "manage.py", "collectstatic", "--noinput", "-v0", env=production, cwd=ROOT)
        web = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "cms.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{web_port}"],
            env=production,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=open(work / "web.log", "w"),  # noqa: SIM115
        )
        processes.append(web)
        time.sleep(4)
        load = Load(web_port)
        load.start()
        time.sleep(8)

        load.phase = "Redis stopped"
        redis.send_signal(signal.SIGTERM)
        redis.wait(timeout=10)
        time.sleep(10)
        load.phase = "Redis back"
        redis = subprocess.Popen(redis_cmd, stdout=subprocess.DEVNULL)
        processes.append(redis)
        time.sleep(6)

        load.phase = "PostgreSQL stopped"
        run(*as_postgres, "pg_ctl", "-D", str(pgdata), "-m", "fast", "-w", "stop", **quiet)
        time.sleep(8)
        run(*pg_start, **quiet)
        load.phase = "PostgreSQL back"
        time.sleep(10)
        load.stop()
        warnings = collections.Counter(
            line.split('"message": "')[1].split('"')[0]
            for line in (work / "web.log").read_text().splitlines()
            if '"message": "health check' in line
        )
        for message, count in sorted(warnings.items()):
            print(f"server log: {message} ×{count}")
    finally:
        for process in processes:
            if process.poll() is None:
                process.terminate()
                process.wait(timeout=15)
        subprocess.run([*as_postgres, "pg_ctl", "-D", str(pgdata), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)
    return report(load.results)


def report(results) -> int:
    allowed = {
        "baseline": {"200"},
        "Redis stopped": {"200"},
        "Redis back": {"200"},
        "PostgreSQL stopped": {"200", "503"},
        "PostgreSQL back": {"200"},
    }
    failed = False
    host = socket.gethostname()
    print(f"\nFault drill, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {host}, {os.cpu_count()} cores\n")
    print("| phase | requests | outcomes | result |\n| --- | --- | --- | --- |")
    for phase, outcomes in results.items():
        ok = {f"{label} {status}" for label in ("page", "uncached") for status in allowed[phase]}
        # /health/dependencies/ must say 503 while a part is down, and 200 whenever everything
        # is up; the load balancer's /health/ follows the database alone (Redis may be down).
        everything_up = phase in ("baseline", "Redis back", "PostgreSQL back")
        ok |= {"/health/dependencies/ 200"} if everything_up else {"/health/dependencies/ 503"}
        ok |= {"/health/ 503"} if phase == "PostgreSQL stopped" else {"/health/ 200"}
        bad = {outcome: n for outcome, n in outcomes.items() if outcome not in ok}
        if phase == "PostgreSQL stopped":
            for url in HEALTH:
                bad.pop(f"{url} 200", None)  # a check that started just before the stop
        failed |= bool(bad) or not outcomes
        summary = ", ".join(f"{outcome}: {n}" for outcome, n in sorted(outcomes.items()))
        print(f"| {phase} | {sum(outcomes.values())} | {summary} | {'FAILED' if bad else 'ok'} |")
    print("\nFault drill " + ("FAILED" if failed else "passed"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
