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
#   QUIZ      [kuis-media-sosial]  a quiz with unlimited attempts and a single-choice question
#   MODE      [attempts]  attempts: start, save, send again and again (three durable writes each);
#                          saves: each client saves answers to its own draft (one durable write each)
#   JAVA_OPTS [-Xmx256m]  for the server
#   JAR       [target/serambi.jar]  built with Maven when missing
# Needs: java, maven, curl. Everything it starts is stopped on exit.
set -euo pipefail
USAGE_LINES=22
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_args "$@"
CLIENTS=${CLIENTS:-64}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
WARMUP=${WARMUP:-15}
ROUNDS=${ROUNDS:-3}
QUIZ=${QUIZ:-kuis-media-sosial}
MODE=${MODE:-attempts}

bench_build
bench_tmp submit
bench_machine
bench_server

echo "== Submit path"
java -Xmx512m -Durl="$BASE" -Ddb="$DATA/serambi.db" -Dclients="$CLIENTS" -Dseconds="$SECONDS_PER_RUN" \
    -Dwarmup="$WARMUP" -Drounds="$ROUNDS" -Dquiz="$QUIZ" -Dmode="$MODE" \
    -cp "$BENCH_CP" id.serambi.bench.SubmitBench || { server_errors; die "the submit benchmark failed"; }
say "server ($(jvm_setting)): resident set $(rss_mb "$JAVA_PID") MB after the run"
