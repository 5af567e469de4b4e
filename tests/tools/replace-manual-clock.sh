#!/usr/bin/env bash
# Replaces our hand-written ManualTimeProvider with FakeTimeProvider (Microsoft.Extensions.TimeProvider.Testing)
# in every test file. Mechanical and idempotent: run it from the repository root after merging a branch
# that still uses ManualTimeProvider, then build. The package reference, the global using and
# WatchBot.Testing/TestTime.cs are already in the tree once this branch is merged.
#
#   ManualTimeProvider x = new();            ->  FakeTimeProvider x = new(TestTime.Start);
#   ManualTimeProvider X { get; } = new();   ->  FakeTimeProvider X { get; } = new(TestTime.Start);
#   new ManualTimeProvider()                 ->  new FakeTimeProvider(TestTime.Start)
#   new ManualTimeProvider(start)            ->  new FakeTimeProvider(start)
#   ManualTimeProvider (any other use)       ->  FakeTimeProvider
#   clock.AdvanceTo(instant)                 ->  clock.SetUtcNow(instant)
#
# TestTime.Start is ManualTimeProvider's old default (Sun 2026-11-22 20:00:00 UTC); FakeTimeProvider's own
# default is 2000-01-01. A file left with an unused `using WatchBot.Testing;` (it only needed the old
# clock) loses that line, or the build fails on IDE0005.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

mapfile -t files < <(grep -rlE 'ManualTimeProvider|\.AdvanceTo\(' --include='*.cs' tests bench 2>/dev/null | grep -v '/obj/\|/bin/\|tests/WatchBot.Testing/ManualTimeProvider.cs' || true)
for file in "${files[@]}"; do
  sed -i -E \
    -e 's/\bManualTimeProvider(\s+[A-Za-z_][A-Za-z0-9_]*(\s*\{\s*get;\s*\})?\s*=\s*)new\(\);/FakeTimeProvider\1new(TestTime.Start);/g' \
    -e 's/\bnew ManualTimeProvider\(\)/new FakeTimeProvider(TestTime.Start)/g' \
    -e 's/\bManualTimeProvider\b/FakeTimeProvider/g' \
    -e 's/\.AdvanceTo\(/.SetUtcNow(/g' \
    "$file"
done

rm -f tests/WatchBot.Testing/ManualTimeProvider.cs

# Drop `using WatchBot.Testing;` where nothing from WatchBot.Testing is used any more.
testing_types=$(find tests/WatchBot.Testing -maxdepth 1 -name '*.cs' -printf '%f\n' | sed 's/\.cs$//' | paste -sd'|')
for file in $(grep -rl '^using WatchBot.Testing;' --include='*.cs' tests bench 2>/dev/null | grep -v '/obj/\|/bin/'); do
  # No grep -q: it would stop reading early, and pipefail would take the SIGPIPE for "not found".
  if ! grep -v '^using ' "$file" | grep -E "\b($testing_types)\b" > /dev/null; then
    sed -i '/^using WatchBot.Testing;$/d' "$file"
  fi
done

echo "replaced in ${#files[@]} file(s); now: dotnet build WatchBot.sln -c Release -warnaserror"
