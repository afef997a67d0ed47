#!/usr/bin/env bash
# Build cost: the clean release build of one small binary making one call with our
# crate (ours/) against the same binary on the official crate 0.12 + tokio (official/),
# each into a fresh target directory, twice, interleaved (ours, official, ours, official);
# then the incremental rebuild of ours after touching one service declaration.
# Dependencies are fetched first, so no download is timed. Prints a Markdown report.
set -euo pipefail
cd "$(dirname "$0")"
root="${CARGO_TARGET_DIR:-/tmp/target-bench}/build-cost"
mkdir -p "$root"
for c in ours official; do (cd "$c" && cargo fetch --locked -q); done

now() { date +%s.%N; }
# The five slowest units of a build, from cargo's --timings report.
slowest() {
  python3 - "$1/cargo-timings/cargo-timing.html" <<'PY' 2>/dev/null || echo "?"
import json, sys
html = open(sys.argv[1]).read()
start = html.index("[", html.index("UNIT_DATA = "))
units, _ = json.JSONDecoder().raw_decode(html[start:])
units.sort(key=lambda u: -u["duration"])
def label(u):
    if u.get("mode") == "run-custom-build":
        return u["name"] + " (running build.rs)"
    return u["name"] + (" (build.rs)" if "build-script" in u["target"] else "")
print(", ".join(f'{label(u)} {u["duration"]:.0f}' for u in units[:5]))
PY
}
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

echo "## Build cost"
echo
echo "- date: $(date); $(nproc) cores; $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(rustc -V)"
echo "- each build: \`cargo build --release --locked --offline --timings\` into a fresh, empty target directory"
echo
echo "| crate | run | clean release build (s) | units compiled | slowest units (s, from \`--timings\`) |"
echo "|---|---:|---:|---:|---|"
declare -A total
for run in 1 2; do
  for c in ours official; do
    dir="$root/$c-$run"
    rm -rf "$dir"
    t0=$(now)
    (cd "$c" && CARGO_TARGET_DIR="$dir" cargo build --release --locked --offline --timings 2> "$root/$c-$run.log")
    t1=$(now)
    s=$(secs "$t0" "$t1")
    total[$c]="${total[$c]:-} $s"
    units=$(grep -c '^ *Compiling ' "$root/$c-$run.log" || true)
    echo "| $c | $run | $s | $units | $(slowest "$dir") |"
  done
done
o=(${total[ours]}); f=(${total[official]})
echo
echo "- ours / official, run 1: **$(awk -v a="${o[0]}" -v b="${f[0]}" 'BEGIN { printf "%.2f", a / b }')x**, run 2: **$(awk -v a="${o[1]}" -v b="${f[1]}" 'BEGIN { printf "%.2f", a / b }')x** (target <= 0.5x)"
echo
echo "Crates in each dependency tree (\`cargo tree -e normal,build --prefix none\`, unique, the binary itself included):"
echo
for c in ours official; do
  n=$(cd "$c" && cargo tree --locked --offline -e normal,build --prefix none | sed 's/ (\*)$//; s/ (proc-macro)$//' | sort -u | wc -l)
  echo "- $c: $n crates"
done
echo
echo "### Incremental rebuild of ours after \`touch ngrok-api/src/services/reserved_domains.rs\`"
echo
for i in 1 2; do
  touch ../../ngrok-api/src/services/reserved_domains.rs
  t0=$(now)
  (cd ours && CARGO_TARGET_DIR="$root/ours-2" cargo build --release --locked --offline 2> "$root/incr-$i.log")
  t1=$(now)
  echo "- run $i: $(secs "$t0" "$t1") s ($(grep -c '^ *Compiling ' "$root/incr-$i.log" || true) units recompiled: $(grep '^ *Compiling ' "$root/incr-$i.log" | awk '{print $2}' | paste -sd, -))"
done
