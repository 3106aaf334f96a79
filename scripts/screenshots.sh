#!/usr/bin/env bash
# Photographs every screen of Ketenregie on the demo region, under Xvfb,
# into docs/screenshots/. Usage: scripts/screenshots.sh ./ketenregie [WxH...]
# Each size gets a screen of its own size, so a screenshot shows what fits
# on such a screen: the first size goes into docs/screenshots/ itself (the
# pictures the README shows), every other one into docs/screenshots/WxH/.
set -euo pipefail
bin=$(realpath "$1")
shift
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1280x720)
out=$(realpath -m docs/screenshots)

if ! command -v Xvfb >/dev/null 2>&1 || ! command -v import >/dev/null 2>&1; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update >&2
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y xvfb imagemagick >&2
fi

work=$(mktemp -d)
xvfb=
trap '[ -z "$xvfb" ] || kill $xvfb 2>/dev/null || true; rm -rf "$work"' EXIT
"$bin" --db "$work/demo.db" demo >/dev/null
rm -rf "$out"
for size in "${sizes[@]}"; do
  dir=$out
  [ "$size" = "${sizes[0]}" ] || dir=$out/$size
  mkdir -p "$dir"
  # Xvfb picks a free display itself (-displayfd): a display another X
  # server holds would put these screenshots on that server's screen size.
  rm -f "$work/display"
  Xvfb -displayfd 3 -screen 0 "${size}x24" 3>"$work/display" >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
  [ -s "$work/display" ] || { echo "screenshots: Xvfb did not start: $(cat "$work/xvfb.log")" >&2; exit 1; }
  display=:$(head -1 "$work/display")
  # A fresh config folder: the screenshots do not depend on, or change, the
  # preferences of whoever runs them. The program says "shot FILE" when a
  # screen is ready and waits until FILE exists.
  rm -rf "$work/config"
  XDG_CONFIG_HOME="$work/config" LANG=nl_NL.UTF-8 DISPLAY="$display" \
    KETENREGIE_SCREENSHOTS="$dir" KETENREGIE_SCREENSHOTS_SIZE="$size" timeout 180 "$bin" --db "$work/demo.db" |
    while read -r word file; do
      [ "$word" = shot ] || continue
      DISPLAY="$display" import -window root "$file.tmp.png" && mv "$file.tmp.png" "$file"
      echo "$file"
    done
  kill $xvfb 2>/dev/null || true
  wait $xvfb 2>/dev/null || true
  xvfb=
  if ! ls "$dir"/*.png >/dev/null 2>&1; then
    echo "screenshots: no screenshot at $size" >&2
    exit 1
  fi
done
