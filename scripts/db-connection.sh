# Sourced by backup.sh and restore.sh: the database connection, from the same environment the app reads
# (LANGSO_DB_URL, LANGSO_DB_USER, LANGSO_DB_PASSWORD), written to a private options file so that the password
# never appears on a command line (where `ps` would show it).

# Exit codes shared by both scripts.
readonly EXIT_USAGE=2 EXIT_NO_CLIENT=3 EXIT_FAILED=4 EXIT_NOT_EMPTY=5

fail() {
  local code=$1
  shift
  printf '%s: %s\n' "$(basename "$0")" "$*" >&2
  exit "$code"
}

# jdbc:mysql://host[:port]/database[?options] (or jdbc:mariadb://...); LANGSO_DB_HOST, _PORT and _NAME override it.
db_connection() {
  local url=${LANGSO_DB_URL:-jdbc:mysql://127.0.0.1:3306/langso}
  local pattern='^jdbc:(mysql|mariadb)://([^:/?]+)(:([0-9]+))?/([^?]+)'
  [[ $url =~ $pattern ]] || fail $EXIT_USAGE "LANGSO_DB_URL is not jdbc:mysql://host:port/database: $url"
  DB_HOST=${LANGSO_DB_HOST:-${BASH_REMATCH[2]}}
  DB_PORT=${LANGSO_DB_PORT:-${BASH_REMATCH[4]:-3306}}
  DB_NAME=${LANGSO_DB_NAME:-${BASH_REMATCH[5]}}
  [[ $DB_NAME =~ ^[A-Za-z0-9_]+$ ]] || fail $EXIT_USAGE "unexpected database name: $DB_NAME"
  DB_OPTIONS=$(mktemp)
  trap 'rm -f "$DB_OPTIONS"' EXIT
  chmod 600 "$DB_OPTIONS"
  local password=${LANGSO_DB_PASSWORD:-}
  password=${password//\\/\\\\}
  password=${password//\"/\\\"}
  printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\ndefault-character-set=utf8mb4\n' \
    "$DB_HOST" "$DB_PORT" "${LANGSO_DB_USER:-langso}" "$password" >"$DB_OPTIONS"
}

# The first of the given programs that is installed (MariaDB's names first, then MySQL's).
first_program() {
  local program
  for program in "$@"; do
    if command -v "$program" >/dev/null 2>&1; then
      command -v "$program"
      return 0
    fi
  done
  fail $EXIT_NO_CLIENT "none of $* is installed (Debian/Ubuntu: apt-get install mariadb-client)"
}
