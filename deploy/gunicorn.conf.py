"""gunicorn settings for one app server: `gunicorn -c deploy/gunicorn.conf.py cms.wsgi`.

Every value can be set from the environment (GUNICORN_BIND, GUNICORN_WORKERS, …) so the
same file serves the systemd unit (deploy/systemd/hub-web.service) and the deploy drill.
"""

import multiprocessing
import os

# Behind nginx on the same machine or a private network; never the public interface.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Synchronous workers: 2 per core + 1 is gunicorn's rule of thumb for a Django app.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# A request that takes longer is a bug or an attack: the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak can never grow without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# Load the app in the master once: faster starts, shared memory, and a configuration error
# stops the server at once with its message.
preload_app = True
# Request lines and headers: far above any real browser's, far below abuse.
limit_request_line = 8190
limit_request_fields = 100
# Trust X-Forwarded-Proto only from these (nginx); the app's TRUSTED_PROXIES covers the rest.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# The app writes its own JSON request log (cms/request_log.py); gunicorn's goes to stderr too.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "hub-web"
# No runtime control socket (gunicorn 25+ makes one in $HOME, shared by every server of a user).
control_socket_disable = True
