#!/usr/bin/env bash
# Runs every test (unit, integration, browser) on a fresh machine: installs what is missing, then
# `dotnet test` on the solution with this script's arguments passed on (./test.sh --filter Tck).
# Ends with one plain line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet build Graph.sln -c Release -warnaserror -v minimal || { echo "0 passed, 1 failed"; exit 1; }
dotnet test Graph.sln -c Release --no-build --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$line"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$line")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$line"); n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0})); skipped=$((skipped + ${n:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
