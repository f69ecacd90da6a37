"""Deploy drill (`make deploy-drill`, as root, 5 to 12 minutes): two app servers behind nginx.

Runs the shipped configuration (deploy/nginx/hub.conf.template, deploy/gunicorn.conf.py)
on this machine with the production settings: two gunicorn app servers sharing one
PostgreSQL database (`deploy_drill` on the local server, made and dropped here) and one
redis-server of its own, behind Debian's nginx as TLS terminator and load balancer (a
throwaway self-signed certificate). The public address is https://hub.example.org; the
drill reaches nginx at 127.0.0.1:8780 the way a port-forwarding load balancer would.
Clients connect from different loopback addresses (127.0.0.2, 127.0.0.3, …), so nginx sees
distinct readers and the app must find each one behind the proxy. Proves, through nginx:

- pages, hashed static files (a year's immutable cache) and media are served; originals
  (members' draft images) are not; an oversized body gets 413 (from nginx, and from an app
  server itself before it reads the body);
- a publish through one app server is seen on the very next request through the other;
- sign-in and sessions work whichever server answers each request;
- five wrong passwords lock that client out on both servers and nobody else, even when the
  client forges X-Forwarded-For; the join form's rate limit counts per client across both;
- `check --deploy` is clean, and every address the pages name is the public one.

Stops everything it started, also on failure or Ctrl-C. Exits 1 if any check failed.
"""

import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import ssl
import string
import subprocess
import sys
import tempfile
import time
import traceback
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
PY = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST = "hub.example.org"
PUBLIC = f"https://{HOST}"
HTTPS_PORT, HTTP_PORT, APP_PORTS, REDIS_PORT = 8780, 8781, (8782, 8783), 8784
DATABASE = "deploy_drill"
PG = os.environ.get("DRILL_POSTGRES", "postgres://postgres@127.0.0.1:5432")
MAX_MB = 11
JOIN_LIMIT = 3
PASSWORD = "drill-only-password-7c1e"  # noqa: S105 - a throwaway database


class DrillFailed(Exception):
    pass


def check(condition, message: str) -> None:
    if not condition:
        raise DrillFailed(message)
    print(f"  ok  {message}", flush=True)


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        # As servers bind (connections of a stopped server lingering in TIME_WAIT are fine).
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def wait_for_port(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.3)
    raise DrillFailed(f"nothing answered on port {port} within {seconds:.0f} s")


class Browser:
    """One reader: its own source address (so nginx sees a distinct client) and cookie jar.
    Remembers which app server answered each request (the drill's nginx names it)."""

    served_last = None  # shared: nginx round-robins over both servers for every client

    def __init__(self, address: str, context: ssl.SSLContext):
        self.address, self.context, self.cookies = address, context, {}

    def request(self, method: str, path: str, body: bytes = b"", headers=None, port: int = HTTPS_PORT):
        if port == HTTPS_PORT:
            connection = http.client.HTTPSConnection(
                "127.0.0.1", port, context=self.context, timeout=30, source_address=(self.address, 0)
            )
        else:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(self.address, 0))
        all_headers = {"Host": HOST, "User-Agent": "deploy-drill"}
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method == "POST":
            all_headers |= {"Origin": PUBLIC, "Referer": f"{PUBLIC}{path}"}
        all_headers |= headers or {}
        try:
            connection.request(method, path, body=body or None, headers=all_headers)
            response = connection.getresponse()
            content = response.read()
        finally:
            connection.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                if morsel.value:
                    self.cookies[name] = morsel.value
                else:
                    self.cookies.pop(name, None)
        server = response.getheader("X-Drill-Upstream")
        if server:
            Browser.served_last = server
        response.text = content.decode("utf-8", "replace")
        response.server = server
        return response

    def get(self, path: str, **kwargs):
        return self.request("GET", path, **kwargs)

    def post(self, path: str, fields: dict, headers=None):
        fields = {"csrfmiddlewaretoken": self.cookies.get("csrftoken", ""), **fields}
        headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
        return self.request("POST", path, urlencode(fields, doseq=True).encode(), headers=headers)

    def form_token(self, path: str) -> str:
        """Load a form (for its CSRF cookie and signed fields); returns the page's HTML."""
        response = self.get(path)
        if response.status != 200:
            raise DrillFailed(f"{path} answered {response.status}")
        return response.text


def next_is(server: str, browser: Browser) -> None:
    """Make sure the next request goes to ``server``: nginx (one worker) alternates strictly,
    so one cheap request moves it on when the last one was already answered there."""
    for _ in range(3):
        if Browser.served_last is not None and Browser.served_last != server:
            return
        browser.get("/health/")
    raise DrillFailed(f"could not steer the next request to {server}")


def hidden_fields(html: str) -> dict:
    return {
        name: value
        for name, value in re.findall(r'<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html)
        if name != "csrfmiddlewaretoken"
    }


def main() -> int:
    if os.geteuid() != 0:
        print("The deploy drill runs as root (nginx's workers, loopback source addresses).")
        return 1
    busy = [port for port in (HTTPS_PORT, HTTP_PORT, *APP_PORTS, REDIS_PORT) if not port_is_free(port)]
    if busy:
        print(f"Ports already in use: {busy}; stop whatever holds them first.")
        return 1
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="deploy-drill-"))
    work.chmod(0o755)  # nginx's workers (nobody) read static and media from here
    processes: list[subprocess.Popen] = []
    nginx_conf = work / "nginx.conf"

    def stop(*_):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    failed = None
    try:
        env = setup(work, processes)
        start_servers(work, env, processes, nginx_conf)
        run_checks(work, env)
    except (Exception, KeyboardInterrupt) as error:  # noqa: BLE001 - every failure is reported, then cleaned up
        failed = error
        if not isinstance(error, DrillFailed | subprocess.CalledProcessError | KeyboardInterrupt):
            traceback.print_exc()
    finally:
        if nginx_conf.exists() and (work / "nginx.pid").exists():
            subprocess.run(["nginx", "-p", str(work), "-c", str(nginx_conf), "-s", "stop"], capture_output=True)
        for process in reversed(processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
        subprocess.run(
            ["psql", f"{PG}/postgres", "-qc", f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"], capture_output=True
        )
        if failed is not None:
            for log in sorted(work.glob("*.log")):
                tail = log.read_text(errors="replace").splitlines()[-15:]
                if tail:
                    print(f"--- {log.name} (last lines)\n" + "\n".join(tail))
        shutil.rmtree(work, ignore_errors=True)
    leftovers = [port for port in (HTTPS_PORT, HTTP_PORT, *APP_PORTS, REDIS_PORT) if not port_is_free(port)]
    minutes = (time.monotonic() - started) / 60
    if failed is not None:
        print(f"\nDeploy drill FAILED after {minutes:.1f} min: {type(failed).__name__}: {failed}")
        return 1
    if leftovers:
        print(f"\nDeploy drill FAILED: ports still in use after stopping: {leftovers}")
        return 1
    print(f"\nDeploy drill passed in {minutes:.1f} min; everything it started is stopped.")
    return 0


def setup(work: Path, processes: list) -> dict:
    print("Setting up: certificate, Redis, database, migrate, demo content, collectstatic…", flush=True)
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", f"/CN={HOST}"]
        + ["-addext", f"subjectAltName=DNS:{HOST}", "-keyout", str(work / "tls.key"), "-out", str(work / "tls.crt")],
        check=True,
        capture_output=True,
    )
    redis_log = open(work / "redis.log", "w")  # noqa: SIM115 - closed with the process
    processes.append(
        subprocess.Popen(
            ["redis-server", "--port", str(REDIS_PORT), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
            + ["--dir", str(work)],
            stdout=redis_log,
            stderr=subprocess.STDOUT,
        )
    )
    subprocess.run(["psql", f"{PG}/postgres", "-qc", f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"], check=True)
    subprocess.run(["psql", f"{PG}/postgres", "-qc", f"CREATE DATABASE {DATABASE}"], check=True)
    wait_for_port(REDIS_PORT)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_", "CACHE_", "AWS_"))},
        "SECRET_KEY": "deploy-drill-only-" + "x7" * 30,
        "BASE_URL": PUBLIC,
        "ALLOWED_HOSTS": HOST,
        "CSRF_TRUSTED_ORIGINS": PUBLIC,
        "DATABASE_URL": f"{PG}/{DATABASE}",
        "CACHE_URL": f"redis://127.0.0.1:{REDIS_PORT}/0",
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "TRUSTED_PROXIES": "127.0.0.1",
        "SECURE_PROXY_SSL_HEADER": "true",
        "REQUEST_MAX_MB": str(MAX_MB),
        "RATE_LIMIT_JOIN": str(JOIN_LIMIT),
        "LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    }
    dev = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"}
    quiet = {"check": True, "cwd": ROOT, "stdout": subprocess.DEVNULL}
    for label, command, command_env in (
        ("migrate", ["migrate", "--noinput", "-v0"], env),
        ("demo content", ["load_demo_content"], dev),
        ("collectstatic", ["collectstatic", "--noinput", "-v0"], env),
    ):
        began = time.monotonic()
        subprocess.run([PY, "manage.py", *command], env=command_env, **quiet)
        print(f"  {label}: {time.monotonic() - began:.0f} s", flush=True)
    (work / "media").chmod(0o755)
    script = (
        "from django.contrib.auth import get_user_model; U = get_user_model(); "
        f"u = U.objects.create_superuser('drill-editor', 'editor@example.org', {PASSWORD!r}); "
        f"m = U.objects.get(username='moderator'); m.set_password({PASSWORD!r}); m.save()"
    )
    subprocess.run([PY, "manage.py", "shell", "-c", script], env=env, **quiet)
    report = subprocess.run(
        [PY, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    output = (report.stdout + report.stderr).strip()
    check(report.returncode == 0 and "no issues" in output, f"check --deploy is clean ({output.splitlines()[-1]})")
    return env


def start_servers(work: Path, env: dict, processes: list, nginx_conf: Path) -> None:
    for port in APP_PORTS:
        log = open(work / f"app-{port}.log", "w")  # noqa: SIM115 - closed with the process
        app_env = {**env, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_WORKERS": "2"}
        processes.append(
            subprocess.Popen(
                [GUNICORN, "-c", "deploy/gunicorn.conf.py", "cms.wsgi"],
                env=app_env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    for port in APP_PORTS:
        wait_for_port(port)
    template = (ROOT / "deploy" / "nginx" / "hub.conf.template").read_text()
    site = string.Template(template).safe_substitute(
        HUB_SERVER_NAME=HOST,
        HUB_HTTP_PORT=HTTP_PORT,
        HUB_HTTPS_PORT=HTTPS_PORT,
        HUB_TLS_CERT=work / "tls.crt",
        HUB_TLS_KEY=work / "tls.key",
        HUB_STATIC_ROOT=work / "static",
        HUB_MEDIA_ROOT=work / "media",
        HUB_MAX_BODY=f"{MAX_MB}m",
        HUB_UPSTREAMS=" ".join(f"server 127.0.0.1:{port};" for port in APP_PORTS),
    )
    left = re.findall(r"\$\{HUB_[A-Z_]+\}", site)
    if left:
        raise DrillFailed(f"the nginx template has values the drill does not fill: {left}")
    (work / "hub.conf").write_text(site)
    for folder in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (work / "temp" / folder).mkdir(parents=True)
    # The shipped site inside a minimal nginx.conf of the drill's own; one worker, so the
    # round robin strictly alternates, and a header naming the server that answered.
    nginx_conf.write_text(
        f"""worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {work}/nginx-access.log;
    client_body_temp_path {work}/temp/body;
    proxy_temp_path {work}/temp/proxy;
    fastcgi_temp_path {work}/temp/fastcgi;
    uwsgi_temp_path {work}/temp/uwsgi;
    scgi_temp_path {work}/temp/scgi;
    add_header X-Drill-Upstream $upstream_addr always;
    include {work}/hub.conf;
}}
"""
    )
    subprocess.run(["nginx", "-p", str(work), "-c", str(nginx_conf), "-t", "-q"], check=True)
    subprocess.run(["nginx", "-p", str(work), "-c", str(nginx_conf)], check=True)
    wait_for_port(HTTPS_PORT)
    print(f"Serving: nginx on {HTTPS_PORT} (TLS) and {HTTP_PORT}, app servers on {APP_PORTS}", flush=True)


def run_checks(work: Path, env: dict) -> None:
    context = ssl.create_default_context(cafile=str(work / "tls.crt"))
    context.check_hostname = False  # the drill dials 127.0.0.1; the chain is still verified
    reader = Browser("127.0.0.2", context)
    servers = {f"127.0.0.1:{port}" for port in APP_PORTS}

    print("Pages, static files, media, bodies:")
    redirect = reader.get("/en/", port=HTTP_PORT)
    check(redirect.status == 301 and redirect.getheader("Location") == f"{PUBLIC}/en/", "HTTP redirects to HTTPS")
    answered = set()
    for _ in range(4):
        home = reader.get("/en/")
        check(home.status == 200, f"home page 200 through nginx (server {home.server})")
        answered.add(home.server)
    check(answered == servers, "both app servers answer in turn")
    check(f'<link rel="canonical" href="{PUBLIC}/en/">' in home.text, "canonical address is BASE_URL")
    addresses = set(re.findall(r"(?:https?|webcal)://([^/\"'\s<>]+)", home.text))
    internal = [a for a in addresses if a.startswith(("127.", "localhost"))]
    check(HOST in addresses and not internal, f"the home page names no internal address: {sorted(addresses)}")
    sitemap = reader.get("/sitemap.xml")
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap.text)
    check(
        locs and all(loc.startswith(f"{PUBLIC}/") for loc in locs), f"sitemap: {len(locs)} addresses, all on BASE_URL"
    )

    css = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', home.text)
    check(css is not None, "the page links a hashed stylesheet")
    static = reader.get(css.group(1), headers={"Accept-Encoding": "gzip"})
    check(static.status == 200 and static.server is None, "hashed static file served by nginx itself")
    check(
        "immutable" in (static.getheader("Cache-Control") or ""), f"cached a year: {static.getheader('Cache-Control')}"
    )

    stories = reader.get("/en/stories/")
    image = None
    for entry in sorted(set(re.findall(r'href="(/en/stories/[a-z0-9-]+/)"', stories.text)))[:12]:
        image = image or re.search(r"(/media/images/[^\"\s,]+)", reader.get(entry).text)
    check(image is not None, "a page shows an image rendition")
    media = reader.get(image.group(1))
    check(media.status == 200 and media.server is None, f"media served by nginx from MEDIA_ROOT ({image.group(1)})")
    originals = sorted((work / "media" / "original_images").glob("*"))
    check(originals, "uploads have originals on disk")
    private = [reader.get(f"/media/original_images/{path.name}").status for path in originals[:3]]
    check(set(private) == {404}, f"originals (members' draft images among them) are not served: {private}")

    big = reader.request("POST", "/en/accounts/login/", body=b"x" * ((MAX_MB + 1) * 1024 * 1024))
    check(big.status == 413, f"a {MAX_MB + 1} MB body gets 413 from nginx")
    check(direct_oversized(APP_PORTS[0]) == 413, "an app server itself answers 413 before reading the body")
    health = reader.get("/health/")
    check(health.status == 200 and json.loads(health.text) == {"status": "ok"}, "/health/ 200 (database only)")
    dependencies = json.loads(reader.get("/health/dependencies/").text)
    check(dependencies["status"] == "ok", f"/health/dependencies/: {dependencies['checks']}")

    print("Sessions and a publish across servers:")
    servers_in_order = sorted(servers)
    a_server, b_server = servers_in_order
    moderator = Browser("127.0.0.3", context)
    next_is(b_server, moderator)
    moderator.form_token("/admin/login/")
    check(Browser.served_last == b_server, f"sign-in form from {b_server}")
    next_is(a_server, moderator)
    signed_in = moderator.post("/admin/login/", {"username": "moderator", "password": PASSWORD, "next": "/admin/"})
    check(
        signed_in.status == 302 and signed_in.server == a_server, f"signed in through {a_server} with {b_server}'s form"
    )
    for _ in range(2):
        admin = moderator.get("/admin/")
        check(admin.status == 200, f"the admin, signed in, from {admin.server}")
    page = json.loads(django_shell(env, PENDING_SCRIPT))
    title = page["title"]
    anonymous = Browser("127.0.0.4", context)
    next_is(b_server, anonymous)
    before = anonymous.get("/en/stories/")
    check(
        before.server == b_server and title not in before.text,
        f"{b_server} lists no “{title}” yet (and caches the page)",
    )
    anonymous.get("/en/stories/")  # now from the page cache
    next_is(a_server, moderator)
    approved = moderator.post(
        f"/admin/pages/workflow/action/{page['id']}/approve/{page['task_state']}/", {"comment": ""}
    )
    check(approved.status in (200, 302) and approved.server == a_server, f"approved and published through {a_server}")
    next_is(b_server, anonymous)
    after = anonymous.get("/en/stories/")
    check(after.server == b_server and title in after.text, f"the next request, through {b_server}, lists “{title}”")

    print("Lockout and rate limits per real client, across both servers:")
    attacker = Browser("127.0.0.5", context)
    attacker.form_token("/admin/login/")
    statuses = []
    for number in range(5):
        forged = {"X-Forwarded-For": f"192.0.2.{number}"}  # a client's own header changes nothing
        statuses.append(
            (attacker.post("/admin/login/", {"username": "drill-editor", "password": "wrong"}, headers=forged)).status
        )
    check(statuses == [200] * 4 + [429], f"wrong passwords, the fifth locks out: {statuses}")
    locked = []
    for _ in range(2):
        response = attacker.post("/admin/login/", {"username": "drill-editor", "password": PASSWORD})
        locked.append((response.status, response.server))
    check(all(status == 429 for status, _server in locked), f"locked out on both servers, right password too: {locked}")
    colleague = Browser("127.0.0.6", context)
    colleague.form_token("/admin/login/")
    response = colleague.post("/admin/login/", {"username": "drill-editor", "password": PASSWORD, "next": "/admin/"})
    check(response.status == 302, "another client signs in as the same user meanwhile")
    counted = json.loads(django_shell(env, ATTEMPTS_SCRIPT))
    check(
        set(counted) == {"127.0.0.5"} and counted["127.0.0.5"] >= 5,
        f"failures counted against the real client only, none against the forged addresses: {counted}",
    )

    sender = Browser("127.0.0.8", context)
    sent = []
    for number in range(JOIN_LIMIT + 1):
        form = sender.form_token("/en/join/")
        fields = hidden_fields(form) | {"name": "Drill", "email": f"drill{number}@example.org"}
        next_is(servers_in_order[number % 2], sender)  # alternate: the count is shared
        response = sender.post("/en/join/", fields, headers={"X-Forwarded-For": f"198.51.100.{number}"})
        sent.append((response.status, response.server))
    check(
        all(status != 429 for status, _ in sent[:JOIN_LIMIT]) and sent[-1][0] == 429 and len({s for _, s in sent}) == 2,
        f"join form: {JOIN_LIMIT} sends, then 429, across servers {sorted({s for _, s in sent})}",
    )
    other = Browser("127.0.0.9", context)
    form = other.form_token("/en/join/")
    response = other.post("/en/join/", hidden_fields(form) | {"name": "Other", "email": "other@example.org"})
    check(response.status != 429, f"another client is not held back ({response.status})")


ATTEMPTS_SCRIPT = """
import json
from axes.models import AccessAttempt
print(json.dumps({a.ip_address: a.failures_since_start for a in AccessAttempt.objects.all()}))
"""

PENDING_SCRIPT = """
import json
from members.models import Submission
page = Submission.objects.get().page
print(json.dumps({"id": page.pk, "title": page.title,
                  "task_state": page.current_workflow_state.current_task_state.pk}))
"""


def django_shell(env: dict, script: str) -> str:
    result = subprocess.run(
        [PY, "manage.py", "shell", "-c", script], env=env, cwd=ROOT, check=True, capture_output=True, text=True
    )
    return result.stdout.strip().splitlines()[-1]


def direct_oversized(port: int) -> int:
    """Headers announcing a body over the limit, and no body: the app must answer at once."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as raw:
        raw.sendall(
            (
                "POST /en/accounts/login/ HTTP/1.1\r\nHost: hub.example.org\r\nX-Forwarded-Proto: https\r\n"
                f"Content-Type: multipart/form-data; boundary=x\r\nContent-Length: {(MAX_MB + 1) * 1024 * 1024}\r\n\r\n"
            ).encode()
        )
        status_line = raw.recv(100).decode(errors="replace")
    return int(status_line.split()[1])


if __name__ == "__main__":
    sys.exit(main())
