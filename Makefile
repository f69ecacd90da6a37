# Two commands: `make run` (set up and serve on SQLite) and `make test` (set up and test).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test setup lint check pytest browser-deps demo migrate clean backup restore restore-drill bench audit faults lighthouse deploy-drill conformance mutation

# CairoSVG (the demo's drawings, cms/drawings.py) needs Debian's libcairo2.
$(STAMP): requirements.txt requirements-dev.txt
	@test -e /usr/lib/$$(gcc -dumpmachine 2>/dev/null || echo x86_64-linux-gnu)/libcairo.so.2 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcairo2 >/dev/null; \
	  else echo "The demo's drawings need Debian's libcairo2: sudo apt-get install libcairo2"; exit 1; fi; }
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $(STAMP)

# The .po files under locale/ are committed; their compiled .mo files are built here, never committed.
setup: $(STAMP)
	$(PY) manage.py compilemessages --verbosity 0

migrate: setup
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo_content

run: demo
	$(PY) manage.py ensure_dev_admin
	$(PY) manage.py runserver 127.0.0.1:8000

# Debian's Chromium drives the browser tests; Playwright's own browser download is never used (no downloads here).
browser-deps:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "Browser tests need Debian's chromium: sudo apt-get install chromium"; exit 1; fi; }

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: setup
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

# ical.js (in the conformance tools) reads the emailed invitations in the registration tests.
pytest: setup browser-deps scripts/conformance/node_modules/.package-lock.json
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

test: lint check pytest

# Static security analysis: fails on any high-severity bandit finding; pip-audit fails on
# known vulnerabilities and says BLOCKED when it cannot reach vulnerability data (docs/operations.md).
audit: setup
	$(BIN)/bandit -q -r cms home handbook events stories members -x '*/migrations/*' --severity-level high
	scripts/pip_audit.sh

# Backups (PostgreSQL + media): see docs/operations.md.
backup: setup
	scripts/backup.sh $(BACKUP)

restore: setup
	scripts/restore.sh $(BACKUP)

restore-drill: setup
	scripts/restore_drill.sh

# Fault drill (about 3 minutes, as root): Redis stopped and PostgreSQL restarted under load, on
# throwaway servers of its own; see docs/operations.md for the last results.
faults: setup
	$(PY) scripts/faults.py

# Deploy drill (as root; 5 to 12 minutes, most of it migrate and the demo loader): two gunicorn app servers behind Debian's nginx (the
# shipped deploy/ configuration, TLS with a throwaway certificate) sharing one PostgreSQL
# database and one Redis; see docs/deploy.md for what it proves.
deploy-drill: setup
	@test -x /usr/sbin/nginx || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
	$(PY) scripts/deploy_drill.py

# Throughput against a bare Django view, written to docs/performance.md (needs wrk).
bench: setup
	@command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
	$(PY) scripts/bench.py

# Lighthouse (npm, pinned) into the git-ignored tools/ folder, run with Debian's chromium against a
# production-like local server; fails below performance 95 or accessibility 100 (docs/performance.md).
LIGHTHOUSE_VERSION := 12.8.2
LIGHTHOUSE := tools/lighthouse/node_modules/.bin/lighthouse
$(LIGHTHOUSE):
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	mkdir -p tools/lighthouse
	npm install --no-audit --no-fund --silent --prefix tools/lighthouse lighthouse@$(LIGHTHOUSE_VERSION)

lighthouse: setup browser-deps $(LIGHTHOUSE)
	CHROME_PATH=$(CHROMIUM) $(PY) scripts/lighthouse.py

clean:
	rm -rf $(VENV) db.sqlite3 media static tools .pytest_cache .ruff_cache scripts/conformance/node_modules

# Conformance (about 6 minutes, budget 10): a production-like copy of the demo checked by third-party tools —
# crawl, Nu Html Checker, pa11y, icalendar/vobject/ical.js, feeds, extruct, hreflang, sitemap, API.
# npm tools pinned in scripts/conformance/package-lock.json, installed by `npm ci` (no browser
# download: pa11y drives Debian's chromium, vnu.jar runs on Debian's Java). See docs/testing.md.
CONFORMANCE_NPM := scripts/conformance/node_modules/.package-lock.json
$(CONFORMANCE_NPM): scripts/conformance/package.json scripts/conformance/package-lock.json
	@command -v npm >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm >/dev/null; }
	@command -v java >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; }
	cd scripts/conformance && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --ignore-scripts --silent
	touch $@

conformance: setup browser-deps $(CONFORMANCE_NPM)
	PUPPETEER_SKIP_DOWNLOAD=1 CHROMIUM_PATH=$(CHROMIUM) $(PY) scripts/conformance/selftest.py
	PUPPETEER_SKIP_DOWNLOAD=1 CHROMIUM_PATH=$(CHROMIUM) $(PY) scripts/conformance/run.py

# Mutation testing (not in CI; an hour or more): scripts/mutation/plugin.py mutates one AST node
# at a time in the modules below, swaps the mutated function in place and runs only the tests
# that call it, in one pytest session. Results: reports/mutation.json; docs/testing.md.
MUTATE ?= events/ical.py,events/occurrences.py,members/submissions/workflow.py,members/submissions/images.py,cms/cache.py,stories/filters.py
MUTATION_TESTS ?= tests/events tests/members tests/stories tests/i18n/test_feeds.py tests/cms/test_page_cache.py tests/cms/test_page_cache_promises.py tests/cms/test_cache_invalidation.py
mutation: setup
	PYTHONPATH=scripts/mutation $(BIN)/pytest -p no:xdist -p no:cacheprovider -p plugin -m "not browser" -q $(MUTATION_TESTS) --mutate=$(MUTATE)
