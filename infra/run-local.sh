#!/usr/bin/env bash
# HubCrawler on one machine: Azurite (pinned, from npm) for grain storage, and one silo that
# hosts the HTTP API on http://127.0.0.1:5080. Sets up what it needs on first run.
#
#   infra/run-local.sh                       # against the public Semantic Scholar API
#   infra/run-local.sh --simulator           # against the local simulator (no internet needed)
#   infra/run-local.sh --simulator --crawl arXiv:2001.00001 --depth 2 --max-papers 500 [--exit]
#   infra/run-local.sh --simulator --silos 3     # a 3-silo cluster (Azure Table membership on Azurite);
#                                                # silo i serves the API on port 5080+i-1
#
# Options: --simulator, --papers N (simulator graph size, default 5000, plus the 20,000 citers of its heavy paper unless --sim-args "--heavy 0"), --sim-args "..." (more
# simulator options), --crawl ID[,ID...], --depth N, --max-papers N, --exit (stop when the crawl is
# done and print its figures), --memory (grain state in memory instead of Azurite), --silos N,
# --sources LIST (with --simulator: semanticscholar,openalex,arxiv,hub — each pointed at the simulator).
# Environment: HUBCRAWLER_URL (default http://127.0.0.1:5080), SIMULATOR_PORT (5090),
# AZURITE_BLOB_PORT / AZURITE_QUEUE_PORT / AZURITE_TABLE_PORT (default: free loopback ports),
# and any setting as Section__Key.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

simulator=false papers=5000 sim_args="" crawl="" depth=2 max_papers=1000 exit_after=false storage=AzureBlob silos=1 sources=""
while [ $# -gt 0 ]; do
  case "$1" in
    --simulator) simulator=true ;;
    --papers) papers="$2"; shift ;;
    --sim-args) sim_args="$2"; shift ;;
    --crawl) crawl="$2"; shift ;;
    --depth) depth="$2"; shift ;;
    --max-papers) max_papers="$2"; shift ;;
    --exit) exit_after=true ;;
    --memory) storage=Memory ;;
    --silos) silos="$2"; shift ;;
    --sources) sources="$2"; shift ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

url="${HUBCRAWLER_URL:-http://127.0.0.1:5080}"
free_port() {
  for port in $(shuf -i 20000-60000 -n 100); do
    (echo > "/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  echo "no free port found" >&2; exit 1
}
blob_port="${AZURITE_BLOB_PORT:-$(free_port)}" queue_port="${AZURITE_QUEUE_PORT:-$(free_port)}" table_port="${AZURITE_TABLE_PORT:-$(free_port)}"
data="$root/.data"
mkdir -p "$data/azurite"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_for() { # url seconds what
  for _ in $(seq 1 $(( $2 * 10 ))); do
    curl -fsS -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "$3 did not come up at $1" >&2; exit 1
}

echo "== setting up"
[ -d infra/azurite/node_modules/azurite ] || npm ci --prefix infra/azurite --no-audit --no-fund --loglevel=error >/dev/null
dotnet build silo/HubCrawler.Silo -c Release -nologo -v q -clp:ErrorsOnly
$simulator && dotnet build tests/HubCrawler.Simulator -c Release -nologo -v q -clp:ErrorsOnly

if [ "$storage" = AzureBlob ]; then
  echo "== Azurite on free loopback ports (blob $blob_port; data in .data/azurite)"
  node infra/azurite/node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --disableTelemetry \
    --location "$data/azurite" --blobHost 127.0.0.1 --blobPort "$blob_port" --queueHost 127.0.0.1 --queuePort "$queue_port" \
    --tableHost 127.0.0.1 --tablePort "$table_port" > "$data/azurite.log" 2>&1 &
  pids+=($!)
  export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:$blob_port/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$queue_port/devstoreaccount1;TableEndpoint=http://127.0.0.1:$table_port/devstoreaccount1;"
  for _ in $(seq 1 100); do (echo > "/dev/tcp/127.0.0.1/$blob_port") 2>/dev/null && break; sleep 0.1; done
fi
export Storage__Provider="$storage"

if $simulator; then
  sim_port="${SIMULATOR_PORT:-5090}"
  echo "== simulator with $papers papers on 127.0.0.1:$sim_port"
  # shellcheck disable=SC2086
  dotnet tests/HubCrawler.Simulator/bin/Release/net10.0/HubCrawler.Simulator.dll --papers "$papers" --port "$sim_port" $sim_args > "$data/simulator.log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$sim_port/sim/stats" 60 "the simulator"
  head -2 "$data/simulator.log"
  export Sources__SemanticScholar__BaseUrl="http://127.0.0.1:$sim_port/graph/v1"
  export Sources__SemanticScholar__RequestsPerSecond="${Sources__SemanticScholar__RequestsPerSecond:-0}"
  export Sources__SemanticScholar__MaxConcurrency="${Sources__SemanticScholar__MaxConcurrency:-64}"
  if [ -n "$sources" ]; then
    export Sources__Enabled="$sources"
    export Sources__OpenAlex__BaseUrl="http://127.0.0.1:$sim_port/openalex" Sources__Arxiv__BaseUrl="http://127.0.0.1:$sim_port/arxiv" Sources__Hub__BaseUrl="http://127.0.0.1:$sim_port" Sources__OpenCitations__BaseUrl="http://127.0.0.1:$sim_port/opencitations/index/v2"
    for s in OpenAlex Arxiv Hub OpenCitations; do export "Sources__${s}__RequestsPerSecond=0" "Sources__${s}__MaxConcurrency=64"; done
  fi
elif [ -n "$sources" ]; then
  export Sources__Enabled="$sources"
fi

if [ "$silos" -gt 1 ]; then
  [ "$storage" = AzureBlob ] || { echo "--silos needs Azure Storage (drop --memory)" >&2; exit 2; }
  export Orleans__Membership=AzureTable Orleans__ClusterId="local-$(date +%s)"
fi
base_port="${url##*:}"
silo_pid=""
for i in $(seq 1 "$silos"); do
  silo_url="${url%:*}:$((base_port + i - 1))"
  echo "== silo $i with the API on $silo_url"
  Orleans__SiloPort=$((11110 + i)) Orleans__GatewayPort=$((29999 + i)) \
    dotnet silo/HubCrawler.Silo/bin/Release/net10.0/HubCrawler.Silo.dll --urls "$silo_url" > "$data/silo$i.log" 2>&1 &
  pids+=($!)
  [ -n "$silo_pid" ] || silo_pid=$!
  wait_for "$silo_url/health" 90 "silo $i"
done
echo "HubCrawler is up: $url/api/papers/{id}, POST $url/api/crawls (logs in .data/)"

if [ -n "$crawl" ]; then
  # "sim:N" names the simulator's paper N; the simulator also says how many papers the crawl must reach.
  expected=""
  if $simulator && [[ "$crawl" == *sim:* ]]; then
    ids="" indices="" all_sim=true
    for id in ${crawl//,/ }; do
      if [[ "$id" == sim:* ]]; then
        indices="${indices:+$indices,}${id#sim:}"
        id=$(curl -fsS "http://127.0.0.1:$sim_port/sim/papers/${id#sim:}" | grep -o '"arxiv":"[^"]*"' | cut -d'"' -f4)
      else
        all_sim=false
      fi
      ids="${ids:+$ids,}$id"
    done
    crawl="$ids"
    if $all_sim; then
      expected=$(curl -fsS "http://127.0.0.1:$sim_port/sim/reachable?seeds=$indices&depth=$depth" | grep -o '"papers":[0-9]*' | cut -d: -f2)
    fi
  fi
  seeds=$(printf '%s' "$crawl" | awk -F, '{for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? "," : ""), $i}')
  started=$(date +%s.%N)
  location=$(curl -fsS -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"seeds\":[$seeds],\"depth\":$depth,\"maxPapers\":$max_papers}" "$url/api/crawls" | tr -d '\r' | awk 'tolower($1) == "location:" {print $2}')
  echo "== crawl $url$location"
  while true; do
    status=$(curl -fsS "$url$location")
    field() { printf '%s' "$status" | grep -o "\"$1\":[a-z0-9]*" | head -1 | cut -d: -f2; }
    printf '\r   discovered %s  fetched %s  from cache %s  failed %s  pending %s   ' \
      "$(field discovered)" "$(field fetched)" "$(field fromCache)" "$(field failed)" "$(field pending)"
    [ "$(field done)" = true ] && break
    sleep 0.5
  done
  elapsed=$(awk "BEGIN { print $(date +%s.%N) - $started }")
  peak_kb=$(awk '/VmHWM/ {print $2}' "/proc/$silo_pid/status")
  printf '\n== done in %.1f s; silo 1 peak RSS %d MB\n' "$elapsed" $((peak_kb / 1024))
  echo "$status"
  if [ -n "$expected" ]; then
    echo "== the simulator's graph says the crawl must reach $expected papers (if the budget allows)"
  fi
fi

if $exit_after; then exit 0; fi
echo "Ctrl+C stops HubCrawler."
wait "$silo_pid"
