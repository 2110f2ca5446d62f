# Shared helpers for the project's scripts (sourced, not run).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="/opt/swift/usr/bin:$PATH"

# apt_install PKG...: installs the Debian packages that are not installed yet (runs apt-get update once).
apt_install() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "installing Debian packages: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# require_python: python3 with pip (Debian's when the machine has none).
require_python() {
    if ! command -v python3 >/dev/null 2>&1 || ! python3 -m pip --version >/dev/null 2>&1; then
        apt_install python3 python3-pip
    fi
}

# pip_install MODULE=PACKAGE...: installs the PyPI packages whose module does not import yet.
pip_install() {
    local missing=()
    for pair in "$@"; do
        python3 -c "import ${pair%%=*}" 2>/dev/null || missing+=("${pair#*=}")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        echo "installing PyPI packages: ${missing[*]}"
        python3 -m pip install -q "${missing[@]}" 2>/dev/null \
            || python3 -m pip install -q --break-system-packages "${missing[@]}"
    fi
}

# require_swift: the Swift toolchain is not a Debian package; say where it is expected.
require_swift() {
    if ! command -v swift >/dev/null 2>&1; then
        echo "error: no Swift toolchain found (expected swift on PATH or in /opt/swift/usr/bin); install Swift 6.x from swift.org" >&2
        exit 1
    fi
}

# apt_install_quiet_service PKG...: installs Debian packages that ship a service without starting it
# (policy-rc.d answers 101 during the install; debconf answers are preseeded by the caller).
apt_install_quiet_service() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ "${#missing[@]}" -gt 0 ] || return 0
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    local policy=/usr/sbin/policy-rc.d had_policy=0
    [ -e "$policy" ] && had_policy=1 && $sudo cp "$policy" "$policy.graph-export-saved"
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod +x "$policy"
    echo "installing Debian packages (services not started): ${missing[*]}"
    $sudo apt-get update -qq
    local status=0
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null || status=$?
    if [ "$had_policy" -eq 1 ]; then $sudo mv "$policy.graph-export-saved" "$policy"; else $sudo rm -f "$policy"; fi
    return "$status"
}

# require_virtuoso: Debian's Virtuoso with the dba password preseeded to dba, its own service not running.
require_virtuoso() {
    if ! command -v virtuoso-t >/dev/null 2>&1; then
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        printf '%s\n' \
            "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" \
            "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" \
            | $sudo debconf-set-selections
        apt_install_quiet_service virtuoso-opensource
        # Should a service have been started anyway, stop it: tests run their own private instance.
        $sudo service virtuoso-opensource-7 stop >/dev/null 2>&1 || true
    fi
}
