#!/usr/bin/env bash
# Back up the PostgreSQL database and the media folder into backups/<timestamp>/.
# Usage: DATABASE_URL=postgres://… MEDIA_ROOT=… scripts/backup.sh [DEST_DIR]
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL must point at the PostgreSQL database to back up}"
media_root="${MEDIA_ROOT:-media}"
dest="${1:-backups/$(date -u +%Y%m%dT%H%M%SZ)}"
mkdir -p "$dest"
.venv/bin/python manage.py site_inventory > "$dest/counts.json"
pg_dump --format=custom --no-owner --no-privileges --dbname="$DATABASE_URL" --file="$dest/db.dump"
if [ -d "$media_root" ]; then tar -C "$media_root" -czf "$dest/media.tar.gz" .; else tar -czf "$dest/media.tar.gz" -T /dev/null; fi
echo "Backup written to $dest ($(du -sh "$dest" | cut -f1))"
