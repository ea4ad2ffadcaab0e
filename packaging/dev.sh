#!/usr/bin/env bash
# Set up OwnVoice from a source checkout, then run it or its tests.
#
#   bash packaging/dev.sh run [ARGS]    # the app (ARGS go to ownvoice, e.g. --lang fi)
#   bash packaging/dev.sh test [ARGS]   # the whole test suite (ARGS go to pytest)
#
# Works on a fresh Debian or Ubuntu with Python 3.11+. It makes .venv/ beside this checkout and
# installs the pinned dependencies (again only when pyproject.toml or the constraints change).
# Qt needs a few system libraries: as root they are installed with apt-get, otherwise named.
# The test run also installs the validators of the Linux packaging files (optional: the tests
# that use them are skipped without them, so a run that is not root still works).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
venv="$here/.venv"
mode=${1:-}
[ $# -gt 0 ] && shift
case "$mode" in
  run|test) ;;
  *) echo "usage: bash packaging/dev.sh run|test [ARGS]" >&2; exit 2 ;;
esac

say() { printf 'ownvoice-setup: %s\n' "$*" >&2; }

pick_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return 0
    fi
  done
  say "OwnVoice needs Python 3.11 or newer (on Debian/Ubuntu: apt-get install python3)."
  exit 1
}

# Debian packages Qt (PySide6) needs at run time; the X11 ones only for a real window.
QT_PACKAGES_ALL="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core"
QT_PACKAGES_X11="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0"

# Validators for the Linux packaging files (tests/test_packaging.py).
TEST_TOOLS="desktop-file-utils appstream shared-mime-info"

# Spelling and word forms: Voikko for Finnish, Hunspell's dictionaries for Swedish and English
# (app/services/language_tools). Optional: without them OwnVoice marks no spelling and the
# voice check keeps its word rules; the tests that need them are skipped.
LANGUAGE_TOOLS="libvoikko1 voikko-fi libhunspell-1.7-0 hunspell-sv hunspell-en-us"

apt_install() {  # apt_install WHO PACKAGE...: who needs them, for the message
  local who=$1
  shift
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing system packages: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "$who needs these system packages: ${missing[*]}"
    say "install them with: sudo apt-get install ${missing[*]}"
    return 1
  fi
}

system_packages() {
  command -v dpkg >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: nothing we can check
  local needed="$QT_PACKAGES_ALL"
  [ "$mode" = run ] && needed="$needed $QT_PACKAGES_X11"
  local python
  python=$(pick_python)
  if ! "$python" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    needed="$needed python3-venv"
  fi
  # shellcheck disable=SC2086
  apt_install Qt $needed
  # shellcheck disable=SC2086
  apt_install "Spelling (Finnish, Swedish, English)" $LANGUAGE_TOOLS ||
    say "without them, misspelt words are not marked and those tests are skipped"
  if [ "$mode" = test ]; then
    # shellcheck disable=SC2086
    apt_install "Checking the packaging files" $TEST_TOOLS ||
      say "without them, those tests are skipped"
  fi
}

make_venv() {
  local python stamp want
  python=$(pick_python)
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  stamp="$venv/.ownvoice-installed"
  want=$(cat pyproject.toml packaging/constraints.txt | sha256sum | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing OwnVoice and its pinned dependencies into .venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install -q --disable-pip-version-check \
      -c packaging/constraints.txt -e ".[test]"
    echo "$want" >"$stamp"
  fi
}

system_packages
make_venv

if [ "$mode" = run ]; then
  exec "$venv/bin/ownvoice" "$@"
fi
# Headless by default (tests/conftest.py sets the same); -p no:cacheprovider keeps clones clean.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
exec "$venv/bin/python" -m pytest -p no:cacheprovider "$@"
