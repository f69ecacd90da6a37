"""The read API (/api/v2/pages/…) and the open-data files (/stories/case-studies.csv|json):
valid JSON and CSV, errors as JSON, HEAD answered like GET (even before any GET warmed a
cache), and nothing personal or private in anything public: no account's email address, no
joining link before it is disclosed."""

import csv
import io
import json
import re

from . import Result

COLD_HEAD = (
    "/robots.txt",
    "/stories/case-studies.csv",
    "/stories/case-studies.json",
    "/sitemap.xml",
    "/api/v2/pages/",
    "/en/",
    "/en/events/feed.ics",
    "/en/stories/feed/atom/",
)
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
UUID_LOCAL = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}@")
OPEN_DATA = ("/stories/case-studies.csv", "/stories/case-studies.json")


def check_head_cold(ctx) -> list[Result]:
    """Run before the crawl: HEAD first, then GET, on URLs nothing has fetched yet."""
    result = Result("http: HEAD answered like GET, before any GET (no 405)")
    client = ctx.client
    for path in COLD_HEAD:
        result.checked += 1
        head = client.fetch(client.base + path, method="HEAD")
        get = client.fetch(client.base + path)
        if head.status == 405:
            result.fail(f"HEAD {path}: 405 Method Not Allowed (GET answers {get.status})")
        elif head.status != get.status:
            result.fail(f"HEAD {path}: {head.status}, but GET answers {get.status}")
        elif head.content_type != get.content_type:
            result.fail(f"HEAD {path}: Content-Type {head.content_type!r}, GET gives {get.content_type!r}")
    return [result]


def json_problem(answer) -> str | None:
    if "json" not in answer.content_type:
        return f"Content-Type is {answer.content_type!r}, not JSON"
    try:
        json.loads(answer.body)
    except ValueError as error:
        return f"not valid JSON: {error}"
    return None


def check_api(ctx) -> Result:
    result = Result("api: valid JSON, errors as JSON (unknown id → JSON 404)")
    client = ctx.client
    listing = client.fetch(f"{client.base}/api/v2/pages/")
    result.checked += 1
    problem = json_problem(listing)
    if listing.status != 200 or problem:
        result.fail(f"/api/v2/pages/: {listing.status} {problem or ''}")
    for item in ctx.inventory.api:
        result.checked += 1
        detail = client.get(item["meta"]["detail_url"])
        problem = json_problem(detail)
        if detail.status != 200 or problem:
            result.fail(f"{client.path(detail.url)}: HTTP {detail.status} {problem or ''}")
    errors = {
        "/api/v2/pages/999999/": 404,
        "/api/v2/pages/not-a-number/": 404,
        "/api/v2/pages/?type=nosuch.Page": 400,
        "/api/v2/pages/?limit=1000": 400,
    }
    for path, expected in errors.items():
        result.checked += 1
        answer = client.fetch(client.base + path)
        problem = json_problem(answer)
        if answer.status != expected or problem:
            redirect = f" (redirects to {answer.headers.get('x-first-location')})" if answer.chain else ""
            result.fail(f"{path}: HTTP {answer.status}{redirect}, expected a JSON {expected}; {problem or 'JSON'}")
    return result


def check_files(ctx) -> Result:
    result = Result("open data: case-studies.csv and .json are valid")
    client = ctx.client
    csv_answer = client.get(client.base + OPEN_DATA[0])
    result.checked += 1
    if csv_answer.status != 200 or csv_answer.content_type != "text/csv":
        result.fail(f"{OPEN_DATA[0]}: HTTP {csv_answer.status}, Content-Type {csv_answer.content_type!r}")
    else:
        rows = list(csv.reader(io.StringIO(csv_answer.body.decode("utf-8-sig"))))
        if not rows:
            result.fail(f"{OPEN_DATA[0]}: empty, not even a header row")
        for number, row in enumerate(rows[1:], 2):
            if len(row) != len(rows[0]):
                result.fail(f"{OPEN_DATA[0]} row {number}: {len(row)} fields, the header has {len(rows[0])}")
    json_answer = client.get(client.base + OPEN_DATA[1])
    result.checked += 1
    problem = json_problem(json_answer)
    if json_answer.status != 200 or problem:
        result.fail(f"{OPEN_DATA[1]}: HTTP {json_answer.status} {problem or ''}")
    return result


def check_privacy(ctx) -> Result:
    result = Result("privacy: no email address, no undisclosed joining link in anything public")
    client = ctx.client
    emails = ctx.secrets.get("emails", [])
    hidden = ctx.secrets.get("hidden_join_urls", [])
    answers = list(ctx.crawl.pages) + [client.get(item["meta"]["detail_url"]) for item in ctx.inventory.api]
    answers.append(client.get(f"{client.base}/api/v2/pages/?fields=*"))
    for answer in answers:
        if not answer.body or answer.content_type.startswith("image/"):
            continue
        result.checked += 1
        text = answer.text
        path = client.path(answer.url)
        for email in emails:
            if email in text:
                result.fail(f"{path}: shows the account email {email}")
        for link in hidden:
            if link in text:
                result.fail(f"{path}: shows the joining link {link} before it is disclosed")
        if path.startswith(("/api/", "/stories/case-studies")):
            for found in sorted(set(EMAIL.findall(text)) - set(emails)):
                if not UUID_LOCAL.match(found):  # calendar UIDs look like <uuid>@<domain>
                    result.fail(f"{path}: contains an email address {found}")
    return result


def check_open_data(ctx) -> list[Result]:
    return [check_api(ctx), check_files(ctx), check_privacy(ctx)]
