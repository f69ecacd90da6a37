#!/usr/bin/env bash
# pip-audit over requirements.txt, as `make audit` runs it (docs/operations.md, "Audits").
#
# Known vulnerabilities with a fix fail the audit. When the package index this machine reaches
# has no vulnerability data (every package "could not be audited"), the audit cannot say
# anything: that is printed as BLOCKED, loudly, and fails only with PIP_AUDIT_REQUIRED=1,
# never reported as a clean result.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
.venv/bin/pip-audit -r requirements.txt --strict --progress-spinner off >"$out" 2>&1
status=$?
if [ "$status" -eq 0 ]; then
  cat "$out"
  echo "pip-audit: every package audited, no known vulnerabilities."
  exit 0
fi
if grep -q "Found [0-9]* known vulnerabilit" "$out"; then
  cat "$out"
  echo "pip-audit: FAILED, known vulnerabilities above."
  exit 1
fi
if ! grep -q "could not be audited" "$out"; then
  cat "$out"
  echo "pip-audit: FAILED to run (see above)."
  exit 1
fi
echo "pip-audit: BLOCKED, nothing was audited. The first package it tried:"
grep -m1 "could not be audited" "$out" | sed 's/^ERROR:pip_audit._cli:/  /'
echo "  The package index this machine reaches serves no per-release vulnerability data."
echo "  Run 'make audit' where pypi.org is reachable (PIP_AUDIT_REQUIRED=1 makes this a failure)."
[ "${PIP_AUDIT_REQUIRED:-0}" = 1 ] && exit 1
exit 0
