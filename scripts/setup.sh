#!/usr/bin/env bash
# Installs what building Ketenregie needs on Debian or Ubuntu, and nothing
# that is already there: a C compiler and the X11/OpenGL headers (Fyne uses
# cgo), and Go. Uses sudo when not run as root. Prints the go command to use.
set -euo pipefail

need_go="1.26.0"
packages=(gcc libc6-dev pkg-config libgl1-mesa-dev xorg-dev)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
command -v curl >/dev/null 2>&1 || missing+=(curl ca-certificates)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
gocmd=$(command -v go || true)
[ -n "$gocmd" ] || [ -x /usr/local/go/bin/go ] || missing+=(golang-go)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Ketenregie: installeren van ${missing[*]}" >&2
  "${sudo_cmd[@]}" apt-get update >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y "${missing[@]}" >&2
fi

gocmd=$(command -v go || echo /usr/local/go/bin/go)

# Go 1.21 and later fetch the toolchain go.mod asks for by themselves. An
# older go (Debian 12 ships 1.19) cannot, so fetch it from the Go module
# proxy, where the go command itself gets its toolchains.
go_minor=$("$gocmd" env GOVERSION 2>/dev/null | sed -E 's/^go1\.([0-9]+).*/\1/' || echo 0)
if [ -z "$go_minor" ] || [ "$go_minor" -lt 21 ] 2>/dev/null; then
  arch=$(dpkg --print-architecture)
  dir="${XDG_CACHE_HOME:-$HOME/.cache}/ketenregie/go$need_go"
  if [ ! -x "$dir/bin/go" ]; then
    echo "Ketenregie: Go $need_go ophalen" >&2
    proxy=$("$gocmd" env GOPROXY 2>/dev/null | cut -d, -f1)
    case "$proxy" in http*) ;; *) proxy=https://proxy.golang.org ;; esac
    tmp=$(mktemp -d)
    curl -fsSL -o "$tmp/go.zip" "$proxy/golang.org/toolchain/@v/v0.0.1-go$need_go.linux-$arch.zip"
    unzip -q "$tmp/go.zip" -d "$tmp"
    mkdir -p "$(dirname "$dir")"
    rm -rf "$dir"
    mv "$tmp/golang.org/toolchain@v0.0.1-go$need_go.linux-$arch" "$dir"
    chmod +x "$dir/bin/"* "$dir/pkg/tool/"*/* 2>/dev/null || true
    rm -rf "$tmp"
  fi
  gocmd="$dir/bin/go"
fi
echo "$gocmd"
