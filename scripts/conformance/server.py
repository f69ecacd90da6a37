"""A throwaway production-like copy of the site for the conformance checks.

cms.settings.lighthouse (DEBUG off, compressed and hashed static files served by WhiteNoise,
media served as a proxy would) on a fresh SQLite database in a temporary folder, with the demo
content (`manage.py load_demo_content`) and the page cache on, served by gunicorn on 127.0.0.1.
Everything it makes is removed by ``stop()``.
"""

import os
import secrets
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".venv" / "bin"


class Site:
    def __init__(self, port: int):
        self.port = port
        self.base = f"http://127.0.0.1:{port}"
        self.work = Path(tempfile.mkdtemp(prefix="cms-conformance-"))
        self.process = None
        self.log = self.work / "gunicorn.log"
        self.env = {
            **{k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "CACHE_URL", "DJANGO_SETTINGS_MODULE"}},
            "DJANGO_SETTINGS_MODULE": "cms.settings.lighthouse",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "DATABASE_URL": f"sqlite:///{self.work / 'site.sqlite3'}",
            "MEDIA_ROOT": str(self.work / "media"),
            "STATIC_ROOT": str(self.work / "static"),
            "BASE_URL": self.base,
            "PAGE_CACHE": "true",
        }

    def manage(self, *args):
        subprocess.run(
            [str(BIN / "python"), "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def shell(self, script: Path) -> str:
        """Run a Python file inside the site (``manage.py shell``); return what it printed."""
        done = subprocess.run(
            [str(BIN / "python"), "manage.py", "shell", "-c", f"import runpy; runpy.run_path({str(script)!r})"],
            cwd=ROOT,
            env=self.env,
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout

    def build(self):
        """Static files and translations need no database: made beside migrate and the demo."""
        assets = threading.Thread(target=self._assets)
        assets.start()
        try:
            self.manage("migrate", "--noinput")
            self.manage("load_demo_content")
        finally:
            assets.join()
        if self.assets_error:
            raise self.assets_error

    def _assets(self):
        self.assets_error = None
        try:
            self.manage("compilemessages", "--verbosity", "0")
            self.manage("collectstatic", "--noinput")
        except subprocess.CalledProcessError as error:
            self.assets_error = error

    def start(self):
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [str(BIN / "gunicorn"), "cms.wsgi", "--workers", "3", "--bind", f"127.0.0.1:{self.port}"]
                + ["--log-level", "warning", "--timeout", "60"],
                cwd=ROOT,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"{self.base}/health/", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.3)
        raise RuntimeError(f"gunicorn did not answer at {self.base}/health/; log: {self.log.read_text()[-2000:]}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
        shutil.rmtree(self.work, ignore_errors=True)
