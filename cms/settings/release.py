"""The release (code version) that every page-cache key carries (``CMS_RELEASE``).

A deploy that changes code or templates must never be served pages rendered by the old code
from a shared cache. Production sets ``RELEASE`` (e.g. the git commit being deployed); without
it the version is a digest of the names, sizes and modification times of the project's Python
files and templates, read once at start, so any change to either gives new keys.
"""

import hashlib
from pathlib import Path

_CODE_FOLDERS = ("cms", "home", "handbook", "events", "stories", "members", "templates", "locale")
_SUFFIXES = {".py", ".html", ".txt", ".xml", ".po"}


def code_version(root: Path) -> str:
    digest = hashlib.sha256()
    for folder in _CODE_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in _SUFFIXES and path.is_file():
                stat = path.stat()
                digest.update(f"{path.relative_to(root)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:12]
