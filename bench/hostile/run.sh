#!/usr/bin/env bash
# Hostile-file benchmark (issue 18): how long each refusal takes. Starts the app as an operator runs
# it (java -Xmx512m -jar, embedded PostgreSQL on a fresh data directory), uploads every hostile file
# of the test suite (src/test/java/io/fairdraw/support/HostileFiles.java) to the registry import and
# the inspector import as liaison.d01, each followed by a normal import by liaison.d02, and prints
# status, seconds and the answer of each; then the app's peak heap (GC log) and RSS.
#   bench/hostile/run.sh            FD_HOSTILE_FILES=dir reuses generated files (default target/hostile-files)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/bench/hostile"
JAR=$(ls "$ROOT"/target/fairdraw-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests)
  JAR=$(ls "$ROOT"/target/fairdraw-*.jar | grep -v original | head -1)
fi
FILES=${FD_HOSTILE_FILES:-$ROOT/target/hostile-files}
WORK=$(mktemp -d /tmp/fd-hostile-XXXXXX)
APP_PID=
stop_app() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=
}
trap stop_app EXIT
(cd "$WORK" && mkdir ex && cd ex && unzip -q "$JAR")
CP="$WORK/ex/BOOT-INF/classes:$WORK/ex/BOOT-INF/lib/*"
mkdir "$WORK/bench"
javac -encoding UTF-8 -d "$WORK/bench" -cp "$CP" "$HERE/Hostile.java" "$ROOT/src/test/java/io/fairdraw/support/HostileFiles.java"
BENCH=(java -cp "$WORK/bench:$CP" Hostile)
echo "== files in $FILES"
"${BENCH[@]}" generate "$FILES"
PORT=$(( 20000 + RANDOM % 20000 ))
echo "== app on port $PORT: java -Xmx512m -jar, fresh data directory $WORK/pg"
FAIRDRAW_DATA_DIR="$WORK/pg" java -Xmx512m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port="$PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  grep -q "Fairdraw is running" "$WORK/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
echo "== uploads ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
"${BENCH[@]}" run "$PORT" "$FILES"
echo "== app: peak heap before GC $(grep -o "[0-9]*M->[0-9]*M" "$WORK/gc.log" | cut -dM -f1 | sort -n | tail -1) MB of 512 MB," \
  "peak RSS $(( $(grep VmHWM /proc/"$APP_PID"/status | awk '{print $2}') / 1024 )) MB," \
  "OutOfMemoryError in its log: $(grep -c OutOfMemoryError "$WORK/app.log" || true)"
stop_app
