#!/usr/bin/env bash
# The quiz submit path over HTTP: 64 learners at once, each starting an attempt, saving an answer
# and sending the attempt again and again through the quiz's own forms (three durable writes per
# attempt: SQLite in WAL mode with synchronous=FULL), against GET /health from the same clients in
# the same run. Rounds alternate the two; medians are reported. Afterwards the sent attempts are
# counted in the database: they must equal the sends the server acknowledged, with 0 errors.
#
# Usage: bench/submit.sh [--no-build]
#
# Knobs (environment variables, defaults in brackets):
#   CLIENTS   [64]   concurrent learners (one thread and one cookie jar each)
#   SECONDS_PER_RUN [15]  seconds per measured run
#   WARMUP    [15]   seconds of attempts before measuring (JIT warm-up)
#   ROUNDS    [3]    measured rounds; each runs attempts, then /health
#   QUIZ      [kuis-media-sosial]  a quiz with unlimited attempts and the question facebook-lama
#   JAVA_OPTS [-Xmx256m]  for the server
#   JAR       [target/serambi.jar]  built with Maven when missing
# Needs: java, maven, curl. Everything it starts is stopped on exit.
set -euo pipefail

BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done
CLIENTS=${CLIENTS:-64}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
WARMUP=${WARMUP:-15}
ROUNDS=${ROUNDS:-3}
QUIZ=${QUIZ:-kuis-media-sosial}
JAVA_OPTS=${JAVA_OPTS:--Xmx256m}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEFAULT_JAR=$REPO/target/serambi.jar
JAR=${JAR:-$DEFAULT_JAR}
die() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

cd "$REPO"
if [[ ! -f $JAR ]]; then
    (( BUILD )) || die "$JAR is missing and --no-build was given"
    timeout 900 mvn -B -q package -DskipTests
fi
if (( BUILD )) || [[ ! -f target/bench.classpath ]]; then
    mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/serambi-submit-bench.XXXXXX")
JAVA_PID=""
cleanup() {
    local code=$?
    trap - EXIT INT TERM
    if [[ -n $JAVA_PID ]] && kill -0 "$JAVA_PID" 2>/dev/null; then
        kill "$JAVA_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$JAVA_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$JAVA_PID" 2>/dev/null || true
    fi
    wait 2>/dev/null || true
    rm -rf "$TMP"
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
PORT=""
for _ in $(seq 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    port_in_use "$p" || { PORT=$p; break; }
done
[[ -n $PORT ]] || die "no free port found"
BASE="http://127.0.0.1:$PORT"

echo "== Machine"
echo "cpus (nproc): $(nproc); $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (before the run)"
echo "java: $(java -version 2>&1 | head -n 1)"
mkdir -p "$TMP/data"
cp "$JAR" "$TMP/serambi.jar"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$TMP/serambi.jar" --port "$PORT" --data "$TMP/data" > "$TMP/serambi.log" 2>&1 &
JAVA_PID=$!
for _ in $(seq 120); do
    curl -fsS --max-time 2 -o /dev/null "$BASE/health" 2>/dev/null && break
    kill -0 "$JAVA_PID" 2>/dev/null || { cat "$TMP/serambi.log" >&2; die "Serambi exited during start-up"; }
    sleep 0.5
done
curl -fsS --max-time 2 -o /dev/null "$BASE/health" || die "no /health within 60 s"

echo "== Submit path"
java -Xmx512m -Durl="$BASE" -Ddb="$TMP/data/serambi.db" -Dclients="$CLIENTS" -Dseconds="$SECONDS_PER_RUN" \
    -Dwarmup="$WARMUP" -Drounds="$ROUNDS" -Dquiz="$QUIZ" \
    -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" id.serambi.bench.SubmitBench \
    || { grep -m 5 -A 3 -E 'ERROR|Exception' "$TMP/serambi.log" >&2 || true; die "the submit benchmark failed"; }
