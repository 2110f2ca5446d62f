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
