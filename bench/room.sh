#!/usr/bin/env bash
# A workshop room of 1,000 participants over loopback HTTP: an admin (created with create-admin)
# opens a workshop; every participant joins by its code from their own cookie jar and keeps the
# room's live stream (server-sent events) open; the trainer opens the pre-test for the room; every
# participant answers one question and sends it. The projector's live stream is watched throughout.
# Reports join and answer success with latency p50/p95/p99, how fast the phones followed the
# trainer, and the projector's lag behind the answers; then checks that the database holds every
# acknowledged join and answer.
#
# Usage: bench/room.sh [--no-build]
#
# Knobs (environment variables, defaults in brackets):
#   PARTICIPANTS [1000]  phones in the room (the most a workshop seats)
#   CONCURRENCY  [64]    requests in flight at once while joining and answering
#   JAVA_OPTS    [-Xmx256m]  for the server
#   JAR          [target/serambi.jar]  built with Maven when missing
# Needs: java, maven, curl. Everything it starts is stopped on exit.
set -euo pipefail
USAGE_LINES=19
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_args "$@"
PARTICIPANTS=${PARTICIPANTS:-1000}
CONCURRENCY=${CONCURRENCY:-64}

bench_build
bench_tmp room
bench_machine
mkdir -p "$TMP/data"
cp "$JAR" "$TMP/serambi.jar"
PASSWORD="sandi-bench-$RANDOM$RANDOM"
printf '%s\n' "$PASSWORD" | java -jar "$TMP/serambi.jar" create-admin bench --data "$TMP/data" > "$TMP/admin.log" 2>&1 \
    || { cat "$TMP/admin.log" >&2; die "create-admin failed"; }
bench_server

say "== Room"
java -Xmx512m -Durl="$BASE" -Ddb="$DATA/serambi.db" -Dparticipants="$PARTICIPANTS" -Dconcurrency="$CONCURRENCY" \
    -Duser=bench -Dpassword="$PASSWORD" \
    -cp "$BENCH_CP" id.serambi.bench.RoomBench || { server_errors; die "the room benchmark failed"; }
say "server ($(jvm_setting)): resident set $(rss_mb "$JAVA_PID") MB after the run"
