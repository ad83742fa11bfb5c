#!/usr/bin/env bash
# The whole performance suite in one command (not part of `./mvnw verify`; LoadSmokeIT is its 30-second version):
#   scripts/perf.sh
# 1. builds the app jar and the test classes;
# 2. makes sure MariaDB holds the generated province in database langso_bench (DashboardBenchmark makes it on
#    first use, about 15 minutes, and writes its own figures), then readies the load test's accounts in it;
# 3. for each of PERF_USERS (500 1000 2000) concurrent people: starts the app on that database (production profile,
#    MariaDB dialect, no demo data), runs the Gatling load (vn.langso.load.LangSoLoad: 70 % learners, 25 % team
#    members, 5 % leaders; PERF_RAMP s to reach them, PERF_STEADY s held) and stops the app again;
#    each writes target/perf/load-<users>.json (p50/p95/p99/max, count, errors per request kind) and Gatling's
#    HTML report under target/perf/gatling/;
# 4. runs the memory and page-weight benchmarks when they exist (target/perf/memory.json, page-weight.json);
# 5. combines every target/perf/*.json into target/perf/results.json and target/perf/results.md.
# Settings (environment): PERF_USERS="500 1000 2000" PERF_RAMP=90 PERF_STEADY=150 PERF_PORT=18480
# PERF_APP_HEAP=3g PERF_LOAD_HEAP=3g PERF_SKIP_BUILD=1 PERF_SKIP_OTHERS=1 (load only), PERF_APP_JVM (extra JVM
# options for the app, e.g. -XX:StartFlightRecording=filename=target/perf/app.jfr to profile it), and the app's own
# LANGSO_DB_URL / LANGSO_DB_USER / LANGSO_DB_PASSWORD (default: root on 127.0.0.1:3306, database langso_bench).
# The load signs every person in with the demo password: it sets that password on the accounts it uses and adds
# one leader account per commune (loadlead<id>), in langso_bench only. Needs: a JDK 21+, MariaDB or MySQL, and
# the mariadb (or mysql) client.
set -euo pipefail
cd "$(dirname "$0")/.."

export LANGSO_DB_URL=${LANGSO_DB_URL:-jdbc:mysql://127.0.0.1:3306/langso_bench}
export LANGSO_DB_USER=${LANGSO_DB_USER:-root}
export LANGSO_DB_PASSWORD=${LANGSO_DB_PASSWORD:-}
users_list=${PERF_USERS:-500 1000 2000}
ramp=${PERF_RAMP:-90}
steady=${PERF_STEADY:-150}
port=${PERF_PORT:-18480}
app_heap=${PERF_APP_HEAP:-3g}
load_heap=${PERF_LOAD_HEAP:-3g}
out=target/perf
source scripts/db-connection.sh
db_connection
client=$(first_program mariadb mysql)
sql() { "$client" --defaults-extra-file="$DB_OPTIONS" -N -B "$DB_NAME" -e "$1"; }
log() { printf '\n== %s  (%s, load average %s)\n' "$*" "$(date -u +%H:%M:%S)" "$(cut -d' ' -f1-3 /proc/loadavg)"; }

# The JDK that ./mvnw picks (21+), for the app and for Gatling.
source .mvn/select-jdk.sh
java=$JAVA_HOME/bin/java
mkdir -p "$out"

if [[ -z ${PERF_SKIP_BUILD:-} ]]; then
  log "Building the app jar and the test classes"
  ./mvnw -B -q -DskipTests package
fi
jar=$(ls target/langso-*.jar | grep -v original | head -n 1)
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/test-classpath.txt" >/dev/null
classpath="target/test-classes:target/classes:$(cat "$out/test-classpath.txt")"

# The province: complete when its 5 million completions are there and the dashboards' summary counts them all
# (the load adds a few completions, so "at least").
complete() {
  sql "select (select count(*) from lesson_completion) >= 5000000 and (select count(*) from lesson_completion) =
       (select coalesce(sum(done_smartphone_basics + done_safe_internet + done_e_payment + done_public_services
        + done_online_shopping), 0)
        from place_month_figures)" 2>/dev/null | grep -qx 1
}
if [[ $DB_NAME == langso_bench ]] && ! complete; then
  log "Generating the province in langso_bench (DashboardBenchmark, about 15 minutes)"
  ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DashboardBenchmark
  complete || { echo "perf.sh: langso_bench is still incomplete" >&2; exit 1; }
fi
[[ -f target/benchmarks/dashboard.json ]] && cp target/benchmarks/dashboard.json "$out/dashboard.json"

log "Readying the load test's accounts in $DB_NAME"
most=0
for users in $users_list; do (( users > most )) && most=$users; done
learners=$(( most * 70 / 100 + 1 )) members=$(( most * 25 / 100 + 1 ))
ready="must_change_password = 0, failed_attempts = 0, locked_until = null, locks_in_a_row = 0, enabled = 1"
sql "set @hash = (select password_hash from user_account where username = 'nguoidan');
  update user_account set password_hash = @hash, $ready where id in (select id from (select id from user_account
    where role = 'LEARNER' order by id limit $learners) chosen);
  update user_account set password_hash = @hash, $ready where id in (select id from (select a.id from user_account a
    join place p on p.id = a.place_id join place_type t on t.code = p.type_code
    where a.role = 'TEAM_MEMBER' and t.level = 'VILLAGE' and a.person_id is not null order by a.id limit $members) chosen);
  insert ignore into user_account (username, password_hash, full_name, role, place_id, enabled, failed_attempts,
    created_at, version, must_change_password, locks_in_a_row)
  select concat('loadlead', p.id), @hash, concat('Lãnh đạo ', p.name), 'COMMUNE_LEADER', p.id, 1, 0, now(), 0, 0, 0
    from place p join place_type t on t.code = p.type_code where t.level = 'COMMUNE' and p.active;
  update user_account set $ready where username like 'loadlead%';"
sql "select concat('LEARNER,', username, ',langso2026') from user_account where role = 'LEARNER' order by id limit $learners;
  select concat('TEAM_MEMBER,', a.username, ',langso2026') from user_account a join place p on p.id = a.place_id
    join place_type t on t.code = p.type_code where a.role = 'TEAM_MEMBER' and t.level = 'VILLAGE'
    and a.person_id is not null order by a.id limit $members;
  select concat('COMMUNE_LEADER,', username, ',langso2026') from user_account where username like 'loadlead%' order by id;" \
  >"$out/accounts.csv"
echo "$(grep -c . "$out/accounts.csv") accounts in $out/accounts.csv"

app_pid=
stop_app() {
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  app_pid=
}
trap 'stop_app; rm -f "$DB_OPTIONS"' EXIT

start_app() {
  # Production profile on MariaDB; Tomcat and Hikari at Spring Boot's defaults unless PERF_APP_ARGS says otherwise.
  LANGSO_DEMO=false PORT=$port "$java" -Xmx"$app_heap" ${PERF_APP_JVM:-} -jar "$jar" --spring.profiles.active=mysql \
    ${PERF_APP_ARGS:-} >"$out/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 300); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/login" 2>/dev/null; then return 0; fi
    kill -0 "$app_pid" 2>/dev/null || { echo "perf.sh: the app stopped, see $out/app-$1.log" >&2; exit 1; }
    sleep 1
  done
  echo "perf.sh: the app did not answer on port $port within 300 s" >&2
  exit 1
}

status=0
for users in $users_list; do
  log "Load: $users people at once (ramp ${ramp} s, steady ${steady} s)"
  start_app "$users"
  "$java" -Xmx"$load_heap" --add-opens java.base/java.lang=ALL-UNNAMED --enable-native-access=ALL-UNNAMED \
    -cp "$classpath" -Dlangso.load.url="http://127.0.0.1:$port" -Dlangso.load.users="$users" \
    -Dlangso.load.ramp="$ramp" -Dlangso.load.steady="$steady" -Dlangso.load.accounts="$out/accounts.csv" \
    -Dlangso.load.results="$out/gatling" -Dlangso.load.output="$out/load-$users.json" -Dlangso.load.app-pid="$app_pid" \
    vn.langso.load.LoadRun 2>&1 | grep -v -e '^WARNING' | tee "$out/load-$users.log" | grep -E '^(LOAD|>|----|=)' || status=1
  stop_app
done

if [[ -z ${PERF_SKIP_OTHERS:-} ]]; then
  for benchmark in SessionMemoryBenchmark PageWeightBenchmark; do
    if [[ -n $(find src/test/java -name "$benchmark.java") ]]; then
      log "Benchmark $benchmark"
      ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test="$benchmark" || status=1
    else
      echo "perf.sh: no $benchmark in this tree, skipped"
    fi
  done
fi

log "Combining target/perf/*.json into results.json and results.md"
"$java" -cp "$classpath" vn.langso.load.PerfSummary "$out"
cat "$out/results.md"
exit $status
