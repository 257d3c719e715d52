#!/usr/bin/env bash
# Registry import benchmark (issue 3, acceptance): imports N rows (default 1,000,000) from a
# generated .xlsx through POST /api/v1/registry/imports into the app running with -Xmx512m, then
# loads the same rows with a bare COPY into a same-shaped table with a primary key on the same
# PostgreSQL, and prints rows/s for both, the ratio and the app's peak heap.
#   bench/registry-import/run.sh [ROWS]
set -euo pipefail
ROWS=${1:-1000000}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/registry-import"
JAR=$(ls "$ROOT"/target/fairdraw-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests)
  JAR=$(ls "$ROOT"/target/fairdraw-*.jar | grep -v original | head -1)
fi
WORK=$(mktemp -d /tmp/fd-bench-XXXXXX)
APP_PID=
cleanup() { if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; }
trap cleanup EXIT
echo "work dir: $WORK"
(cd "$WORK" && mkdir ex && cd ex && unzip -q "$JAR")
CP="$WORK/ex/BOOT-INF/classes:$WORK/ex/BOOT-INF/lib/*"

echo "== generating $ROWS rows in $WORK"
java -Xmx4g -cp "$CP" "$HERE/Bench.java" generate "$ROWS" "$WORK/entities.xlsx" "$WORK/entities.tsv"

PORT=$(( 20000 + RANDOM % 20000 ))
echo "== starting the app on port $PORT with -Xmx512m"
FAIRDRAW_DATA_DIR="$WORK/pg" java -Xmx512m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port="$PORT" \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do
  grep -q "Fairdraw is running" "$WORK/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
PG_PORT=$(grep -o "Embedded PostgreSQL on port [0-9]*" "$WORK/app.log" | grep -o "[0-9]*$")

echo "== import through the API (liaison.d01)"
IMPORT=$(java -cp "$CP" "$HERE/Bench.java" import "http://localhost:$PORT" liaison.d01 "$WORK/entities.xlsx")
echo "$IMPORT"
echo "== same file again (re-import: nothing changes)"
REIMPORT=$(java -cp "$CP" "$HERE/Bench.java" import "http://localhost:$PORT" liaison.d01 "$WORK/entities.xlsx")
echo "$REIMPORT"
echo "== bare COPY baseline (same rows, same server, table with primary key)"
COPY=$(java -cp "$CP" "$HERE/Bench.java" copy "jdbc:postgresql://localhost:$PG_PORT/postgres" "$WORK/entities.tsv")
echo "$COPY"

HWM=$(grep VmHWM /proc/"$APP_PID"/status | awk '{print $2}')
PEAK_HEAP=$(grep -o "[0-9]*M->[0-9]*M" "$WORK/gc.log" | cut -dM -f1 | sort -n | tail -1)
IMPORT_S=$(echo "$IMPORT" | grep -o "import_seconds=[0-9.]*" | cut -d= -f2)
REIMPORT_S=$(echo "$REIMPORT" | grep -o "import_seconds=[0-9.]*" | cut -d= -f2)
COPY_S=$(echo "$COPY" | grep -o "copy_seconds=[0-9.]*" | cut -d= -f2)
echo
echo "== result ($ROWS rows, $(nproc) cores)"
awk -v n="$ROWS" -v i="$IMPORT_S" -v r="$REIMPORT_S" -v c="$COPY_S" -v h="$PEAK_HEAP" -v w="$HWM" 'BEGIN {
  printf "import (xlsx, HTTP, validate, upsert): %8.2f s %10.0f rows/s\n", i, n / i;
  printf "re-import (all unchanged):             %8.2f s %10.0f rows/s\n", r, n / r;
  printf "bare COPY baseline (PK):               %8.2f s %10.0f rows/s\n", c, n / c;
  printf "ratio import/COPY:                     %8.1f %%\n", 100 * c / i;
  printf "peak heap used (GC log, before GC):    %8d MB of 512 MB\n", h;
  printf "peak RSS of the app JVM (VmHWM):       %8.0f MB\n", w / 1024;
}'
