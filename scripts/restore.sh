#!/usr/bin/env bash
# Restore a backup made by backup.sh into the (empty or disposable) database DATABASE_URL and
# the folder MEDIA_ROOT, then verify counts, the page tree and that every page renders.
# Usage: DATABASE_URL=postgres://… MEDIA_ROOT=… scripts/restore.sh BACKUP_DIR
set -euo pipefail
backup="${1:?give the backup folder, e.g. backups/20260101T000000Z}"
: "${DATABASE_URL:?DATABASE_URL must point at the database to restore into}"
media_root="${MEDIA_ROOT:-media}"
pg_restore --clean --if-exists --no-owner --no-privileges --exit-on-error --dbname="$DATABASE_URL" "$backup/db.dump"
mkdir -p "$media_root"
tar -C "$media_root" -xzf "$backup/media.tar.gz"
.venv/bin/python manage.py site_inventory --expect "$backup/counts.json"
