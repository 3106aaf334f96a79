#!/usr/bin/env bash
# Photographs every screen of Ketenregie on the demo region, under Xvfb,
# into docs/screenshots/. Usage: scripts/screenshots.sh ./ketenregie
set -euo pipefail
bin=$(realpath "$1")
out=$(realpath -m docs/screenshots)

if ! command -v Xvfb >/dev/null 2>&1 || ! command -v import >/dev/null 2>&1; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y xvfb imagemagick >&2
fi

work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" --db "$work/demo.db" demo >/dev/null
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1280x800x24 >"$work/xvfb.log" 2>&1 &
xvfb=$!
sleep 1
rm -rf "$out"
mkdir -p "$out"
# A fresh config folder: the screenshots do not depend on, or change, the
# preferences of whoever runs them. The program says "shot FILE" when a
# screen is ready and waits until FILE exists.
XDG_CONFIG_HOME="$work/config" LANG=nl_NL.UTF-8 DISPLAY="$display" \
  KETENREGIE_SCREENSHOTS="$out" timeout 180 "$bin" --db "$work/demo.db" |
  while read -r word file; do
    [ "$word" = shot ] || continue
    DISPLAY="$display" import -window root "$file.tmp.png" && mv "$file.tmp.png" "$file"
    echo "$file"
  done
