#!/usr/bin/env bash
# Draw benchmark (issue 5 item 6): FD-DRAW-1 announce and execute on a generated frame of N
# entities (default 1,000,000; 4 classes 10/40/40/10 %, ratio 3 %) and 300 inspectors, against the
# naive ORDER BY random() draw of the same run, plus Verify.java on the produced record.
#   bench/draw/run.sh [ENTITIES] [ROUNDS]        e.g. FD_BENCH_HEAP=4g bench/draw/run.sh 10000000
# ROUNDS defaults to 3 (medians are printed). FD_BENCH_HEAP sets the benchmark JVM's -Xmx (default
# 2g, enough for 1,000,000 entities; use 4g for 10,000,000). FD_BENCH_VERIFY=0 skips Verify.java
# (only to iterate on the server side; never for reported figures).
# FD_BENCH_KEEP=DIR keeps each round's record.json, frame.csv, roster.csv, conflicts.csv and orgs.csv in DIR.
set -euo pipefail
ENTITIES=${1:-1000000}
ROUNDS=${2:-3}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
JAR=$(ls "$ROOT"/target/fairdraw-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" || -n "$(find "$ROOT/src/main" -newer "$JAR" -print -quit)" ]]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests)
  JAR=$(ls "$ROOT"/target/fairdraw-*.jar | grep -v original | head -1)
fi
WORK=$(mktemp -d /tmp/fd-draw-bench-XXXXXX)
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && unzip -q "$JAR")
CP="$WORK/BOOT-INF/classes:$WORK/BOOT-INF/lib/*"
cd "$ROOT"   # Verify.java is run as verifier/Verify.java, as a citizen would
# -XX:MaxHeapFreeRatio=100: Bench.java runs System.gc() before each phase to measure that phase's
# peak heap, and G1 would then hand the freed heap back to the OS; the next phase would touch it
# again, a page fault per page (figures in README.md).
# A running server does not collect fully between requests and keeps its heap, as this flag makes
# the benchmark do.
java -Xmx"${FD_BENCH_HEAP:-2g}" -XX:MaxHeapFreeRatio=100 -cp "$CP" bench/draw/Bench.java "$ENTITIES" "$ROUNDS"
