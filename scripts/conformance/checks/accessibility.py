"""pa11y (npm) with the HTML_CodeSniffer runner at WCAG 2 AA, in Debian's chromium, on one page
of every type in every language: 0 errors."""

import json
import os
import subprocess

from . import Result


def check_accessibility(ctx) -> list[Result]:
    result = Result("accessibility: pa11y htmlcs WCAG2AA, 0 errors")
    urls = sorted(set(ctx.samples.values()))
    request = ctx.work / "pa11y-urls.json"
    request.write_text(json.dumps(urls))
    env = {**os.environ, "CHROMIUM_PATH": ctx.chromium, "PUPPETEER_SKIP_DOWNLOAD": "1"}
    done = subprocess.run(
        [ctx.node, str(ctx.here / "pa11y_batch.mjs"), str(request)],
        capture_output=True,
        text=True,
        timeout=480,
        env=env,
        check=False,
    )
    try:
        report = json.loads(done.stdout)
    except ValueError:
        result.fail(f"pa11y gave no report (exit {done.returncode}): {done.stderr[-800:]}")
        return [result]
    for url in urls:
        result.checked += 1
        issues = report.get(url)
        path = ctx.client.path(url)
        if issues is None:
            result.fail(f"{path}: pa11y did not report on it")
        elif isinstance(issues, dict):
            result.fail(f"{path}: pa11y could not test it: {issues['error']}")
        else:
            for issue in issues:
                context = (issue.get("context") or "").replace("\n", " ")[:100]
                result.fail(f"{path}: {issue['code']}: {issue['message']} at {issue['selector']} — {context!r}")
    return [result]
