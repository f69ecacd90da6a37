"""Shared by the scripts that start a server of their own (bench.py, lighthouse.py)."""

import time
import urllib.request


def wait_for(url, timeout=30):
    """Return once ``url`` answers 200; raise if it has not within ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 - loopback only
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"server did not answer at {url}")
