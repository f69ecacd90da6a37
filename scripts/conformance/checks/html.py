"""The Nu Html Checker (npm vnu-jar, run with Debian's Java) on one page of every type in every
language, plus each language's 404 page: one batch run over saved files, 0 errors allowed."""

import json
import re
import subprocess

from . import Result


def check_html(ctx) -> list[Result]:
    result = Result("html: Nu Html Checker, 0 errors")
    folder = ctx.work / "vnu"
    folder.mkdir()
    files = {}
    targets = dict(ctx.samples)
    for code in ctx.languages:
        targets[("404 page", code)] = f"{ctx.client.base}/{code}/conformance-no-such-page/"
    for index, ((kind, code), url) in enumerate(sorted(targets.items())):
        answer = ctx.client.get(url)
        name = f"{index:03d}-{re.sub(r'[^A-Za-z0-9]+', '-', kind)}-{code}.html"
        (folder / name).write_bytes(answer.body)
        files[str(folder / name)] = url
    done = subprocess.run(
        [ctx.java, "-Xss4m", "-jar", str(ctx.vnu_jar), "--format", "json", "--errors-only", "--exit-zero-always"]
        + sorted(files),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    try:
        messages = json.loads(done.stderr or done.stdout)["messages"]
    except (ValueError, KeyError):
        result.fail(f"vnu.jar gave no JSON report (exit {done.returncode}): {(done.stderr or done.stdout)[-500:]}")
        return [result]
    result.checked = len(files)
    for message in messages:
        if message.get("type") not in {"error", "non-document-error"}:
            continue
        path = message.get("url", "").removeprefix("file:")
        url = ctx.client.path(files.get(path, path))
        where = f" line {message['lastLine']}" if "lastLine" in message else ""
        extract = f" — {message['extract'].strip()[:120]!r}" if message.get("extract") else ""
        result.fail(f"{url}{where}: {message['message']}{extract}")
    return [result]
