"""One log line per request: request id, method, path, status and duration — nothing personal.

Production writes it as a JSON line (python-json-logger, see ``production.py``), development
as plain text. Never logged: the query string (search words, emails in links), the client's
address, cookies or the user. Secret tokens in paths (allauth's email-confirmation and
password-reset keys) are replaced by ``[redacted]``. The id comes from a proxy's
``X-Request-ID`` when it looks like one, else is new; it is sent back in the same header so a
reader's report can be matched to the log.
"""

import logging
import re
import time
import uuid

logger = logging.getLogger("cms.request")

REQUEST_ID_HEADER = "X-Request-ID"
_VALID_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
# URL keyword arguments that carry a secret (allauth: confirm-email/<key>, reset/key/<uidb36>-<key>).
SECRET_URL_KWARGS = {"key", "uidb36", "uidb64", "token"}


def _request_id(request) -> str:
    incoming = request.headers.get(REQUEST_ID_HEADER, "")
    return incoming if _VALID_REQUEST_ID.match(incoming) else uuid.uuid4().hex


def loggable_path(request) -> str:
    path = request.path
    match = getattr(request, "resolver_match", None)
    if match is not None:
        for name, value in match.kwargs.items():
            if name in SECRET_URL_KWARGS and value:
                path = path.replace(str(value), "[redacted]")
    return path


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        request.request_id = _request_id(request)
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response[REQUEST_ID_HEADER] = request.request_id
        path = loggable_path(request)
        logger.info(
            "%s %s %s %sms",
            request.method,
            path,
            response.status_code,
            duration_ms,
            extra={
                "request_id": request.request_id,
                "method": request.method,
                "path": path,
                "status": response.status_code,
                "duration_ms": duration_ms,
            },
        )
        return response
