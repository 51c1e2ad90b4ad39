#!/usr/bin/env bash
# Runs every test and builds target/serambi.jar. Installs what the tests need first:
# Chromium and its driver (Debian packages), Node's npm, and the pinned npm test tools
# (the W3C Nu HTML checker and axe-core, from package-lock.json into node_modules/).
# Extra arguments go to Maven, e.g. ./test.sh -Dtest=QualityGatesTest
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

apt_updated=no
need_debian_packages() {
    local why="$1"; shift
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "test.sh: installing $* ($why)"
        if [ "$apt_updated" = no ]; then
            apt-get update
            apt_updated=yes
        fi
        DEBIAN_FRONTEND=noninteractive apt-get install -y "$@"
    else
        echo "test.sh: $why is missing. Install these Debian packages, then run ./test.sh again:" >&2
        echo "    sudo apt-get install -y $*" >&2
        exit 1
    fi
}

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    need_debian_packages "Chromium and chromedriver for the browser tests" chromium chromium-driver
fi
if ! command -v npm >/dev/null 2>&1; then
    need_debian_packages "npm for the test tools" nodejs npm
fi
# Installed when missing, or when package.json pins another version than the one installed.
tools_current() {
    node -e '
        const pins = require("./package.json").devDependencies;
        for (const [name, version] of Object.entries(pins)) {
            if (require("./node_modules/" + name + "/package.json").version !== version) process.exit(1);
        }' 2>/dev/null
}
if [ ! -d node_modules/vnu-jar ] || [ ! -d node_modules/axe-core ] || ! tools_current; then
    npm ci --no-audit --no-fund
fi

exec mvn -B verify "$@"
