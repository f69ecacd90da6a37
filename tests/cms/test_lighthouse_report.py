"""`make bench` and `make lighthouse` share docs/performance.md: each keeps the other's part."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def load(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scores(performance, accessibility=100):
    return {"performance": performance, "accessibility": accessibility, "lcp_ms": 900.0, "failing": []}


def test_each_report_keeps_the_other(tmp_path, monkeypatch):
    lighthouse, bench = load("lighthouse"), load("bench")
    doc = tmp_path / "docs" / "performance.md"
    doc.parent.mkdir()
    monkeypatch.setattr(lighthouse, "DOC", doc)
    monkeypatch.setattr(lighthouse, "ROOT", tmp_path)
    monkeypatch.setattr(lighthouse, "lighthouse_version", lambda: "12.8.2")
    monkeypatch.setattr(bench, "ROOT", tmp_path)

    lighthouse.record([("home", "/en/", "mobile", scores(98))])
    assert "| home (`/en/`) | mobile | 98 | 100 | 900 |" in doc.read_text()

    result = {"rps": 100.0, "p50": 1.0, "p99": 2.0, "errors": 0}
    targets = [["bare", "/bench/bare/"], ["home", "/en/"]]
    publishing = {**result, "publishes": 11, "stale": 0, "checked": 132}
    uncached = {"bare": result, "home": result, "worker RSS MB": [120, 121]}
    cached = {"bare": result, "home": result, "publish under load": publishing, "worker RSS MB": [118, 119]}
    bench.report(targets, uncached, cached, {"home": 31.5})
    text = doc.read_text()
    assert "| home | 100 | 1.00 |" in text  # the benchmark table
    home_row = next(line for line in text.splitlines() if line.startswith("| home |"))
    assert home_row.endswith("| 31.5 |")  # and its cold cost
    assert "| home (`/en/`) | mobile | 98 | 100 | 900 |" in text  # Lighthouse kept
    assert "11 publishes, 0 of 132" in text and "uncached [120, 121] MB" in text  # publishing and memory

    lighthouse.record([("home", "/en/", "mobile", scores(99))])
    text = doc.read_text()
    assert "| home | 100 | 1.00 |" in text
    assert "| mobile | 99 |" in text and "| mobile | 98 |" not in text
    assert text.count("## Lighthouse") == 1
