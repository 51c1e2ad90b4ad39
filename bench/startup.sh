#!/usr/bin/env bash
# Start-up and warm-up: how soon Serambi answers after `java` starts, what that costs, and how soon
# it serves lesson pages at full speed; the launcher (./serambi: serambi.jvm and the class-data
# archive) against the old setting (plain java $BASELINE_OPTS -jar), alternating, in the same run.
#
# Usage: bench/startup.sh [--no-build]
#
# Knobs (environment variables, defaults in brackets):
#   RUNS          [5]   timed starts of each setting (medians reported), after one untimed start
#                       that creates and migrates each setting's database
#   WINDOWS       [12]  warm-up: 5 s wrk windows from the first /health on (12: the first minute)
#   STEADY_AFTER  [60]  then this many more seconds of wrk, then 15 s measured: the steady state
#   CONNECTIONS   [64]  wrk connections (2 threads), as bench/lesson.sh
#   BASELINE_OPTS [-Xmx256m]  the old setting
#   LESSON_PATH   [/modul/media-sosial/03-memilih-saluran-media-sosial]
#   JAR           [target/serambi.jar]  built with Maven when it is the default and missing
#
# Needs: java, curl, wrk (as root it installs wrk with apt-get). Everything it starts is stopped on
# exit and its temporary folder removed.
set -euo pipefail
USAGE_LINES=20
# shellcheck source=bench/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
bench_args "$@"

RUNS=${RUNS:-5}
WINDOWS=${WINDOWS:-12}
STEADY_AFTER=${STEADY_AFTER:-60}
CONNECTIONS=${CONNECTIONS:-64}
BASELINE_OPTS=${BASELINE_OPTS:--Xmx256m}
LESSON_PATH=${LESSON_PATH:-/modul/media-sosial/03-memilih-saluran-media-sosial}
for knob in RUNS WINDOWS STEADY_AFTER CONNECTIONS; do
    [[ ${!knob} =~ ^[0-9]+$ ]] || { echo "$knob must be a whole number, got '${!knob}'" >&2; exit 2; }
done
(( RUNS >= 1 && WINDOWS >= 1 )) || { echo "need RUNS >= 1 and WINDOWS >= 1" >&2; exit 2; }

if ! command -v wrk >/dev/null 2>&1; then
    [[ $(id -u) -eq 0 ]] || die "wrk is missing; install it with: sudo apt-get install -y wrk"
    timeout 600 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq wrk >/dev/null
fi
bench_jar
[[ -f ${JAR%.jar}.jsa ]] || say "NOTE: ${JAR%.jar}.jsa is missing: the launcher starts without its class-data archive"
bench_tmp startup
bench_copy_jar
bench_machine
CLK_TCK=$(getconf CLK_TCK)

now_ms() { date +%s%3N; }
cpu_s() { sed 's/^.*) //' "/proc/$1/stat" | awk -v hz="$CLK_TCK" '{ printf "%.2f", ($12 + $13) / hz }'; }
# CPU seconds so far of the whole machine (user, nice, system, steal) and of this script's finished
# children (wrk): what is left when the server's is taken off too is other work on the machine.
machine_cpu() { awk -v hz="$CLK_TCK" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $9) / hz }' /proc/stat; }
children_cpu() {
    times | tail -n 1 | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] }
        printf "%.2f", t }'
}
stop_server() {
    [[ -n $JAVA_PID ]] || return 0
    kill "$JAVA_PID" 2>/dev/null || true
    for _ in $(seq 100); do kill -0 "$JAVA_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$JAVA_PID" 2>/dev/null || true
    wait "$JAVA_PID" 2>/dev/null || true
    JAVA_PID=""
}

# start SETTING: starts the server with SETTING (new: ./serambi; old: java $BASELINE_OPTS) on its
# own data folder; sets HEALTH_MS and PAGE_MS (from the start to the first 200 of /health and of
# the lesson), START_CPU (CPU seconds the JVM used until then) and START_RSS (MB then).
start() {
    local setting=$1 t0 t
    PORT=$(free_port)
    mkdir -p "$TMP/data-$setting"
    if [[ $setting == new ]]; then JAVA_OPTS=""; else JAVA_OPTS=$BASELINE_OPTS; fi
    t0=$(now_ms)
    bench_start --port "$PORT" --data "$TMP/data-$setting"
    HEALTH_MS="" PAGE_MS=""
    for _ in $(seq 3000); do
        if curl -fs --max-time 2 -o /dev/null "http://127.0.0.1:$PORT/health" 2>/dev/null; then
            t=$(now_ms); HEALTH_MS=$(( t - t0 )); break
        fi
        kill -0 "$JAVA_PID" 2>/dev/null || { cat "$TMP/serambi.log" >&2; die "Serambi ($setting) exited during start-up"; }
        sleep 0.02
    done
    [[ -n $HEALTH_MS ]] || die "no /health within a minute ($setting)"
    curl -fs --max-time 30 -o /dev/null "http://127.0.0.1:$PORT$LESSON_PATH" || die "no lesson page ($setting)"
    t=$(now_ms); PAGE_MS=$(( t - t0 ))
    START_CPU=$(cpu_s "$JAVA_PID"); START_RSS=$(rss_mb "$JAVA_PID")
}

say "== Settings"
say "new:      $(JAVA_OPTS="" jvm_setting)"
say "old:      java $BASELINE_OPTS -jar (the setting before ./serambi)"
say "starts:   $RUNS timed starts of each, alternating, on a database migrated by one untimed start;"
say "          time from starting the process to the first 200 of /health (polled every 20 ms), then"
say "          to the first 200 of $LESSON_PATH; CPU and RSS of the JVM at that moment"
say "warm-up:  wrk -t2 -c$CONNECTIONS in $WINDOWS windows of 5 s from the first /health, then ${STEADY_AFTER} s more,"
say "          then 15 s measured (steady state); 90% = the first window at 90% of steady"

say "== Start-up"
for setting in new old; do start "$setting"; stop_server; done
declare -A H P C R
printf '%-5s %-4s %10s %12s %8s %8s\n' run set "to /health" "to lesson" CPU RSS
for (( r = 1; r <= RUNS; r++ )); do
    for setting in new old; do
        start "$setting"
        stop_server
        H[$setting]+="$HEALTH_MS " P[$setting]+="$PAGE_MS " C[$setting]+="$START_CPU " R[$setting]+="$START_RSS "
        printf '%-5s %-4s %7s ms %9s ms %7ss %5s MB\n' "$r" "$setting" "$HEALTH_MS" "$PAGE_MS" "$START_CPU" "$START_RSS"
    done
done
declare -A MH MP MC MR
for setting in new old; do
    # shellcheck disable=SC2086
    MH[$setting]=$(median %.0f ${H[$setting]}); MP[$setting]=$(median %.0f ${P[$setting]})
    # shellcheck disable=SC2086
    MC[$setting]=$(median %.2f ${C[$setting]}); MR[$setting]=$(median %.0f ${R[$setting]})
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
say ""
printf '%-8s %12s %12s %10s %10s\n' median "to /health" "to lesson" CPU RSS
for setting in new old; do
    printf '%-8s %9s ms %9s ms %9ss %7s MB\n' "$setting" "${MH[$setting]}" "${MP[$setting]}" "${MC[$setting]}" "${MR[$setting]}"
done
printf '%-8s %12s %12s %10s %10s\n' new/old "$(ratio "${MH[new]}" "${MH[old]}")" "$(ratio "${MP[new]}" "${MP[old]}")" \
    "$(ratio "${MC[new]}" "${MC[old]}")" "$(ratio "${MR[new]}" "${MR[old]}")"

say "== Warm-up (lesson page, req/s in 5 s windows from the first /health)"
rps_of() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
declare -A W S REACH WRSS OTHER
for setting in new old; do
    start "$setting"
    url="http://127.0.0.1:$PORT$LESSON_PATH"
    line=""
    m0=$(machine_cpu) s0=$(cpu_s "$JAVA_PID") c0=$(children_cpu) t0=$(now_ms)
    for (( w = 1; w <= WINDOWS; w++ )); do
        wrk -t2 -c"$CONNECTIONS" -d5s --timeout 10s -H 'Accept-Encoding: gzip' "$url" > "$TMP/w.txt" 2>&1 \
            || die "wrk failed: $(cat "$TMP/w.txt")"
        line+="$(rps_of "$TMP/w.txt") "
    done
    (( STEADY_AFTER > 0 )) && wrk -t2 -c"$CONNECTIONS" -d"${STEADY_AFTER}s" -H 'Accept-Encoding: gzip' "$url" > /dev/null 2>&1
    wrk -t2 -c"$CONNECTIONS" -d15s --timeout 10s -H 'Accept-Encoding: gzip' "$url" > "$TMP/s.txt" 2>&1
    W[$setting]=$line S[$setting]=$(rps_of "$TMP/s.txt") WRSS[$setting]=$(rss_mb "$JAVA_PID")
    OTHER[$setting]=$(awk -v m1="$(machine_cpu)" -v m0="$m0" -v s1="$(cpu_s "$JAVA_PID")" -v s0="$s0" \
        -v c1="$(children_cpu)" -v c0="$c0" -v t1="$(now_ms)" -v t0="$t0" -v n="$(nproc)" 'BEGIN {
            o = (m1 - m0) - (s1 - s0) - (c1 - c0); if (o < 0) o = 0
            printf "%.0f", 100 * o / ((t1 - t0) / 1000 * n) }')
    REACH[$setting]=$(awk -v s="${S[$setting]}" '{ for (i = 1; i <= NF; i++) if ($i >= 0.9 * s) { print i * 5 " s"; exit } }
        END { if (NR == 0) print "-" }' <<<"$line")
    [[ -n ${REACH[$setting]} ]] || REACH[$setting]="> $(( WINDOWS * 5 )) s"
    stop_server
done
for setting in new old; do
    say "$setting windows: ${W[$setting]}"
    say "$setting steady: ${S[$setting]} req/s; 90% of steady reached in the window ending at ${REACH[$setting]};" \
        "RSS after: ${WRSS[$setting]} MB; other work on the machine: ${OTHER[$setting]}% of the CPU"
done
say "(the windows count from the first /health; a start takes the times above on top)"
