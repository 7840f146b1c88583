#!/usr/bin/env bash
# Runs every test of LearningSearch. On a fresh Debian machine it first installs what the tests need from
# Debian's packages (Chromium for the browser tests, tesseract-ocr for scanned reviews), so this one command
# is all the set-up there is.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v /usr/bin/chromium >/dev/null 2>&1 || ! command -v tesseract >/dev/null 2>&1; then
  echo "Installing Chromium (browser tests) and tesseract-ocr (scanned reviews) from Debian's packages..."
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium tesseract-ocr tesseract-ocr-eng >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium tesseract-ocr tesseract-ocr-eng >/dev/null
  fi
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test LearningSearch.sln --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line for every test project together, in the plain form CI reads.
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
echo
echo "${passed:-0} passed, ${failed:-0} failed"
exit "$status"
