#!/usr/bin/env bash
# Runs every test: installs the pinned Azurite (the storage tests start their own on free
# loopback ports) and axe-core (the accessibility tests), builds, runs the suite, and ends with "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."

npm ci --prefix infra/azurite --no-audit --no-fund --loglevel=error >/dev/null
# axe-core, which the accessibility tests inject into the pages in Chromium.
npm ci --prefix tests/HubCrawler.Tests/Web/axe --no-audit --no-fund --loglevel=error >/dev/null
dotnet build HubCrawler.sln -c Release -nologo -clp:ErrorsOnly
# The Azure templates: built and linted offline with the Bicep CLI from NuGet; any warning fails the run.
bash infra/azure/build.sh

results="$(mktemp -d)"
status=0
tests_started=$(date +%s)
dotnet test HubCrawler.sln -c Release --no-build -nologo \
  --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@" || status=$?
tests_seconds=$(( $(date +%s) - tests_started ))

# A test host that crashed can leave its Azurite behind; those run from "hubcrawler-azurite-" temp folders.
pkill -f "hubcrawler-azurite-" 2>/dev/null || true

# A reduced run of the benchmark harness (tests/HubCrawler.Bench, mode ci): checks that every mode runs, that Crawlee's
# peer runs, and that each HubCrawler crawl found exactly the papers the simulator's graph says (no timing thresholds).
crawlee=tests/HubCrawler.Bench/crawlee
if ! cmp -s "$crawlee/package-lock.json" "$crawlee/node_modules/.installed-lock.json" 2>/dev/null; then
  npm ci --prefix "$crawlee" --no-audit --no-fund --loglevel=error >/dev/null && cp "$crawlee/package-lock.json" "$crawlee/node_modules/.installed-lock.json"
fi
if timeout 300 dotnet tests/HubCrawler.Bench/bin/Release/net10.0/HubCrawler.Bench.dll ci > "$results/bench.log" 2>&1; then
  echo "bench (ci mode): ok, every HubCrawler crawl matched the simulator's oracle"
else
  cat "$results/bench.log" >&2
  echo "bench (ci mode): FAILED (output above)" >&2
  status=1
fi

trx="$results/results.trx"
if [ ! -f "$trx" ]; then
  echo "no test results were written" >&2
  exit 1
fi
counter() { grep -o "<Counters [^>]*" "$trx" | grep -o " $1=\"[0-9]*\"" | grep -o "[0-9]*"; }
passed=$(counter passed)
failed=$(counter failed)
total=$(counter total)
executed=$(counter executed)
skipped=$((total - executed))
echo "the tests took $((tests_seconds / 60)) m $((tests_seconds % 60)) s (wall time of dotnet test)"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
