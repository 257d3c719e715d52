#!/usr/bin/env bash
# Every page answers fast (issue 23, item 1): the demo data scaled to a large division, then every GET
# page of each role's menu and every public page measured with wrk, 8 connections, a few seconds each:
# req/s, p50, p99, SQL statements per request, CPU per request, and the same-run static-file baseline.
#   bench/pages/run.sh                                            # 100,000 entities, 300 inspectors, 5 years, 1,000,000 audit entries
#   ENTITIES=2000 AUDIT=20000 SECONDS_=3 WARMUP=1 bench/pages/run.sh   # the smoke run (small scale)
#   FD_BENCH_DATA=/tmp/fd-pages bench/pages/run.sh                # keep the generated database there, reuse it next time
#   ONLY='^/report$' JFR=/tmp/report.jfr FD_BENCH_DATA=/tmp/fd-pages bench/pages/run.sh   # one page under JFR (README)
# Needs wrk (apt-get install -y wrk). README.md beside this script says how to read the table.
set -euo pipefail
ENTITIES=${ENTITIES:-100000}
INSPECTORS=${INSPECTORS:-300}
YEARS=${YEARS:-5}
AUDIT=${AUDIT:-1000000}
PER_DRAW=${PER_DRAW:-$(( ENTITIES * 3 / 100 ))}
DURATION=${SECONDS_:-5}
CONNECTIONS=${CONNECTIONS:-8}
UNIT=${UNIT:-D01}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/pages"
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk"; exit 1; }
JAR=${JAR:-$(ls "$ROOT"/target/fairdraw-*.jar 2>/dev/null | grep -v original | head -1 || true)}
if [[ -z "$JAR" || -n "${REBUILD:-}" ]]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests)
  JAR=$(ls "$ROOT"/target/fairdraw-*.jar | grep -v original | head -1)
fi
WORK=$(mktemp -d /tmp/fd-pages-XXXXXX)
DATA=${FD_BENCH_DATA:-$WORK}
mkdir -p "$DATA"
APP_PID=
stop_app() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=
}
trap stop_app EXIT
echo "work dir: $WORK, data in $DATA"
(cd "$WORK" && mkdir ex && cd ex && unzip -q "$JAR")
CP="$WORK/ex/BOOT-INF/classes:$WORK/ex/BOOT-INF/lib/*"
# One loader and one HTTP driver: the audit log's COPY filler of bench/transparency-log (the
# application's chain and tree code) and bench/load's HTTP helpers, compiled beside this bench's code.
mkdir "$WORK/bench" && javac -d "$WORK/bench" -cp "$CP" "$ROOT/src/test/java/io/fairdraw/audit/domain/AuditBulkLoad.java" \
  "$ROOT/bench/load/Load.java" "$HERE/PagesData.java" "$HERE/Walk.java"

PORT=$(( 20000 + RANDOM % 20000 ))
# As an operator runs it (java -Xmx512m -jar, embedded PostgreSQL), demo logins, templates cached as in prod;
# Tomcat's access log (unbuffered, the same cost on every page and on the baseline) counts the requests served.
start_app() {
  : > "$WORK/app-$1.log"
  FAIRDRAW_DATA_DIR="$DATA/pg" java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
    --fairdraw.demo.await-draws=true --spring.thymeleaf.cache=true \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK" \
    --server.tomcat.accesslog.prefix="access-$1" --server.tomcat.accesslog.suffix=.log \
    --server.tomcat.accesslog.rotate=false --server.tomcat.accesslog.buffered=false \
    --server.tomcat.accesslog.pattern='%r %s %D' > "$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    grep -q "Fairdraw is running" "$WORK/app-$1.log" && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$WORK/app-$1.log"; exit 1; }
    sleep 1
  done
  echo "app did not start"; exit 1
}

if [[ ! -f "$DATA/pg/PG_VERSION" ]]; then
  echo "== demo data: first start on a fresh data directory"
  start_app demo
  stop_app
fi
echo "== scaling $UNIT to $ENTITIES entities, $INSPECTORS inspectors, $YEARS years ($PER_DRAW selections per draw), $AUDIT audit entries (load $(cut -d' ' -f1-3 /proc/loadavg))"
START=$(date +%s)
java -Xmx2g -cp "$WORK/bench:$CP" PagesData "$DATA/pg" "$UNIT" "$ENTITIES" "$INSPECTORS" "$YEARS" "$AUDIT" \
  "$HERE/history.sql" "$PER_DRAW" 2>&1 | grep -v "INFO io.zonky"
echo "   loaded in $(( $(date +%s) - START )) s"

echo "== app on port $PORT (java -Xmx512m -jar $(basename "$JAR"), pg_stat_statements preloaded)"
start_app bench
PG_PORT=$(grep -o "Embedded PostgreSQL on port [0-9]*" "$WORK/app-bench.log" | grep -o "[0-9]*$")
BASE="http://localhost:$PORT"
echo "== audit log: $(curl -s -u auditor:Fairdraw@2026 "$BASE/api/v1/audit/verify")"
for _ in $(seq 1 20); do curl -s -o /dev/null "$BASE/public/catalog"; done

set +e
CLK_TCK=$(getconf CLK_TCK) java -cp "$WORK/bench:$CP" Walk "$BASE" "jdbc:postgresql://localhost:$PG_PORT/postgres" "$APP_PID" \
  "$DATA/pg" "$DURATION" "$CONNECTIONS" "$WORK/pages.md" "$WORK/access-bench.log"
RC=$?
set -e
echo "table: $WORK/pages.md"
if [[ -n "${HOLD:-}" ]]; then # look at the running app and its database before it stops
  echo "app: $BASE  database: psql -h localhost -p $PG_PORT -U postgres  (pg_stat_statements)"
  read -r -p "press Enter to stop the app " _
fi
ERRORS=$(grep -c " ERROR " "$WORK/app-bench.log" || true)
echo "app log: $ERRORS ERROR lines"
grep " ERROR " "$WORK/app-bench.log" | head -5 || true
exit $RC
