# Shared by the bench scripts that run the server jar: options, build, a temporary folder that is
# removed on exit, a free port, the machine line, and a server started on its own data folder.
# Source it after setting USAGE_LINES (the comment lines --help prints), then call the functions.
# shellcheck shell=bash

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEFAULT_JAR=$REPO/target/serambi.jar
JAR=${JAR:-$DEFAULT_JAR}
# Unset or empty: the server starts through ./serambi (serambi.jvm and the class-data archive), as
# the README starts it. Set: plain `java $JAVA_OPTS -jar`, e.g. JAVA_OPTS=-Xmx256m (the old setting).
JAVA_OPTS=${JAVA_OPTS:-}
JAVA_PID=""
TMP=""

say() { printf '%s\n' "$*"; }
die() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

# bench_args "$@": --no-build and --help; anything else is refused.
bench_args() {
    BUILD=1
    for arg in "$@"; do
        case "$arg" in
            --no-build) BUILD=0 ;;
            -h|--help) sed -n "2,${USAGE_LINES:-20}p" "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
            *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
        esac
    done
}

# bench_jar: the server jar, built with Maven when it is the default and missing.
bench_jar() {
    cd "$REPO"
    if [[ ! -f $JAR ]]; then
        [[ $JAR == "$DEFAULT_JAR" ]] || die "$JAR does not exist"
        (( BUILD )) || die "$JAR is missing and --no-build was given"
        say "Building $JAR"
        timeout 900 mvn -B -q package -DskipTests
        [[ -f $JAR ]] || die "the build did not produce $JAR"
    fi
}

# jvm_setting: how the server is started, for the report.
jvm_setting() {
    if [[ -z $JAVA_OPTS ]]; then
        echo "./serambi ($(grep -v '^#' "$REPO/serambi.jvm" | tr '\n' ' ' | sed 's/  */ /g; s/ $//')$(
            [[ -f ${JAR%.jar}.jsa ]] && echo ", class-data archive" || echo ", no archive"))"
    else
        echo "java $JAVA_OPTS -jar"
    fi
}

# bench_copy_jar: the jar (and its class-data archive, when built) copied to $TMP/target with their
# times kept, so that a rebuild during the run cannot pull them from under the JVM; Java 17 maps the
# archive only for the same jar named target/serambi.jar from the working folder, here $TMP.
bench_copy_jar() {
    mkdir -p "$TMP/target"
    [[ -f $TMP/target/serambi.jar ]] && return 0
    cp -p "$JAR" "$TMP/target/serambi.jar"
    if [[ -f ${JAR%.jar}.jsa ]]; then cp -p "${JAR%.jar}.jsa" "$TMP/target/serambi.jsa"; fi
}

# bench_start ARGS...: starts the copied jar in the background with ARGS (JAVA_OPTS: see above),
# its output in $TMP/serambi.log; sets JAVA_PID (the JVM itself: the launcher execs java).
bench_start() {
    bench_copy_jar
    if [[ -z $JAVA_OPTS ]]; then
        (cd "$TMP" && exec "$REPO/serambi" "$@") > "$TMP/serambi.log" 2>&1 &
    else
        # shellcheck disable=SC2086  # JAVA_OPTS is a list of options
        (cd "$TMP" && exec java $JAVA_OPTS -jar target/serambi.jar "$@") > "$TMP/serambi.log" 2>&1 &
    fi
    JAVA_PID=$!
}

# bench_build: the jar and the test classpath for the Java clients under src/test/java/.../bench.
bench_build() {
    bench_jar
    if (( BUILD )) || [[ ! -f target/bench.classpath ]]; then
        mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
    fi
    BENCH_CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
}

bench_cleanup() {
    local code=$?
    trap - EXIT INT TERM
    if [[ -n $JAVA_PID ]] && kill -0 "$JAVA_PID" 2>/dev/null; then
        kill "$JAVA_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$JAVA_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$JAVA_PID" 2>/dev/null || true
    fi
    wait 2>/dev/null || true
    # the server's own count of SQLite writes and the commits that held them, logged as it stops
    [[ -n $TMP && -f $TMP/serambi.log ]] && grep -h -o 'SQLite writer: .*' "$TMP/serambi.log" || true
    [[ -n $TMP ]] && rm -rf "$TMP"
    exit "$code"
}

# bench_tmp NAME: a temporary folder in $TMP, removed (with the server stopped) on exit.
bench_tmp() {
    TMP=$(mktemp -d "${TMPDIR:-/tmp}/serambi-$1-bench.XXXXXX")
    trap bench_cleanup EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
    local p
    for _ in $(seq 200); do
        p=$(( 20000 + RANDOM % 40000 ))
        port_in_use "$p" || { echo "$p"; return 0; }
    done
    die "no free port found"
}

rss_mb() { ps -o rss= -p "$1" 2>/dev/null | awk '{ printf "%.0f", $1 / 1024 }'; }

# median FORMAT VALUE...: the median of the values (mean of the middle two for an even count).
median() {
    local fmt=$1; shift
    printf '%s\n' "$@" | sort -g | awk -v f="$fmt" '{ a[NR] = $1 } END {
        printf f, (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

bench_machine() {
    say "== Machine"
    say "cpus (nproc): $(nproc); $(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
    say "load average: $(cut -d' ' -f1-3 /proc/loadavg) (before the run)"
    say "java: $(java -version 2>&1 | head -n 1)"
    say "server: $(jvm_setting)"
}

# bench_server: the jar on a free loopback port with its own data folder; sets BASE and DATA.
# Run anything that must see an empty database (create-admin) before it.
bench_server() {
    PORT=$(free_port)
    BASE="http://127.0.0.1:$PORT"
    DATA=$TMP/data
    mkdir -p "$DATA"
    bench_start --port "$PORT" --data "$DATA"
    for _ in $(seq 120); do
        curl -fsS --max-time 2 -o /dev/null "$BASE/health" 2>/dev/null && return 0
        kill -0 "$JAVA_PID" 2>/dev/null || { cat "$TMP/serambi.log" >&2; die "Serambi exited during start-up"; }
        sleep 0.5
    done
    die "no /health within 60 s"
}

# server_errors: the first errors of the server's log, for a failure message.
server_errors() {
    grep -m 5 -A 3 -E 'ERROR|Exception' "$TMP/serambi.log" >&2 || true
}
