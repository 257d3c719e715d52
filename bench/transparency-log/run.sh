#!/usr/bin/env bash
# Transparency-log benchmark (README.md beside this script). Options are passed on:
#   --entries N (default 1000000)  --seconds S per append run (default 10)  --requests R (default 10000)
#   --only appends,verify,proofs (default: all three)
# BENCH_JAVA_OPTS is passed to the JVM, e.g. a profiler: -XX:StartFlightRecording=filename=/tmp/b.jfr
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -o test-compile
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Xmx3g ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    io.fairdraw.audit.domain.TransparencyLogBench "$@"
