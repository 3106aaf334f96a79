#!/usr/bin/env bash
# Colleagues on an older version keep working. Builds the command line of
# the last version before activities and figures existed (the commit before
# issue 17) and of this one, and exchanges files between them:
#   1. this version loads the demo region (activities, own measures,
#      figures) and writes a file for colleagues;
#   2. the old version reads it: the kinds it does not know are kept, its
#      database checks out, and it writes a file of its own;
#   3. this version, on a fresh database, reads the old one's file and has
#      every activity, measure and figure exactly as they were made, and the
#      first database reads the old one's file too.
# Usage: scripts/compat.sh [GO]   (needs the git history of the commit)
set -euo pipefail
GO=${1:-go}
OLD=c48681f # the last commit before issue 17
root=$(git rev-parse --show-toplevel)
cd "$root"
if ! git cat-file -e "$OLD^{commit}" 2>/dev/null; then
  echo "compat: commit $OLD is not in this clone (a shallow clone?); the test needs the history" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'git worktree remove --force "$work/old" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

# The command line alone (cgo-free) of each version: cli.Run without a GUI.
cli_main='package main

import (
	"os"

	"ketenregie/cli"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr, "compat", nil)) }
'
git worktree add --detach "$work/old" "$OLD" >/dev/null 2>&1
for v in old new; do
  src=$root
  [ $v = old ] && src=$work/old
  mkdir -p "$src/internal/compatmain"
  printf '%s' "$cli_main" >"$src/internal/compatmain/main.go"
  (cd "$src" && CGO_ENABLED=0 "$GO" build -tags migrated_fynedo -o "$work/bin-$v" ./internal/compatmain)
  rm -rf "$src/internal/compatmain"
  rmdir "$src/internal" 2>/dev/null || true
done

new() { "$work/bin-new" --db "$work/$1.db" "${@:2}"; }
old() { "$work/bin-old" --db "$work/$1.db" "${@:2}"; }
kinds() { # the activities, measures and figures of a database, as JSON lines
  for k in activity measure figure; do "$work/bin-new" --db "$work/$1.db" list "$k" --json; done
}

new anne demo >/dev/null
new anne bundle export -o "$work/anne.ketenregie" >/dev/null
old bram bundle import "$work/anne.ketenregie" >/dev/null
old bram check >/dev/null
old bram add contact name="Bram Oud" >/dev/null
old bram bundle export -o "$work/bram.ketenregie" >/dev/null

new carla bundle import "$work/bram.ketenregie" >/dev/null
new carla check >/dev/null
new anne bundle import "$work/bram.ketenregie" >/dev/null
new anne check >/dev/null
if [ "$(kinds anne)" != "$(kinds carla)" ]; then
  echo "compat: the activities, measures and figures that went through the old version differ:" >&2
  diff <(kinds anne) <(kinds carla) | head -20 >&2
  exit 1
fi
n=$(new carla list figure | tail -n +2 | wc -l)
a=$(new carla list activity | tail -n +2 | wc -l)
[ "$n" -gt 100 ] && [ "$a" -gt 20 ] || { echo "compat: only $a activities and $n figures came back" >&2; exit 1; }
new anne list contact name="Bram Oud" | grep -q "Bram Oud" || { echo "compat: the old version's own change did not arrive" >&2; exit 1; }
echo "compat: $a activities and $n figures went through version $OLD and came back unchanged"
