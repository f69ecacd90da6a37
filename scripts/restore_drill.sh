#!/usr/bin/env bash
# The restore drill: build a site in a fresh PostgreSQL database, back it up, restore it into
# another fresh database and media folder, verify, and report how long the restore took.
# Everything it creates is dropped at the end. Needs PostgreSQL on 127.0.0.1:5432 (trust auth).
set -euo pipefail
cd "$(dirname "$0")/.."
pg="postgres://postgres@127.0.0.1:5432"
stamp="$(date +%s)_$$"
source_db="drill_src_${stamp}"; target_db="drill_dst_${stamp}"
work="$(mktemp -d)"
cleanup() {
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS ${source_db}" >/dev/null 2>&1 || true
  psql "$pg/postgres" -qc "DROP DATABASE IF EXISTS ${target_db}" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql "$pg/postgres" -qc "CREATE DATABASE ${source_db}"
psql "$pg/postgres" -qc "CREATE DATABASE ${target_db}"
export DJANGO_SETTINGS_MODULE=cms.settings.dev
export DATABASE_URL="$pg/${source_db}" MEDIA_ROOT="$work/media-source"
.venv/bin/python manage.py migrate --noinput -v0
.venv/bin/python manage.py load_demo_content >/dev/null
scripts/backup.sh "$work/backup"
start=$(date +%s%N)
DATABASE_URL="$pg/${target_db}" MEDIA_ROOT="$work/media-restored" scripts/restore.sh "$work/backup"
end=$(date +%s%N)
echo "Restore drill passed: restore and verification took $(( (end - start) / 1000000 )) ms"
