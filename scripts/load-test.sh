#!/usr/bin/env bash
# A bounded load test a person can run: starts the real SearchApi on 127.0.0.1 over a 50-review synthetic
# corpus and sends searches from this process for a fixed 20 seconds (loopback only), then stops by itself.
# The result is written to docs/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project bench/LearningSearch.Bench -- run --reviews "${REVIEWS:-50}" --http-seconds "${SECONDS_OF_LOAD:-20}" --http-workers "${WORKERS:-4}"
