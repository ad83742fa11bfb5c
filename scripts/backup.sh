#!/usr/bin/env bash
# Backs up Làng Số's MySQL/MariaDB database to a gzip'd SQL file named with the UTC time it started:
#   LANGSO_DB_URL=jdbc:mysql://db-host:3306/langso LANGSO_DB_USER=langso LANGSO_DB_PASSWORD=... scripts/backup.sh
# writes $LANGSO_BACKUP_DIR (default ./backups)/langso-<database>-<yyyymmddThhmmssZ>.sql.gz and prints its path.
# One consistent snapshot (--single-transaction) while the app keeps running; stored routines, triggers and
# events included; binary columns (uploaded pictures) as hex. A file only appears once the dump is complete.
# Exit codes: 0 done, 2 bad settings, 3 no mariadb-dump/mysqldump, 4 the dump failed (nothing left behind).
set -euo pipefail
source "$(dirname "$0")/db-connection.sh"

[[ $# -eq 0 ]] || fail $EXIT_USAGE "takes no arguments; settings come from LANGSO_DB_* and LANGSO_BACKUP_DIR"
db_connection
dump=$(first_program mariadb-dump mysqldump)
directory=${LANGSO_BACKUP_DIR:-backups}
mkdir -p "$directory" || fail $EXIT_USAGE "cannot create $directory"
target="$directory/langso-$DB_NAME-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
partial="$target.partial"
trap 'rm -f "$DB_OPTIONS" "$partial"' EXIT

if ! "$dump" --defaults-extra-file="$DB_OPTIONS" --single-transaction --routines --triggers --events \
    --hex-blob --no-tablespaces --skip-lock-tables "$DB_NAME" | gzip -9 >"$partial"; then
  fail $EXIT_FAILED "$dump of $DB_NAME on $DB_HOST:$DB_PORT failed; no backup written"
fi
# mariadb-dump and mysqldump end a complete dump with this line; anything else is a cut-off dump.
if ! gzip -cd "$partial" | tail -n 1 | grep -q '^-- Dump completed'; then
  fail $EXIT_FAILED "the dump of $DB_NAME is incomplete; no backup written"
fi
mv "$partial" "$target"
echo "$target"
