#!/usr/bin/env bash
# Build OwnVoice's Linux bundle with PyInstaller (packaging/ownvoice.spec): dist/ownvoice/,
# a folder holding the `ownvoice` executable with everything it needs. Prints its size and
# how long the build took.
#
#   bash packaging/build_linux.sh              # with .venv/ (made by packaging/dev.sh)
#   PYTHON=/path/to/python bash packaging/build_linux.sh
#
# PyInstaller is in the `package` extra, not in the app's dependencies; it is installed into
# that Python (pinned by packaging/constraints.txt) if it is not there yet.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
python=${PYTHON:-$here/.venv/bin/python}
dist=${OWNVOICE_DIST:-$here/dist}
work=${OWNVOICE_BUILD:-$here/build/pyinstaller}

if [ ! -x "$python" ]; then
  echo "build: no Python at $python; run 'bash packaging/dev.sh test' first or set PYTHON" >&2
  exit 1
fi
if ! "$python" -c 'import PyInstaller' >/dev/null 2>&1; then
  echo "build: installing PyInstaller (the package extra)" >&2
  "$python" -m pip install -q --disable-pip-version-check -c packaging/constraints.txt pyinstaller
fi

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$dist" --workpath "$work" packaging/ownvoice.spec
seconds=$(( $(date +%s) - start ))

bundle="$dist/ownvoice"
size=$(du -sh "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "bundle: $bundle"
echo "size: $size ($files files)"
echo "build time: ${seconds}s"
"$bundle/ownvoice" --version
