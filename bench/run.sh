#!/usr/bin/env bash
# The one command for the benchmarks (see BENCHMARKS.md at the repository root):
#
#   bench/run.sh             runtime figures (about 3 minutes), then build cost (about 10)
#   bench/run.sh runtime     only the runtime figures: single request, listing, memory, CPU
#   bench/run.sh build-cost  only the build cost
#
# Everything runs on this machine, on loopback (127.0.0.1) only. Builds go to
# $CARGO_TARGET_DIR (default /tmp/target-bench), never to the library's target/.
set -euo pipefail
cd "$(dirname "$0")"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/tmp/target-bench}"
what="${1:-all}"
if [[ "$what" == all || "$what" == runtime ]]; then
  cargo build --release --locked -q
  "$CARGO_TARGET_DIR/release/ngrok-api-bench" all
fi
if [[ "$what" == all || "$what" == build-cost ]]; then
  echo
  build-cost/run.sh
fi
