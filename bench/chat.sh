#!/usr/bin/env bash
# Chat posts over HTTP: how many WhatsApp simulator messages per second Serambi takes as plain form
# posts (each one runs the conversation engine and writes the chat and its new messages to SQLite),
# against GET /health on the same server in the same run (the cost of HTTP, cookies-free routing and
# one trivial database check), alternating the two, summarised as medians.
#
# Usage: bench/chat.sh [--no-build]
#
# Knobs (environment variables, defaults in brackets):
#   CONNECTIONS   [16]   wrk connections
#   THREADS       [2]    wrk threads
#   VISITORS      [32]   visitors made with curl first (own cookies and form token each); wrk's
#                        threads share them out and send to them in turn. Keep VISITORS >= CONNECTIONS
#                        so that requests in flight rarely share a chat.
#   RESTART_EVERY [100]  messages per visitor before its next request is "Mulai ulang" (POST .../ulang),
#                        and the first request of each visitor in every wrk run is one too:
#                        the simulator refuses messages (422) once a chat holds 500, and each message
#                        adds 2 (the citizen's and the answer). The restarts are part of the measured
#                        requests: 1 in RESTART_EVERY + 1.
#   MENU          [madatte]
#   DURATION      [20]   seconds per measured wrk run
#   WARMUP        [30]   seconds of chat posts before measuring (JIT warm-up), then 5 s of /health
#   ROUNDS        [3]    measured rounds; each runs chat posts, then /health
#   JAVA_OPTS     [unset: ./serambi]  set: plain java with these options, e.g. -Xmx256m
#   JAR           [target/serambi.jar]  the jar to run; built with Maven when it is the default and missing
#   RESULTS_DIR   [unset] if set, the raw wrk outputs are copied there
#
# A 303 (back to the chat) is the success answer of a post. Any other answer than 2xx/3xx fails the
# run: wrk's "Non-2xx or 3xx responses" line, or a socket error, stops it with the output.
# Needs: java (and maven to build), curl, wrk. Everything it starts is stopped on exit.
set -euo pipefail
USAGE_LINES=30
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_args "$@"

CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
VISITORS=${VISITORS:-32}
RESTART_EVERY=${RESTART_EVERY:-100}
MENU=${MENU:-madatte}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
ROUNDS=${ROUNDS:-3}
RESULTS_DIR=${RESULTS_DIR:-}

for knob in CONNECTIONS THREADS VISITORS RESTART_EVERY DURATION WARMUP ROUNDS; do
    if ! [[ ${!knob} =~ ^[0-9]+$ ]]; then
        echo "$knob must be a whole number, got '${!knob}'" >&2
        exit 2
    fi
done
if (( ROUNDS < 1 || DURATION < 1 || THREADS < 1 || CONNECTIONS < THREADS || VISITORS < THREADS )); then
    echo "need ROUNDS, DURATION, THREADS >= 1, CONNECTIONS >= THREADS and VISITORS >= THREADS" >&2
    exit 2
fi
if (( RESTART_EVERY < 1 || RESTART_EVERY > 240 )); then
    echo "RESTART_EVERY must be 1 to 240: a chat holds at most 500 messages, 2 per post plus a greeting and an away message" >&2
    exit 2
fi
[[ $MENU =~ ^[a-z0-9-]+$ ]] || { echo "MENU must be a menu id, got '$MENU'" >&2; exit 2; }

LUA=$REPO/bench/chat-post.lua
for tool in java curl wrk; do
    command -v "$tool" >/dev/null 2>&1 || die "$tool is not installed"
done
[[ -f $LUA ]] || die "$LUA is missing"
bench_jar
bench_tmp chat

rps_of() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
p99_of() {
    awk '$1 == "99%" {
        v = $2; n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "ms") n *= 1; else if (u == "s") n *= 1000;
        else if (u == "m") n *= 60000; else { print "?"; exit }
        printf "%.2f", n; exit }' "$1"
}

# How many bubbles each visitor's chat shows now, to tell a full chat (500, answered 422) from others.
chat_sizes() {
    local learner csrf sizes=()
    while read -r learner csrf; do
        sizes+=("$(curl -sS --max-time 30 -H "Cookie: serambi_pelajar=$learner; serambi_csrf=$csrf" \
            "$BASE/simulator/$MENU" | grep -c 'class="wa-bubble"' || true)")
    done < "$TMP/visitors.txt"
    say "messages in each visitor's chat now: ${sizes[*]}"
}

# wrk_run NAME SECONDS OUTFILE [wrk args...]: fails the run on any non-2xx/3xx answer or socket error.
wrk_run() {
    local name=$1 seconds=$2 out=$3; shift 3
    timeout $(( seconds + 60 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency "$@" \
        > "$out" 2>&1 || die "wrk ($name) failed: $(cat "$out")"
    if grep -q 'Non-2xx or 3xx responses' "$out"; then
        cat "$out" >&2
        grep -m 5 -A 2 -E 'ERROR|Exception' "$TMP/serambi.log" >&2 || true
        chat_sizes >&2
        die "$name: the server answered with non-2xx/3xx responses (see above; 422 is a refused or full chat)"
    fi
    if grep -q 'Socket errors' "$out"; then
        cat "$out" >&2
        die "$name: socket errors (see above)"
    fi
    grep -q '^Requests/sec:' "$out" || die "$name: no figures in wrk's output: $(cat "$out")"
}

bench_machine
say "wrk: $(wrk -v 2>&1 | head -n 1 | awk '{ print $1, $2 }')"
say "jar: $JAR (built $(date -r "$JAR" '+%Y-%m-%d %H:%M'))"
bench_server

# --- visitors: each gets its cookies from the chat page, as a browser would --------------------
: > "$TMP/visitors.txt"
for (( i = 1; i <= VISITORS; i++ )); do
    jar="$TMP/cookies-$i.txt"
    status=$(curl -sS --max-time 10 -c "$jar" -o /dev/null -w '%{http_code}' "$BASE/simulator/$MENU")
    [[ $status == 200 ]] || die "GET /simulator/$MENU answered $status"
    # HttpOnly cookies are written as "#HttpOnly_<host>" lines: match by name, not by comment
    learner=$(awk -F'\t' '$6 == "serambi_pelajar" { print $7 }' "$jar")
    csrf=$(awk -F'\t' '$6 == "serambi_csrf" { print $7 }' "$jar")
    [[ -n $learner && -n $csrf ]] || die "visitor $i got no learner or form-token cookie"
    printf '%s %s\n' "$learner" "$csrf" >> "$TMP/visitors.txt"
done
# one post by hand: a 303 back to the chat, and the message shows on the chat page
read -r learner csrf < "$TMP/visitors.txt"
location=$(curl -sS --max-time 10 -o /dev/null -w '%{http_code} %{redirect_url}' \
    -H "Cookie: serambi_pelajar=$learner; serambi_csrf=$csrf" \
    --data "_csrf=$csrf&text=Menu" "$BASE/simulator/$MENU/kirim")
[[ $location == "303 $BASE/simulator/$MENU#akhir" ]] || die "a chat post answered '$location', not a 303 to the chat"
curl -sS --max-time 10 -H "Cookie: serambi_pelajar=$learner; serambi_csrf=$csrf" "$BASE/simulator/$MENU" \
    | grep -q 'wa-bubble' || die "the posted message does not show on the chat page"
curl -sS --max-time 10 -o /dev/null -H "Cookie: serambi_pelajar=$learner; serambi_csrf=$csrf" \
    --data "_csrf=$csrf" "$BASE/simulator/$MENU/ulang"

CHAT_ARGS=(-s "$LUA" "$BASE/simulator/$MENU/kirim" -- "$TMP/visitors.txt" "$MENU" "$THREADS" "$RESTART_EVERY")
HEALTH_ARGS=("$BASE/health")

say "== Settings"
say "chat posts: POST /simulator/$MENU/kirim as $VISITORS visitors (texts Menu, 1, 0, 2, 0, 3, 0 in turn);"
say "            after every $RESTART_EVERY messages a visitor's next request is POST /simulator/$MENU/ulang (Mulai ulang)"
say "baseline:   GET /health (one trivial database check), same wrk settings"
say "wrk:        -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency; warm-up ${WARMUP}s of chat posts, 5 s of /health;"
say "            $ROUNDS rounds of chat posts then /health. Serambi: $(jvm_setting), SQLite in a temp dir,"
say "            on the same $(nproc) cores as wrk."

say "== Warm-up"
if (( WARMUP > 0 )); then
    wrk_run "chat posts (warm-up)" "$WARMUP" "$TMP/warmup-chat.txt" "${CHAT_ARGS[@]}"
    say "chat posts warm-up: $(rps_of "$TMP/warmup-chat.txt") req/s"
fi
wrk_run "health (warm-up)" 5 "$TMP/warmup-health.txt" "${HEALTH_ARGS[@]}"
say "health warm-up:     $(rps_of "$TMP/warmup-health.txt") req/s"

say "== Rounds"
printf '%-7s %14s %14s %14s %14s %8s\n' round "chat req/s" "chat p99" "health req/s" "health p99" ratio
C_RPS=() C_P99=() H_RPS=() H_P99=() RATIOS=()
for (( r = 1; r <= ROUNDS; r++ )); do
    wrk_run "chat posts" "$DURATION" "$TMP/round$r-chat.txt" "${CHAT_ARGS[@]}"
    wrk_run "health" "$DURATION" "$TMP/round$r-health.txt" "${HEALTH_ARGS[@]}"
    c=$(rps_of "$TMP/round$r-chat.txt"); cp=$(p99_of "$TMP/round$r-chat.txt")
    h=$(rps_of "$TMP/round$r-health.txt"); hp=$(p99_of "$TMP/round$r-health.txt")
    [[ -n $c && -n $h && $cp != "?" && $hp != "?" ]] || die "could not read wrk's output in round $r"
    ratio=$(awk -v c="$c" -v h="$h" 'BEGIN { printf "%.3f", c / h }')
    C_RPS+=("$c"); C_P99+=("$cp"); H_RPS+=("$h"); H_P99+=("$hp"); RATIOS+=("$ratio")
    printf '%-7s %14s %11s ms %14s %11s ms %8s\n' "$r" "$c" "$cp" "$h" "$hp" "$ratio"
done
printf '%-7s %14s %11s ms %14s %11s ms %8s\n' median "$(median %.0f "${C_RPS[@]}")" "$(median %.2f "${C_P99[@]}")" \
    "$(median %.0f "${H_RPS[@]}")" "$(median %.2f "${H_P99[@]}")" "$(median %.3f "${RATIOS[@]}")"
say "(ratio = chat posts/s divided by /health requests/s within a round; every answer was 2xx/3xx)"

if [[ -n $RESULTS_DIR ]]; then
    mkdir -p "$RESULTS_DIR"
    cp "$TMP"/round*-*.txt "$TMP"/warmup-*.txt "$RESULTS_DIR"/ 2>/dev/null || true
    say "raw wrk outputs copied to $RESULTS_DIR"
fi
