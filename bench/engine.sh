#!/usr/bin/env bash
# Conversation engine throughput on one thread (messages/s), with a same-run baseline.
# Usage: bench/engine.sh   (env: ROUNDS=5 ROUND_MS=2000 WARMUP_MS=5000 MENU=madatte-lengkap)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -g | awk '/Mem:/{print $2}') GB"
java -version 2>&1 | head -1
exec taskset -c 0 java -Xmx256m \
    -Drounds="${ROUNDS:-5}" -DroundMillis="${ROUND_MS:-2000}" -DwarmupMillis="${WARMUP_MS:-5000}" \
    -Dmenu="${MENU:-madatte-lengkap}" \
    -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" id.serambi.bench.EngineBench
