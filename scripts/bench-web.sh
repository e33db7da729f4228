#!/usr/bin/env bash
# Load benchmark of the public pages: the home page, a search with text and two facets, and a
# technology page, each at 64 connections for 10 s with wrk, first over the demo catalogue
# (1,000 technologies), then over 100,000 synthetic ones. Prints requests/s and latency
# percentiles; asserts nothing. Runs its own portals on ports 18080/18081 with their own
# embedded PostgreSQL under target/bench/, and stops them at the end.
#
#   bash scripts/bench-web.sh            # both scales
#   SCALE=1000 bash scripts/bench-web.sh # the demo only
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null 2>&1; then
  as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk
fi

SCALE=${SCALE:-all}
DURATION=${DURATION:-10s}
cargo build --release --quiet --bin portal --example synthetic_catalogue
portal=target/release/portal
bench=target/bench
rm -rf "$bench" && mkdir -p "$bench"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -INT "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

start_portal() { # name port demo
  PORTAL_DATA_DIR="$bench/$1" PORTAL_ADDR="127.0.0.1:$2" PORTAL_DEMO="$3" RUST_LOG=warn \
    "$portal" serve >"$bench/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$2/readyz" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "the portal on port $2 did not start; see $bench/$1.log" >&2
  exit 1
}

measure() { # label url
  local out
  # One request first: the figures are for a portal in use, not for its very first request.
  curl -fs -o /dev/null "$2"
  out=$(wrk -t2 -c64 -d"$DURATION" --latency "$2")
  printf '%-34s %10s req/s   p50 %8s   p99 %8s\n' "$1" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")"
  if grep -q "Non-2xx" <<<"$out"; then grep "Non-2xx" <<<"$out"; fi
}

SEARCH="/technologies?q=solar+drying&domain=food&trl=7-9"
run_all() { # port label technology-ref
  measure "$2 home /" "http://127.0.0.1:$1/"
  measure "$2 search (text + 2 facets)" "http://127.0.0.1:$1$SEARCH"
  measure "$2 technology page" "http://127.0.0.1:$1/technologies/$3"
}

uncached() { # port label: single searches the portal has not seen yet (nothing remembered)
  echo "$2, first time each (single request, nothing remembered):"
  for q in "solar+drying&domain=food&trl=7-9" "cassava+wastewater&domain=water&cooperation=licence" \
           "drip+irrigation&domain=agriculture&trl=7-9" "%E6%9C%A8%E8%96%AF&domain=food&ip=know_how" \
           "water" ""; do
    curl -fs -o /dev/null -w "  %{time_total}s  /technologies?q=$q&sort=newest\n" \
      "http://127.0.0.1:$1/technologies?q=$q&sort=newest"
  done
}

echo "machine: $(nproc) cores; wrk -t2 -c64 -d$DURATION; portal and wrk share the machine"
if [ "$SCALE" = all ] || [ "$SCALE" = 1000 ]; then
  start_portal demo 18080 1
  run_all 18080 "1k:" T-0001
  uncached 18080 "1k"
fi
if [ "$SCALE" = all ] || [ "$SCALE" = 100000 ]; then
  start_portal scale 18081 0
  target/release/examples/synthetic_catalogue 100000 "$bench/synthetic" >/dev/null
  started=$(date +%s.%N)
  PORTAL_DATA_DIR="$bench/scale" RUST_LOG=warn "$portal" import "$bench/synthetic" >/dev/null
  echo "imported 100,000 synthetic technologies in $(echo "$(date +%s.%N) - $started" | bc) s"
  run_all 18081 "100k:" S-0000000
  uncached 18081 "100k"
fi
