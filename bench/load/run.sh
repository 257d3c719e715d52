#!/usr/bin/env bash
# Mixed-workload load test (issue 8, item 5): starts the app as an operator runs it (java -Xmx512m
# -jar, embedded PostgreSQL on a fresh data directory), then on loopback
#   1. baseline: wrk on GET /public/catalog alone for BASELINE seconds (if wrk is installed);
#   2. the mixed workload for SECONDS (default 60) with USERS (default 8) virtual users of
#      Load.java: portal reads, form logins (CSRF) + dashboard, registry imports of 20 rows through
#      the API, API reads of entities imported earlier, and one draw (pages + API) mid-run;
#   3. checks that every acknowledged write is in the database and the audit log verifies.
# Prints throughput, p50/p99/max and errors per kind, and the load average. Exits 1 on any 5xx,
# unexpected status, client error or lost write.
#   bench/load/run.sh                     # 60 s, 8 users
#   SECONDS_=30 USERS=4 bench/load/run.sh  # shorter
#   AUTH=basic bench/load/run.sh           # API calls with HTTP Basic (the baseline before API tokens)
# The API is called with API tokens by default (AUTH=token, issue 18 §5).
set -euo pipefail
DURATION=${SECONDS_:-60}
USERS=${USERS:-8}
BASELINE=${BASELINE:-10}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/load"
JAR=$(ls "$ROOT"/target/fairdraw-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests)
  JAR=$(ls "$ROOT"/target/fairdraw-*.jar | grep -v original | head -1)
fi
WORK=$(mktemp -d /tmp/fd-load-XXXXXX)
APP_PID=
stop_app() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=
}
trap stop_app EXIT
echo "work dir: $WORK"
(cd "$WORK" && mkdir ex && cd ex && unzip -q "$JAR")
CP="$WORK/ex/BOOT-INF/classes:$WORK/ex/BOOT-INF/lib/*"
mkdir "$WORK/load" && javac -d "$WORK/load" -cp "$CP" "$HERE/Load.java"

PORT=$(( 20000 + RANDOM % 20000 ))
echo "== app on port $PORT (java -Xmx512m -jar, fresh embedded PostgreSQL)"
FAIRDRAW_DATA_DIR="$WORK/pg" java -Xmx512m -jar "$JAR" --server.port="$PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
  grep -q "Fairdraw is running" "$WORK/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
grep -q "Fairdraw is running" "$WORK/app.log" || { echo "app did not start"; exit 1; }
DB="jdbc:postgresql://localhost:$(grep -o "Embedded PostgreSQL on port [0-9]*" "$WORK/app.log" | grep -o "[0-9]*$")/postgres"
BASE="http://localhost:$PORT"
# warm-up: the first requests compile templates and JIT the hot paths
for _ in $(seq 1 20); do curl -s -o /dev/null "$BASE/public/catalog"; curl -s -o /dev/null "$BASE/public/draws"; done

if command -v wrk >/dev/null; then
  echo "== baseline: wrk -t2 -c$USERS -d${BASELINE}s --latency $BASE/public/catalog (load $(cut -d' ' -f1-3 /proc/loadavg))"
  wrk -t2 -c"$USERS" -d"${BASELINE}s" --latency "$BASE/public/catalog" | grep -E "Latency|Requests/sec|99%|50%|Non-2xx|Socket errors" || true
else
  echo "== baseline skipped: wrk not installed (apt-get install -y wrk)"
fi

echo "== mixed workload: $USERS users, ${DURATION}s (load before: $(cut -d' ' -f1-3 /proc/loadavg))"
set +e
AUTH=${AUTH:-token} java -cp "$WORK/load:$CP" Load "$BASE" "$DB" "$DURATION" "$USERS"
RC=$?
set -e
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
ERRORS=$(grep -c " ERROR " "$WORK/app.log" || true)
echo "app log: $ERRORS ERROR lines"
grep " ERROR " "$WORK/app.log" | head -5 || true
exit $RC
