#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database (created if missing):
#   LANGSO_DB_URL=jdbc:mysql://db-host:3306/langso_restored LANGSO_DB_USER=root LANGSO_DB_PASSWORD=... \
#     scripts/restore.sh backups/langso-langso-20260101T020000Z.sql.gz
# It refuses a database that already has tables, so a restore never mixes with or overwrites live data: restore
# next to the live database, check it, then point the app (LANGSO_DB_URL) at it.
# Exit codes: 0 done, 2 bad settings or file, 3 no mariadb/mysql client, 4 the restore failed, 5 target not empty.
set -euo pipefail
source "$(dirname "$0")/db-connection.sh"

[[ $# -eq 1 ]] || fail $EXIT_USAGE "usage: $(basename "$0") BACKUP.sql.gz (target database from LANGSO_DB_*)"
backup=$1
[[ -r $backup ]] || fail $EXIT_USAGE "cannot read $backup"
gzip -t "$backup" 2>/dev/null || fail $EXIT_USAGE "$backup is not a complete gzip file"
db_connection
client=$(first_program mariadb mysql)
sql() { "$client" --defaults-extra-file="$DB_OPTIONS" --batch --skip-column-names "$@"; }

sql -e "create database if not exists \`$DB_NAME\` character set utf8mb4 collate utf8mb4_unicode_ci" \
  || fail $EXIT_FAILED "cannot reach or create $DB_NAME on $DB_HOST:$DB_PORT"
tables=$(sql -e "select count(*) from information_schema.tables where table_schema = '$DB_NAME'") \
  || fail $EXIT_FAILED "cannot read $DB_NAME on $DB_HOST:$DB_PORT"
[[ $tables -eq 0 ]] || fail $EXIT_NOT_EMPTY "$DB_NAME already has $tables tables; restore into an empty database"
gzip -cd "$backup" | sql "$DB_NAME" || fail $EXIT_FAILED "restoring $backup into $DB_NAME failed"
echo "restored $backup into $DB_NAME on $DB_HOST:$DB_PORT"
