#!/usr/bin/env bash
# Install the Linux bundle (dist/ownvoice/, from packaging/build_linux.sh) for this user:
# the program, its menu entry, its icon, and the .ownvoice file type that opens with it.
#
#   bash packaging/linux/install.sh [BUNDLE]       # default: dist/ownvoice
#   bash packaging/linux/install.sh --uninstall
#
# Everything goes under ~/.local (XDG_DATA_HOME): nothing needs root.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
app_id=io.github.ownvoice.OwnVoice
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
target=$data/ownvoice/bundle

refresh() {
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$data/ownvoice/bundle"
  rm -f "$bin/ownvoice" "$data/applications/$app_id.desktop" \
    "$data/metainfo/$app_id.metainfo.xml" "$data/mime/packages/$app_id.xml" \
    "$data/icons/hicolor/scalable/apps/$app_id.svg"
  rm -f "$data"/icons/hicolor/*/apps/"$app_id".png
  refresh
  echo "OwnVoice is uninstalled; your data folder is left as it is."
  exit 0
fi

bundle=${1:-$here/dist/ownvoice}
if [ ! -x "$bundle/ownvoice" ]; then
  echo "install: no bundle at $bundle; build it first: bash packaging/build_linux.sh" >&2
  exit 1
fi
rm -rf "$target"
mkdir -p "$(dirname "$target")" "$bin"
cp -a "$bundle" "$target"
ln -sf "$target/ownvoice" "$bin/ownvoice"
# The menu entry names the program by its full path: ~/.local/bin need not be on PATH.
mkdir -p "$data/applications"
sed -e "s|^Exec=ownvoice |Exec=$target/ownvoice |" -e "s|^TryExec=ownvoice$|TryExec=$target/ownvoice|" \
  "$here/packaging/linux/$app_id.desktop" >"$data/applications/$app_id.desktop"
install -Dm644 "$here/packaging/linux/$app_id.metainfo.xml" "$data/metainfo/$app_id.metainfo.xml"
install -Dm644 "$here/packaging/linux/$app_id.xml" "$data/mime/packages/$app_id.xml"
install -Dm644 "$here/resources/icons/ownvoice.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$here"/resources/icons/hicolor/*/apps/ownvoice.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -Dm644 "$png" "$data/icons/hicolor/$size/apps/$app_id.png"
done
refresh
echo "OwnVoice is installed: $bin/ownvoice, in the menu, and .ownvoice files open with it."
case ":$PATH:" in *":$bin:"*) ;; *) echo "(add $bin to PATH to type 'ownvoice' in a terminal)";; esac
