#!/usr/bin/env bash
# Builds what a coordinator installs: a Linux .tar.xz (binary, .desktop
# file, icon) and, when Debian's mingw-w64 cross-compiler is there or
# `dist.sh windows` asks for it, a Windows .exe (GUI subsystem, icon and
# version information). The fyne packaging tool is pinned in tools/go.mod.
# Everything lands in dist/. Usage: scripts/dist.sh [linux|windows|all]
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
GO=$(scripts/setup.sh)
export PATH="$(dirname "$GO"):$PATH"
version=$(sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
mkdir -p dist
# The packaging tool rewrites FyneApp.toml (it counts builds); the version
# lives there, so keep the file as it is in git.
cp FyneApp.toml dist/.FyneApp.toml.keep
trap 'mv dist/.FyneApp.toml.keep FyneApp.toml' EXIT
# The tool itself is built for this machine, whatever GOOS the package is for.
mkdir -p dist/.tools
(cd tools && GOOS= GOARCH= CGO_ENABLED= "$GO" build -o ../dist/.tools/fyne fyne.io/tools/cmd/fyne)
fyne() { dist/.tools/fyne "$@"; }

if [ "$what" = linux ] || [ "$what" = all ]; then
  "$GO" build -tags migrated_fynedo -trimpath -ldflags "-s -w" -o dist/ketenregie .
  fyne package -os linux --exe dist/ketenregie --src . --icon icons/icon.png --name Ketenregie --release
  mv Ketenregie.tar.xz "dist/ketenregie-$version-linux-amd64.tar.xz"
  rm dist/ketenregie
  echo "dist/ketenregie-$version-linux-amd64.tar.xz"
fi

if [ "$what" = windows ] || { [ "$what" = all ] && command -v x86_64-w64-mingw32-gcc >/dev/null; }; then
  if ! command -v x86_64-w64-mingw32-gcc >/dev/null; then
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y gcc-mingw-w64-x86-64 >&2
  fi
  CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
    fyne package -os windows --src . --icon icons/icon.png --name Ketenregie --app-id nl.ketenregie.app \
    --tags migrated_fynedo --release
  mv Ketenregie.exe "dist/Ketenregie-$version-windows-amd64.exe"
  echo "dist/Ketenregie-$version-windows-amd64.exe"
fi
