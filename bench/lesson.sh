#!/usr/bin/env bash
# Lesson page vs nginx: how many lesson pages per second Serambi serves, against nginx serving the
# very same bytes from a file (the ceiling for a static page on this machine), measured in the same
# run, alternating the two, and summarised as medians.
#
# Usage: bench/lesson.sh [--no-build]
#
# Knobs (environment variables, defaults in brackets):
#   CONNECTIONS [64]   wrk connections
#   THREADS     [2]    wrk threads
#   DURATION    [20]   seconds per measured wrk run
#   WARMUP      [30]   at least this many seconds of wrk against Serambi before measuring (JIT
#                      warm-up); it goes on in 10 s steps while the JIT compiler is still busy
#                      (more than JIT_QUIET seconds of compiler CPU in a step), up to WARMUP_MAX
#   WARMUP_MAX  [180]  at most this many seconds of Serambi warm-up
#   JIT_QUIET   [0.3]  compiler CPU seconds per 10 s step below which Serambi counts as warm
#   NGINX_WARMUP [5]   seconds of wrk against nginx before measuring
#   ROUNDS      [3]    measured rounds; each round runs Serambi, then nginx
#   LESSON_PATH [/modul/media-sosial/03-memilih-saluran-media-sosial]
#   JAVA_OPTS   [unset]  unset: Serambi starts through ./serambi (serambi.jvm and the class-data
#                      archive, as the README starts it); set: plain java with these options, e.g.
#                      JAVA_OPTS=-Xmx256m (the setting before ./serambi)
#   GZIP_LEVEL  [3]    nginx's gzip level: Serambi's own (GZIP_LEVEL in web/WebSetup.java)
#   NGINX_WORKERS [auto]  nginx worker_processes (auto = one per core)
#   RESULTS_DIR [unset] if set, the raw wrk outputs and the summary are copied there
#
# Needs: java and maven (only to build), curl, nginx, wrk. As root it installs nginx and wrk with
# apt-get when they are missing. Everything it starts is stopped on exit and its temp dir removed.
set -euo pipefail

BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
NGINX_WARMUP=${NGINX_WARMUP:-5}
WARMUP_MAX=${WARMUP_MAX:-180}
JIT_QUIET=${JIT_QUIET:-0.3}
ROUNDS=${ROUNDS:-3}
LESSON_PATH=${LESSON_PATH:-/modul/media-sosial/03-memilih-saluran-media-sosial}
JAVA_OPTS=${JAVA_OPTS:-}
GZIP_LEVEL=${GZIP_LEVEL:-3}
NGINX_WORKERS=${NGINX_WORKERS:-auto}
RESULTS_DIR=${RESULTS_DIR:-}

for knob in CONNECTIONS THREADS DURATION WARMUP WARMUP_MAX NGINX_WARMUP ROUNDS GZIP_LEVEL; do
    if ! [[ ${!knob} =~ ^[0-9]+$ ]]; then
        echo "$knob must be a whole number (seconds for durations), got '${!knob}'" >&2
        exit 2
    fi
done
if ! [[ $JIT_QUIET =~ ^[0-9]+(\.[0-9]+)?$ ]]; then
    echo "JIT_QUIET must be a number of seconds, got '$JIT_QUIET'" >&2
    exit 2
fi
(( WARMUP_MAX >= WARMUP )) || WARMUP_MAX=$WARMUP
if (( ROUNDS < 1 || DURATION < 1 || THREADS < 1 || CONNECTIONS < THREADS )); then
    echo "need ROUNDS >= 1, DURATION >= 1, THREADS >= 1 and CONNECTIONS >= THREADS" >&2
    exit 2
fi
if [[ $LESSON_PATH != /* || $LESSON_PATH =~ [[:space:]] ]]; then
    echo "LESSON_PATH must start with / and contain no spaces, got '$LESSON_PATH'" >&2
    exit 2
fi

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JAR=$REPO/target/serambi.jar

say() { printf '%s\n' "$*"; }
die() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# --- tools ---------------------------------------------------------------------------------------
missing=()
command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if (( ${#missing[@]} > 0 )); then
    if [[ $(id -u) -ne 0 ]]; then
        die "missing: ${missing[*]}; install them with: sudo apt-get install -y ${missing[*]}"
    fi
    say "Installing ${missing[*]} with apt-get"
    # Keep the package from starting a system-wide nginx on port 80 (no-op where none is started).
    made_policy=0
    if [[ ! -e /usr/sbin/policy-rc.d ]]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod +x /usr/sbin/policy-rc.d
        made_policy=1
    fi
    timeout 600 apt-get update -qq
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq "${missing[@]}" >/dev/null
    (( made_policy )) && rm -f /usr/sbin/policy-rc.d
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
command -v java >/dev/null 2>&1 || die "java is not installed (Java 17 or later)"

# --- build ---------------------------------------------------------------------------------------
if [[ ! -f $JAR ]]; then
    (( BUILD )) || die "$JAR is missing and --no-build was given"
    say "Building $JAR"
    (cd "$REPO" && timeout 900 mvn -B -q package -DskipTests)
    [[ -f $JAR ]] || die "the build did not produce $JAR"
fi

# --- cleanup -------------------------------------------------------------------------------------
TMP=$(mktemp -d "${TMPDIR:-/tmp}/serambi-bench.XXXXXX")
JAVA_PID=""
NGINX_PID=""

stop_pid() {
    local pid=$1
    [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -9 "$pid" 2>/dev/null || true
}

cleanup() {
    local code=$?
    trap - EXIT INT TERM
    local workers=()
    [[ -n $NGINX_PID ]] && mapfile -t workers < <(pgrep -P "$NGINX_PID" || true)
    stop_pid "$NGINX_PID"
    for w in "${workers[@]}"; do stop_pid "$w"; done
    stop_pid "$JAVA_PID"
    wait 2>/dev/null || true
    rm -rf "$TMP"
    exit "$code"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- helpers -------------------------------------------------------------------------------------
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local p
    for _ in $(seq 200); do
        p=$(( 20000 + RANDOM % 40000 ))
        if ! port_in_use "$p" && [[ $p != "${SERAMBI_PORT:-}" ]]; then
            echo "$p"
            return 0
        fi
    done
    die "no free port found"
}

# CPU seconds used so far by the machine (user, nice, system, steal; not interrupts, where the
# loopback traffic of the benchmark itself is counted), by the two servers, and by this script's
# finished children (wrk).
CLK_TCK=$(getconf CLK_TCK)
machine_cpu() { awk -v hz="$CLK_TCK" '/^cpu / { printf "%.2f", ($2 + $3 + $4 + $9) / hz }' /proc/stat; }
servers_cpu() {
    local pids=("$JAVA_PID" "$NGINX_PID") p
    [[ -n $NGINX_PID ]] && mapfile -t -O 2 pids < <(pgrep -P "$NGINX_PID" || true)
    for p in "${pids[@]}"; do
        if [[ -n $p && -r /proc/$p/stat ]]; then sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null || true; fi
    done | awk -v hz="$CLK_TCK" '{ t += $12 + $13 } END { printf "%.2f", t / hz }'
}
# CPU seconds so far of the JVM's JIT compiler threads (a sign of how far the warm-up got).
jit_cpu() {
    local t comm
    for t in /proc/"$JAVA_PID"/task/*; do
        comm=$(cat "$t/comm" 2>/dev/null || true)
        if [[ $comm == C[12]\ CompilerThre* ]]; then sed 's/^.*) //' "$t/stat" 2>/dev/null || true; fi
    done | awk -v hz="$CLK_TCK" '{ t += $12 + $13 } END { printf "%.1f", t / hz }'
}
children_cpu() {
    times | tail -n 1 | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, /[ms]/); t += a[1] * 60 + a[2] }
        printf "%.2f", t }'
}

# wrk_run NAME URL SECONDS OUTFILE: runs wrk with the shared settings, bounded in time. Sets
# OTHER_CPU to the share of the machine's CPU (percent of all cores) that went to anything other
# than wrk and the two servers during the run: work of others on the machine skews the figures.
# Sets CPU_PER_REQ to the servers' CPU time per request in microseconds (only one is under load).
OTHER_CPU=0 CPU_PER_REQ=0
wrk_run() {
    local url=$2 seconds=$3 out=$4 m0 s0 c0 t0 m1 s1 c1 t1
    m0=$(machine_cpu); s0=$(servers_cpu); c0=$(children_cpu); t0=$(date +%s.%N)
    timeout $(( seconds + 60 )) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency \
        -H 'Accept-Encoding: gzip' "$url" > "$out" 2>&1 || die "wrk against $1 failed: $(cat "$out")"
    m1=$(machine_cpu); s1=$(servers_cpu); c1=$(children_cpu); t1=$(date +%s.%N)
    OTHER_CPU=$(awk -v dm="$m1" -v m0="$m0" -v s1="$s1" -v s0="$s0" -v c1="$c1" -v c0="$c0" \
        -v t1="$t1" -v t0="$t0" -v n="$(nproc)" 'BEGIN {
            o = (dm - m0) - (s1 - s0) - (c1 - c0); if (o < 0) o = 0
            printf "%.0f", 100 * o / ((t1 - t0) * n) }')
    CPU_PER_REQ=$(awk -v s1="$s1" -v s0="$s0" '/ requests in / { if ($1 > 0) printf "%.0f", (s1 - s0) * 1e6 / $1 }' "$out")
    if grep -q 'Non-2xx or 3xx responses' "$out"; then
        cat "$out" >&2
        die "$1 answered with non-2xx/3xx responses during the run (see above)"
    fi
    if grep -q 'Socket errors' "$out"; then
        say "WARNING: $1: $(grep 'Socket errors' "$out" | sed 's/^ *//')"
    fi
}

# Requests/sec from a wrk output.
rps_of() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }

# The 99th percentile latency from a wrk --latency output, in milliseconds.
p99_of() {
    awk '$1 == "99%" {
        v = $2; n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "ms") n *= 1; else if (u == "s") n *= 1000;
        else if (u == "m") n *= 60000; else { print "?"; exit }
        printf "%.2f", n; exit }' "$1"
}

# median FORMAT VALUE...: the median of the values (mean of the middle two for an even count).
median() {
    local fmt=$1; shift
    printf '%s\n' "$@" | sort -g | awk -v f="$fmt" '{ a[NR] = $1 } END {
        printf f, (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{ printf "%.0f", $1 / 1024 }'; }

# --- machine and versions ------------------------------------------------------------------------
say "== Machine"
say "cpus (nproc): $(nproc)"
say "cpu model:    $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
say "memory:       $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
say "kernel:       $(uname -sr)"
say "load average: $(cut -d' ' -f1-3 /proc/loadavg) (before the run; other work on the machine skews the figures)"
say "== Versions"
say "java:  $(java -version 2>&1 | head -n 1); $(java -version 2>&1 | sed -n 3p)"
say "nginx: $("$NGINX" -v 2>&1 | sed 's/^nginx version: //')"
say "wrk:   $(wrk -v 2>&1 | head -n 1 | awk '{ print $1, $2 }')"
dirty=""
[[ -n $(git -C "$REPO" status --porcelain -- src pom.xml 2>/dev/null) ]] && dirty=", src has uncommitted changes"
say "serambi: $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?') (jar built $(date -r "$JAR" '+%Y-%m-%d %H:%M')$dirty)"

# --- Serambi -------------------------------------------------------------------------------------
SERAMBI_PORT=$(free_port)
mkdir -p "$TMP/data" "$TMP/target"
# a rebuild during the run must not pull the jar from under the JVM: a copy, with its class-data
# archive, times kept, named target/serambi.jar from the working folder as Java 17 needs for the archive
cp -p "$JAR" "$TMP/target/serambi.jar"
[[ -f ${JAR%.jar}.jsa ]] && cp -p "${JAR%.jar}.jsa" "$TMP/target/serambi.jsa"
if [[ -z $JAVA_OPTS ]]; then
    SETTING="./serambi ($(grep -v '^#' "$REPO/serambi.jvm" | tr '\n' ' ' | sed 's/  */ /g; s/ $//')$(
        [[ -f $TMP/target/serambi.jsa ]] && echo ", class-data archive"))"
    (cd "$TMP" && exec "$REPO/serambi" --port "$SERAMBI_PORT" --data "$TMP/data") > "$TMP/serambi.log" 2>&1 &
else
    SETTING="java $JAVA_OPTS -jar serambi.jar"
    # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
    (cd "$TMP" && exec java $JAVA_OPTS -jar target/serambi.jar --port "$SERAMBI_PORT" --data "$TMP/data") \
        > "$TMP/serambi.log" 2>&1 &
fi
JAVA_PID=$!
for _ in $(seq 120); do
    if curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$SERAMBI_PORT/health" 2>/dev/null; then
        break
    fi
    kill -0 "$JAVA_PID" 2>/dev/null || { cat "$TMP/serambi.log" >&2; die "Serambi exited during start-up"; }
    sleep 0.5
done
curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$SERAMBI_PORT/health" \
    || { cat "$TMP/serambi.log" >&2; die "Serambi did not answer /health within 60 s"; }
# shellcheck disable=SC2086
if [[ -z $JAVA_OPTS ]]; then
    JVM_FLAGS=$(java "@$REPO/serambi.jvm" -XX:+PrintCommandLineFlags -version 2>&1 | head -n 1)
else
    JVM_FLAGS=$(java $JAVA_OPTS -XX:+PrintCommandLineFlags -version 2>&1 | head -n 1)
fi
GC=$(grep -o -- '-XX:+Use[A-Za-z0-9]*GC' <<<"$JVM_FLAGS" | head -n 1 | sed 's/-XX:+Use//' || true)

SERAMBI_URL="http://127.0.0.1:$SERAMBI_PORT$LESSON_PATH"
mkdir -p "$TMP/www"
status=$(curl -sS --max-time 10 -o "$TMP/www/lesson.html" -D "$TMP/serambi.headers" -w '%{http_code}' "$SERAMBI_URL")
[[ $status == 200 ]] || die "Serambi answered $status for $LESSON_PATH"
CONTENT_TYPE=$(awk -F': *' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' "$TMP/serambi.headers")
[[ -n $CONTENT_TYPE ]] || die "Serambi sent no Content-Type for $LESSON_PATH"
MIME=${CONTENT_TYPE%%;*}
CHARSET=""
if [[ $CONTENT_TYPE =~ charset=([A-Za-z0-9._-]+) ]]; then CHARSET=${BASH_REMATCH[1]}; fi
SERAMBI_GZ=$(curl -sS --max-time 10 -H 'Accept-Encoding: gzip' -o "$TMP/serambi.gz" -D "$TMP/serambi.gz.headers" \
    -w '%{size_download}' "$SERAMBI_URL")
grep -qi '^content-encoding: *gzip' "$TMP/serambi.gz.headers" || die "Serambi did not gzip $LESSON_PATH"

# --- nginx ---------------------------------------------------------------------------------------
NGINX_PORT=$(free_port)
mkdir -p "$TMP/nginx/logs"
{
    [[ $(id -u) -eq 0 ]] && echo "user root root;"   # workers read the private temp dir
    cat <<EOF
worker_processes $NGINX_WORKERS;
daemon off;
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $TMP/nginx/client_body;
    proxy_temp_path $TMP/nginx/proxy;
    fastcgi_temp_path $TMP/nginx/fastcgi;
    uwsgi_temp_path $TMP/nginx/uwsgi;
    scgi_temp_path $TMP/nginx/scgi;
    types { }
    default_type $MIME;
    ${CHARSET:+charset $CHARSET;}
    gzip on;
    gzip_comp_level $GZIP_LEVEL;          # Serambi's gzip level
    gzip_min_length 1500;       # Javalin's default minimum size
    keepalive_requests 1000000; # Jetty keeps a connection for any number of requests
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $TMP/www;
        location / { try_files /lesson.html =404; }
    }
}
EOF
} > "$TMP/nginx/nginx.conf"
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/logs/error.log" -t -q \
    || die "nginx rejected its configuration"
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/logs/error.log" &
NGINX_PID=$!
NGINX_URL="http://127.0.0.1:$NGINX_PORT$LESSON_PATH"
for _ in $(seq 50); do
    curl -fsS --max-time 2 -o /dev/null "$NGINX_URL" 2>/dev/null && break
    sleep 0.2
done
NGINX_GZ=$(curl -fsS --max-time 10 -H 'Accept-Encoding: gzip' -o "$TMP/nginx.gz" -D "$TMP/nginx.gz.headers" \
    -w '%{size_download}' "$NGINX_URL") || { cat "$TMP/nginx/logs/error.log" >&2; die "nginx did not serve the page"; }
grep -qi '^content-encoding: *gzip' "$TMP/nginx.gz.headers" || die "nginx did not gzip the page"
NGINX_CT=$(awk -F': *' 'tolower($1) == "content-type" { sub(/\r$/, "", $2); print $2 }' "$TMP/nginx.gz.headers")
gunzip -c "$TMP/nginx.gz" | cmp -s - "$TMP/www/lesson.html" || die "nginx's gzipped page differs from the saved page"

# --- settings ------------------------------------------------------------------------------------
say "== Settings"
say "page:        $LESSON_PATH ($(wc -c < "$TMP/www/lesson.html") bytes; gzipped: Serambi $SERAMBI_GZ, nginx $NGINX_GZ bytes)"
say "content-type: Serambi '$CONTENT_TYPE', nginx '$NGINX_CT'"
say "serambi:     $SETTING (GC: ${GC:-?}); uses every core ($(nproc)); temporary data dir"
say "nginx:       worker_processes $NGINX_WORKERS (auto = one per core: $(nproc)); gzip on, level $GZIP_LEVEL; access_log off"
say "wrk:         -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency -H 'Accept-Encoding: gzip'; no cookies sent"
say "             (wrk, Serambi and nginx share the same $(nproc) cores; only one server is under load at a time)"
say "warm-up:     Serambi ${WARMUP}s to ${WARMUP_MAX}s (until its JIT compiler uses < ${JIT_QUIET}s CPU in 10 s)," \
    "nginx ${NGINX_WARMUP}s; then $ROUNDS rounds of Serambi then nginx"
say "estimated:   $(( (WARMUP + NGINX_WARMUP + ROUNDS * 2 * DURATION + 59) / 60 ))" \
    "to $(( (WARMUP_MAX + NGINX_WARMUP + ROUNDS * 2 * DURATION + 59) / 60 )) min"

# --- warm-up -------------------------------------------------------------------------------------
say "== Warm-up"
if (( WARMUP > 0 )); then
    # 10 s steps (the first takes up the part of WARMUP that is not a multiple of 10).
    done_s=0 step=$(( WARMUP % 10 == 0 ? 10 : WARMUP % 10 ))
    while (( done_s < WARMUP_MAX )); do
        j0=$(jit_cpu)
        wrk_run Serambi "$SERAMBI_URL" "$step" "$TMP/warmup-serambi.txt"
        done_s=$(( done_s + step ))
        jit=$(awk -v a="$(jit_cpu)" -v b="$j0" 'BEGIN { printf "%.1f", a - b }')
        say "Serambi warm-up ${done_s}s: $(rps_of "$TMP/warmup-serambi.txt") req/s; CPU/req ${CPU_PER_REQ} us;" \
            "JIT compiler CPU ${jit}s; other CPU ${OTHER_CPU}%"
        if (( done_s >= WARMUP )) && awk -v j="$jit" -v q="$JIT_QUIET" 'BEGIN { exit !(j < q) }'; then
            break
        fi
        step=$(( WARMUP_MAX - done_s < 10 ? WARMUP_MAX - done_s : 10 ))
    done
    say "Serambi warmed up for ${done_s}s; RSS $(rss_mb "$JAVA_PID") MB"
    if ! awk -v j="$jit" -v q="$JIT_QUIET" 'BEGIN { exit !(j < q) }'; then
        say "WARNING: Serambi's JIT compiler was still busy after ${done_s}s (WARMUP_MAX): the first rounds are low"
    fi
fi
if (( NGINX_WARMUP > 0 )); then
    wrk_run nginx "$NGINX_URL" "$NGINX_WARMUP" "$TMP/warmup-nginx.txt"
    say "nginx warm-up:   $(rps_of "$TMP/warmup-nginx.txt") req/s; other CPU $OTHER_CPU%"
fi

# --- rounds --------------------------------------------------------------------------------------
say "== Rounds"
printf '%-7s %14s %14s %14s %14s %8s %14s %9s\n' round "serambi req/s" "serambi p99" "nginx req/s" "nginx p99" ratio \
    "CPU/req (S/N)" "other CPU"
S_RPS=() S_P99=() N_RPS=() N_P99=() RATIOS=() JIT=() S_CPU=() N_CPU=() NOISY=0
for (( r = 1; r <= ROUNDS; r++ )); do
    j0=$(jit_cpu)
    wrk_run Serambi "$SERAMBI_URL" "$DURATION" "$TMP/round$r-serambi.txt"; so=$OTHER_CPU; sc=$CPU_PER_REQ
    JIT+=("$(awk -v a="$(jit_cpu)" -v b="$j0" 'BEGIN { printf "%.1f", a - b }')s")
    wrk_run nginx "$NGINX_URL" "$DURATION" "$TMP/round$r-nginx.txt"; no=$OTHER_CPU; nc=$CPU_PER_REQ
    (( so > 10 || no > 10 )) && NOISY=$(( NOISY + 1 ))
    s=$(rps_of "$TMP/round$r-serambi.txt"); sp=$(p99_of "$TMP/round$r-serambi.txt")
    n=$(rps_of "$TMP/round$r-nginx.txt"); np=$(p99_of "$TMP/round$r-nginx.txt")
    [[ -n $s && -n $n && -n $sp && -n $np && $sp != "?" && $np != "?" ]] \
        || die "could not read wrk's output in round $r (see $TMP)"
    ratio=$(awk -v s="$s" -v n="$n" 'BEGIN { printf "%.3f", s / n }')
    S_RPS+=("$s"); S_P99+=("$sp"); N_RPS+=("$n"); N_P99+=("$np"); RATIOS+=("$ratio")
    S_CPU+=("$sc"); N_CPU+=("$nc")
    printf '%-7s %14s %12s ms %14s %12s ms %8s %14s %9s\n' "$r" "$s" "$sp" "$n" "$np" "$ratio" \
        "${sc}/${nc} us" "${so}%/${no}%"
done
printf '%-7s %14s %12s ms %14s %12s ms %8s %14s\n' median \
    "$(median %.0f "${S_RPS[@]}")" "$(median %.2f "${S_P99[@]}")" \
    "$(median %.0f "${N_RPS[@]}")" "$(median %.2f "${N_P99[@]}")" "$(median %.3f "${RATIOS[@]}")" \
    "$(median %.0f "${S_CPU[@]}")/$(median %.0f "${N_CPU[@]}") us"
say "(ratio = Serambi req/s / nginx req/s within a round; the median ratio is the median of those ratios;"
say " CPU/req = CPU time of the server under load per request, Serambi/nginx, in microseconds;"
say " other CPU = share of all cores used by processes other than wrk and the servers, Serambi's run/nginx's)"
say "JIT compiler CPU during Serambi's measured runs: ${JIT[*]} (near 0 once warm)"
if (( NOISY > 0 )); then
    say "WARNING: in $NOISY of $ROUNDS rounds other processes used more than 10% of the CPU: the figures are skewed"
fi
say "Serambi RSS after the run: $(rss_mb "$JAVA_PID") MB (ps -o rss; $SETTING)"

if [[ -n $RESULTS_DIR ]]; then
    mkdir -p "$RESULTS_DIR"
    cp "$TMP"/round*-*.txt "$TMP"/warmup-*.txt "$TMP/nginx/nginx.conf" "$RESULTS_DIR"/ 2>/dev/null || true
    say "raw wrk outputs copied to $RESULTS_DIR"
fi
