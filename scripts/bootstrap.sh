#!/usr/bin/env bash
# Set up mediator on a fresh Debian/Ubuntu machine, then run it or test it.
#
#   bash scripts/bootstrap.sh demo   # install everything, open the app on a demo database
#   bash scripts/bootstrap.sh test   # install the test needs, run the whole test suite
#
# Installs system packages with apt-get (via sudo when not root), creates
# .venv beside this repository and installs mediator into it (editable).
set -euo pipefail

mode="${1:-}"
case "$mode" in
demo | test) ;;
*)
    echo "usage: bash scripts/bootstrap.sh demo|test" >&2
    exit 64
    ;;
esac

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

# Qt's runtime libraries for the offscreen platform (toolchain.md 3.1).
qt_headless=(libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libdbus-1-3)
# A real window through xcb: the libraries the error message does not all name (toolchain.md 3.2).
qt_window=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-randr0 libxcb-xinerama0)
# CJK fonts: Noto CJK for the screen (shows 𠮷), AR PL UMing + Hanazono for the PDFs,
# poppler to read PDFs back (poppler-data, or CJK text renders blank).
fonts_pdf=(fontconfig fonts-noto-cjk fonts-arphic-uming fonts-hanazono poppler-utils poppler-data)
python_pkgs=(python3 python3-venv python3-pip)

packages=("${qt_headless[@]}" "${fonts_pdf[@]}" "${python_pkgs[@]}")
if [ "$mode" = demo ]; then
    packages+=("${qt_window[@]}")
else
    packages+=(xvfb xauth)
fi

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for pkg in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "==> installing system packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

python="${PYTHON:-python3}"
"$python" - <<'PY'
import sys
if sys.version_info < (3, 11):
    sys.exit(f"mediator needs Python 3.11 or newer; this is {sys.version.split()[0]}")
PY

if [ ! -x .venv/bin/python ]; then
    echo "==> creating .venv"
    "$python" -m venv .venv
fi
extras=""
[ "$mode" = test ] && extras="[test]"
echo "==> installing mediator$extras into .venv"
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".$extras"

if [ "$mode" = test ]; then
    echo "==> running the test suite"
    export QT_QPA_PLATFORM=offscreen
    exec .venv/bin/python -m pytest -q -p no:cacheprovider
fi

demo_dir="${MEDIATOR_DEMO_DIR:-$HOME/mediator-demo}"
if [ ! -f "$demo_dir/mediator.db" ]; then
    echo "==> creating a demo database in $demo_dir"
    .venv/bin/mediator --data-dir "$demo_dir" demo --cases 2000 --seed 1
fi
echo "==> starting mediator on $demo_dir"
exec .venv/bin/mediator --data-dir "$demo_dir"
