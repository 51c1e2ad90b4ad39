#!/usr/bin/env bash
# Dashboard render time with 10,000 responses: writes 10,000 evaluation-questionnaire responses and
# 10,000 module-quiz attempts into a fresh SQLite database, starts Serambi on it in the same JVM, and
# times GET of each dashboard (read from the database and aggregated on every request) against the
# quiz list page, which reads no responses. Prints the median and maximum of each, and the ratios.
#
# Usage: bench/dashboard.sh
# Knobs: RESPONSES [10000], SAMPLES [20] requests per page after 3 warm-up requests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -1
exec java -Xmx512m -Dresponses="${RESPONSES:-10000}" -Dsamples="${SAMPLES:-20}" \
    -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" id.serambi.bench.DashboardBench
