"""ical.js, the parser behind Thunderbird's calendar and many web calendars, reading a calendar
text in a real Node.js process (the pinned copy in scripts/conformance, installed by `make`)."""

import json
import subprocess
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts" / "conformance"


def read_with_icaljs(text: str) -> dict:
    """{"method", "events": [{"uid", "sequence", "status", "start", "end", …}]} as ical.js sees
    them; an AssertionError says what ical.js could not read."""
    assert (SCRIPTS / "node_modules" / "ical.js").is_dir(), "ical.js missing: run `make pytest` (npm ci)"
    done = subprocess.run(  # noqa: S603 - a fixed script of ours, the calendar on stdin
        ["node", str(SCRIPTS / "icaljs_itip.mjs")],  # noqa: S607 - Debian's node on PATH
        input=text,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    reading = json.loads(done.stdout)
    assert "error" not in reading, f"ical.js could not read the calendar: {reading['error']}"
    return reading
