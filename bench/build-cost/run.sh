#!/usr/bin/env bash
# Build cost: the clean release build of one small binary making one call with our
# crate (ours/) against the same binary on the official crate 0.12 + tokio (official/),
# each into a fresh target directory, twice, interleaved (ours, official, ours, official);
# then the incremental rebuild of ours after touching one service declaration.
# Dependencies are fetched first, so no download is timed. Prints a Markdown report.
#
# BASELINE=<git revision> adds a third crate, "baseline": the same binary as ours/ built
# against ngrok-api as it was at that revision (exported with `git archive`), interleaved
# with the others, so a change to the library is compared with its predecessor in one run.
#
# TLS_VARIANTS=1 adds ours/ built with each other TLS choice of ngrok-api: "ours-native-tls"
# (default-features = false, features = ["native-tls"]; needs OpenSSL's headers) and
# "ours-platform-verifier" (rustls with the system's trust store); "ours" is the default,
# rustls with webpki-roots. Each is a copy of ours/ whose lock file gains the variant's
# crates (one `cargo fetch`, before anything is timed).
set -euo pipefail
cd "$(dirname "$0")"
root="${CARGO_TARGET_DIR:-/tmp/target-bench}/build-cost"
mkdir -p "$root"
crates=(ours official)
if [[ -n "${BASELINE:-}" ]]; then
  src="$root/baseline-src"
  rm -rf "$src" baseline
  mkdir -p "$src"
  git -C ../.. archive "$BASELINE" | tar -x -C "$src"
  # A copy of ours/ pointing at the exported tree; ours/ and baseline/ share the lock file
  # as long as the library's dependencies did not change between the two revisions.
  cp -r ours baseline
  rm -rf baseline/target
  sed -i "s|path = \"../../../ngrok-api\"|path = \"$src/ngrok-api\"|" baseline/Cargo.toml
  sed -i 's/^name = "build-cost-ours"/name = "build-cost-baseline"/' baseline/Cargo.toml
  sed -i 's/^name = "build-cost-ours"/name = "build-cost-baseline"/' baseline/Cargo.lock
  # Drops what only the newer library needs from the copied lock file, keeping every
  # version it has (no --locked here; the timed builds below are --locked).
  (cd baseline && cargo metadata --offline --format-version 1 >/dev/null)
  trap 'rm -rf baseline' EXIT
  crates=(ours baseline official)
fi
variants=()
if [[ -n "${TLS_VARIANTS:-}" ]]; then
  for feature in native-tls platform-verifier; do
    v="ours-$feature"
    rm -rf "$v"
    cp -r ours "$v"
    rm -rf "$v/target"
    sed -i "s|^ngrok-api = { path = \"../../../ngrok-api\" }|ngrok-api = { path = \"../../../ngrok-api\", default-features = false, features = [\"$feature\"] }|" "$v/Cargo.toml"
    grep -q "features = \[\"$feature\"\]" "$v/Cargo.toml" || { echo "could not set the feature in $v/Cargo.toml"; exit 1; }
    sed -i "s/^name = \"build-cost-ours\"/name = \"build-cost-$v\"/" "$v/Cargo.toml" "$v/Cargo.lock"
    # Adds the variant's crates to the copied lock file, keeping every version it has.
    (cd "$v" && cargo fetch -q)
    variants+=("$v")
  done
  trap 'rm -rf ${BASELINE:+baseline} ${variants[*]}' EXIT
  crates=("${crates[@]:0:${#crates[@]}-1}" "${variants[@]}" official)
fi
for c in "${crates[@]}"; do (cd "$c" && cargo fetch --locked -q); done

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
if [[ -n "${BASELINE:-}" ]]; then echo "- baseline: ngrok-api at \`$(git -C ../.. rev-parse --short "$BASELINE")\`; ours: the working tree at \`$(git -C ../.. rev-parse --short HEAD)\`$(git -C ../.. diff --quiet HEAD -- ngrok-api ngrok-api-macros || echo ' (with uncommitted changes)')"; fi
echo
echo "| crate | run | clean release build (s) | units compiled | slowest units (s, from \`--timings\`) |"
echo "|---|---:|---:|---:|---|"
declare -A total
for run in 1 2; do
  for c in "${crates[@]}"; do
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
if [[ -n "${BASELINE:-}" ]]; then
  b=(${total[baseline]})
  echo
  echo "- ours / baseline, run 1: **$(awk -v a="${o[0]}" -v b="${b[0]}" 'BEGIN { printf "%.2f", a / b }')x**, run 2: **$(awk -v a="${o[1]}" -v b="${b[1]}" 'BEGIN { printf "%.2f", a / b }')x**"
fi
for v in "${variants[@]}"; do
  t=(${total[$v]})
  echo "- $v / official, run 1: **$(awk -v a="${t[0]}" -v b="${f[0]}" 'BEGIN { printf "%.2f", a / b }')x**, run 2: **$(awk -v a="${t[1]}" -v b="${f[1]}" 'BEGIN { printf "%.2f", a / b }')x**"
done
echo "- ours / official, run 1: **$(awk -v a="${o[0]}" -v b="${f[0]}" 'BEGIN { printf "%.2f", a / b }')x**, run 2: **$(awk -v a="${o[1]}" -v b="${f[1]}" 'BEGIN { printf "%.2f", a / b }')x** (target <= 0.5x)"
echo
echo "Crates in each dependency tree (\`cargo tree -e normal,build --prefix none\`, unique, the binary itself included):"
echo
for c in "${crates[@]}"; do
  n=$(cd "$c" && cargo tree --locked --offline -e normal,build --prefix none | sed 's/ (\*)$//; s/ (proc-macro)$//' | sort -u | wc -l)
  echo "- $c: $n crates"
done
echo
echo "### Incremental rebuild after \`touch ngrok-api/src/services/reserved_domains.rs\`"
echo
incremental() { # crate, library source root
  touch "$2/ngrok-api/src/services/reserved_domains.rs"
  t0=$(now)
  (cd "$1" && CARGO_TARGET_DIR="$root/$1-2" cargo build --release --locked --offline 2> "$root/incr-$1-$i.log")
  t1=$(now)
  echo "- $1, run $i: $(secs "$t0" "$t1") s ($(grep -c '^ *Compiling ' "$root/incr-$1-$i.log" || true) units recompiled: $(grep '^ *Compiling ' "$root/incr-$1-$i.log" | awk '{print $2}' | paste -sd, -))"
}
for i in 1 2; do
  incremental ours ../..
  if [[ -n "${BASELINE:-}" ]]; then incremental baseline "$src"; fi
done
