"""`make mutation`: a small mutation tester, as a pytest plugin, in one pytest session.

Why our own and not mutmut: every pytest start here builds the test database (a minute on a
busy machine), and mutmut starts pytest per mutant. This plugin starts pytest once:

1. baseline: runs the selected tests once, recording (``sys.setprofile``) which functions of
   the mutated modules each test calls, and how long it takes;
2. mutants: for every function in the modules, every operator below is applied to one AST
   node at a time; the mutated function is compiled and swapped in place
   (``function.__code__``), so every reference to it, imported or not, runs the mutant;
3. for each mutant only the tests that called that function run, fastest first, stopping at
   the first failure (killed). No covering test: "not covered". All pass: survived. A test
   over ``MUTATION_TIMEOUT`` seconds: killed (timeout).

Only function bodies are mutated (module constants and class attributes are not), and
docstrings are left alone. Results go to ``reports/mutation.json`` and the summary is
printed; docs/testing.md records runs.

Operators: comparison flips (== !=, < <=, > >=, in / not in, is / is not), + -, * /, and / or,
``not x`` → ``x``, ``if c`` → ``if not c``, True / False, an integer n → n + 1, a non-empty
string → "XX" + string, ``return x`` → ``return None``, min / max.
"""

import importlib
import json
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

import pytest
from _pytest.runner import call_and_report
from operators import enumerate_mutants, find_code, live_function, mutated_tree

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "testing.md"
RESULTS = ROOT / "reports" / "mutation.json"  # not test-results/: pytest-playwright empties it


def pytest_addoption(parser):
    parser.addoption("--mutate", default="", help="comma-separated files to mutate (paths from the repo root)")
    parser.addoption("--mutate-timeout", type=float, default=float(os.environ.get("MUTATION_TIMEOUT", "120")))


def pytest_configure(config):
    if config.getoption("--mutate"):
        config.pluginmanager.register(MutationSession(config), "mutation-session")


def project_modules() -> list:
    """The loaded modules of this project (not of the virtualenv)."""
    found = []
    for module in list(sys.modules.values()):
        path = getattr(module, "__file__", None) or ""
        if path.startswith(str(ROOT)) and "/.venv/" not in path and "site-packages" not in path:
            found.append(module)
    return found


def module_caches(module) -> list:
    """The ``lru_cache`` objects of a module's functions and of its classes' methods."""
    found = []
    for value in vars(module).values():
        owners = [value] if isinstance(value, type) and value.__module__ == module.__name__ else []
        candidates = [value] + [v for owner in owners for v in vars(owner).values()]
        for candidate in candidates:
            candidate = getattr(candidate, "__func__", candidate)
            if hasattr(candidate, "cache_clear") and getattr(candidate, "__module__", "") == module.__name__:
                found.append(candidate)
    return found


def clear_project_caches() -> None:
    for module in project_modules():
        for cache in module_caches(module):
            cache.cache_clear()


def cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return text.replace("|", "\\|")


class Profile:
    """Which code objects of the mutated files run during one test."""

    def __init__(self, files: set):
        self.files = files
        self.seen = set()

    def __call__(self, frame, event, arg):
        if event == "call":
            code = frame.f_code
            if code.co_filename in self.files:
                self.seen.add((code.co_filename, code.co_qualname.split(".<locals>")[0]))


class Runner:
    """Runs test items one at a time in this session, any number of times, in any order.

    pytest tears an item down knowing the next one (to keep the fixtures they share, such as
    the test database); the next one is only known later here, so each teardown waits for it."""

    def __init__(self):
        self.pending = None

    def run(self, item) -> bool:
        """Set up and call ``item``; True if it failed."""
        self.teardown(nextitem=item)
        if hasattr(item, "_request") and not item._request:
            item._initrequest()
        reports = [call_and_report(item, "setup", log=False)]
        if reports[0].passed:
            reports.append(call_and_report(item, "call", log=False))
        self.pending = item
        failed = [report for report in reports if report.failed]
        if failed and os.environ.get("MUTATION_DEBUG"):  # why a mutant was killed
            print(f"\n--- {item.nodeid} ({failed[0].when})\n{failed[0].longreprtext[-3000:]}", flush=True)
        return bool(failed)

    def teardown(self, nextitem=None):
        item, self.pending = self.pending, None
        if item is not None:
            # pytest keeps set up every node of ``nextitem``'s chain; when the same test runs
            # again it would keep the test itself set up, skip its setup and fail on missing
            # fixtures (a false kill), so only its parents are kept then.
            keep = item.parent if nextitem is item else nextitem
            call_and_report(item, "teardown", log=False, nextitem=keep)
            if hasattr(item, "_request"):
                item._request = False
                item.funcargs = None


class MutationSession:
    def __init__(self, config):
        self.config = config
        self.paths = [ROOT / p.strip() for p in config.getoption("--mutate").split(",") if p.strip()]
        self.timeout = config.getoption("--mutate-timeout")
        self.runner = Runner()

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtestloop(self, session):
        items = session.items
        files = {str(path) for path in self.paths}
        callers, durations, failing = {}, {}, []
        print(f"\nmutation: baseline of {len(items)} tests…", flush=True)
        for index, item in enumerate(items):
            # A cached function (vtimezone → _observance) runs only for the first test that
            # needs its result: empty the caches so every test that needs it is recorded too.
            clear_project_caches()
            profile = Profile(files)
            began = time.monotonic()
            sys.setprofile(profile)
            try:
                failed = self.runner.run(item)
            finally:
                sys.setprofile(None)
            durations[item.nodeid] = time.monotonic() - began
            if failed:
                failing.append(item.nodeid)
            for key in profile.seen:
                callers.setdefault(key, []).append(item)
            if index % 25 == 0:
                print(f"  {index}/{len(items)}", flush=True)
        if failing:
            self.runner.teardown()
            print("mutation: the suite fails without mutants; fix these first:\n  " + "\n  ".join(failing))
            session.testsfailed = len(failing)
            return True
        mutants = []
        for path in self.paths:
            module_name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            module = importlib.import_module(module_name)
            tree, found = enumerate_mutants(path, module_name)
            for mutant, node, make in found:
                mutant.index = len(mutants)
                self.run_mutant(module, str(path), tree, mutant, node, make, callers, durations)
                mutants.append(mutant)
                self.record(mutants, quiet=True)  # a stopped run keeps what it found
                print(f"  {mutant.status:11} {module_name}.{mutant.function} {mutant.description}", flush=True)
        self.runner.teardown()
        self.record(mutants)
        return True

    def run_mutant(self, module, filename, tree, mutant, node, make, callers, durations):
        tests = sorted(callers.get((filename, mutant.function), []), key=lambda item: durations[item.nodeid])
        if not tests:
            mutant.status = "no tests"
            return
        try:
            code = compile(mutated_tree(tree, node, make), filename, "exec")
        except (SyntaxError, ValueError, TypeError) as error:
            mutant.status = "invalid"
            mutant.killed_by = str(error)
            return
        new = find_code(code, mutant.function)
        function, caches = live_function(module, mutant.function)
        # Every cache of the project, not only the mutated function's: a cached function that
        # calls the mutant (vtimezone → _observance) must not keep what the mutant built for
        # the next mutant's tests (a false kill) nor serve an unmutated result to this one.
        caches = caches + [cache for project_module in project_modules() for cache in module_caches(project_module)]
        swappable = new is not None and hasattr(function, "__code__")
        if not swappable or len(new.co_freevars) != len(function.__code__.co_freevars):
            mutant.status = "invalid"
            return
        original = function.__code__
        began = time.monotonic()
        try:
            function.__code__ = new
            for cache in caches:
                cache.cache_clear()
            for item in tests:
                mutant.tests_run += 1
                started = time.monotonic()
                if self.runner.run(item):
                    mutant.status, mutant.killed_by = "killed", item.nodeid
                    break
                if time.monotonic() - started > self.timeout:
                    mutant.status, mutant.killed_by = "killed", f"timeout in {item.nodeid}"
                    break
            else:
                mutant.status = "survived"
        finally:
            function.__code__ = original
            for cache in caches:
                cache.cache_clear()
            mutant.seconds = round(time.monotonic() - began, 1)

    def pytest_sessionfinish(self, session):
        if not getattr(session, "testsfailed", 0):
            session.exitstatus = 0  # no test ran the normal way; the mutation run itself went well

    def record(self, mutants, quiet=False):
        counted = [m for m in mutants if m.status in {"killed", "survived"}]
        killed = sum(1 for m in counted if m.status == "killed")
        by_module = {}
        for m in mutants:
            entry = by_module.setdefault(m.module, {"killed": 0, "survived": 0, "no tests": 0, "invalid": 0})
            entry[m.status] = entry.get(m.status, 0) + 1
        summary = {
            "mutants": len(mutants),
            "killed": killed,
            "survived": len(counted) - killed,
            "no_tests": sum(1 for m in mutants if m.status == "no tests"),
            "invalid": sum(1 for m in mutants if m.status == "invalid"),
            "score": round(100 * killed / len(counted), 1) if counted else None,
            "by_module": by_module,
        }
        RESULTS.parent.mkdir(exist_ok=True)
        RESULTS.write_text(
            json.dumps({"summary": summary, "mutants": [asdict(m) for m in mutants]}, indent=1), encoding="utf-8"
        )
        if quiet:
            return
        print(f"\nmutation: {json.dumps(summary)}")
        for m in mutants:
            if m.status in {"survived", "no tests"}:
                print(f"  {m.status}: {m.module}.{m.function} {m.description}")
        print(f"written to {RESULTS.relative_to(ROOT)}")
        self.record_docs(summary, mutants)

    def record_docs(self, summary, mutants):
        """Append this run (score and remaining survivors) to docs/testing.md."""
        modules = ", ".join(f"`{path.relative_to(ROOT)}`" for path in self.paths)
        tests = " ".join(str(arg) for arg in self.config.args)
        lines = [
            f"### Run of {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC: {modules}",
            "",
            f'Tests offered: `{tests}` (`-m "not browser"`). {summary["mutants"]} mutants: '
            f"{summary['killed']} killed, {summary['survived']} survived, {summary['no_tests']} not reached by any "
            f"test, {summary['invalid']} invalid. **Score {summary['score']}%** of the mutants the tests reach.",
            "",
        ]
        left = [m for m in mutants if m.status in {"survived", "no tests"}]
        if left:
            lines += ["| module | function | mutant | status |", "| --- | --- | --- | --- |"]
            lines += [f"| {m.module} | `{m.function}` | {cell(m.description)} | {m.status} |" for m in left]
            lines.append("")
        text = DOC.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + "\n".join(lines)
        DOC.write_text(text, encoding="utf-8")
        print(f"recorded in {DOC.relative_to(ROOT)}")
