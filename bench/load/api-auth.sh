#!/usr/bin/env bash
# API authentication cost, A/B in the same run (issue 18 §5): the same API read
# (GET /api/v1/units/D01) with HTTP Basic (a bcrypt per request) and with an API token
# (Authorization: Bearer, a SHA-256 and one index lookup), alternating ROUNDS times for SECONDS_
# each with wrk (-t1 -c$CONNECTIONS), against the packaged app (java -Xmx512m -jar, fresh embedded
# PostgreSQL, demo data). Prints each round's p50/p99 and req/s and the median p50 per variant.
#   bench/load/api-auth.sh                        # 3 rounds of 10 s each, 2 connections
#   ROUNDS=5 SECONDS_=20 CONNECTIONS=4 bench/load/api-auth.sh
set -euo pipefail
ROUNDS=${ROUNDS:-3}
DURATION=${SECONDS_:-10}
CONNECTIONS=${CONNECTIONS:-2}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
JAR=$(ls "$ROOT"/target/fairdraw-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" ]]; then
  (cd "$ROOT" && ./mvnw -q -o package -DskipTests)
  JAR=$(ls "$ROOT"/target/fairdraw-*.jar | grep -v original | head -1)
fi
WORK=$(mktemp -d /tmp/fd-apiauth-XXXXXX)
APP_PID=
stop_app() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
}
trap stop_app EXIT
PORT=$(( 20000 + RANDOM % 20000 ))
FAIRDRAW_DATA_DIR="$WORK/pg" java -Xmx512m -jar "$JAR" --server.port="$PORT" > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
  grep -q "Fairdraw is running" "$WORK/app.log" && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done
BASE="http://localhost:$PORT"
URL="$BASE/api/v1/units/D01"
PASSWORD='Fairdraw@2026'
# an API token for liaison.d01, created on its profile page as a person would
JAR_C="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
T=$(curl -s -c "$JAR_C" -b "$JAR_C" "$BASE/login" | csrf)
curl -s -o /dev/null -c "$JAR_C" -b "$JAR_C" --data-urlencode "username=liaison.d01" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$T" "$BASE/login"
T=$(curl -s -c "$JAR_C" -b "$JAR_C" "$BASE/profile/tokens" | csrf)
TOKEN=$(curl -s -c "$JAR_C" -b "$JAR_C" --data-urlencode "name=bench" --data-urlencode "days=1" \
  --data-urlencode "_csrf=$T" "$BASE/profile/tokens" | grep -o 'fd_[A-Za-z0-9_-]\{43\}' | head -1)
[[ -n "$TOKEN" ]] || { echo "could not create a token"; exit 1; }
BASIC="Basic $(printf 'liaison.d01:%s' "$PASSWORD" | base64)"
for h in "Authorization: $BASIC" "Authorization: Bearer $TOKEN"; do   # check both answer 200, and warm up
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "$h" -H 'Accept: application/json' "$URL") == 200 ]] || { echo "not 200: ${h:0:22}"; exit 1; }
  wrk -t1 -c"$CONNECTIONS" -d5s -H "$h" -H 'Accept: application/json' "$URL" > /dev/null
done
declare -A P50S
for r in $(seq 1 "$ROUNDS"); do
  for v in basic token; do
    if [[ $v == basic ]]; then h="Authorization: $BASIC"; else h="Authorization: Bearer $TOKEN"; fi
    out=$(wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$h" -H 'Accept: application/json' "$URL")
    p50=$(echo "$out" | awk '$1=="50%"{print $2}')
    p99=$(echo "$out" | awk '$1=="99%"{print $2}')
    rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/{print $NF}')
    printf 'round %d %-5s p50 %-9s p99 %-9s req/s %-8s non-2xx %s (load %s)\n' "$r" "$v" "$p50" "$p99" "$rps" "${non2xx:-0}" "$(cut -d' ' -f1 /proc/loadavg)"
    P50S[$v]="${P50S[$v]:-} $p50"
  done
done
for v in basic token; do echo "$v p50 per round:${P50S[$v]}"; done
