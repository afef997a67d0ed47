#!/bin/sh
# Builds the ngrok-api-mock program exactly as the container recipe (Dockerfile, next to
# this script) ships it. CI runs this same script, so the recipe's build cannot drift
# from what CI checks. The program lands in ${CARGO_TARGET_DIR:-target}/release/.
set -eu
cd "$(dirname "$0")/.."
exec cargo build --release --locked -p ngrok-api-mock --bin ngrok-api-mock
