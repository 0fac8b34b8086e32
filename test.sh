#!/usr/bin/env bash
# Runs every test (unit, integration, browser) on a fresh machine: installs what is missing (Debian's
# chromium and CJK fonts for the browser tests, the npm packages of web/ and of any test tooling), then
# builds and runs `dotnet test` on the solution with this script's arguments passed on
# (./test.sh --filter Tck). Ends with one plain line: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Playwright drives Debian's chromium (tests/Graph.Explorer.Tests/Support/Chromium.cs); it must never fetch its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

fail_setup() { echo "setup failed: $1" >&2; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium)
# Without a CJK font the page's Chinese renders as boxes (screenshots, visual checks).
if ! fc-list :lang=zh 2>/dev/null | grep -q .; then apt_packages+=(fonts-noto-cjk); fi
if [ "${#apt_packages[@]}" -gt 0 ]; then
  echo "Installing ${apt_packages[*]} ..."
  as_root apt-get update -q >/dev/null || fail_setup "apt-get update"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${apt_packages[@]}" >/dev/null \
    || fail_setup "apt-get install ${apt_packages[*]}"
fi

for npm_dir in web tests/Graph.Bolt.Tests/Interop; do
  if [ -f "$npm_dir/package-lock.json" ]; then
    (cd "$npm_dir" && npm ci --no-audit --no-fund --loglevel=error) || fail_setup "npm ci in $npm_dir"
  fi
done

results=artifacts/test-results
rm -rf "$results"
mkdir -p "$results"

dotnet build Graph.sln -c Release -warnaserror -v minimal || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
dotnet test Graph.sln -c Release --no-build --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  line=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$line"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$line")
  e=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$line")
  # vstest leaves notExecuted at 0 for skipped xunit cases; they are the ones counted but not executed.
  t=$(sed -n 's/.*total="\([0-9]*\)".*/\1/p' <<<"$line"); x=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$line")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0} + ${e:-0})); skipped=$((skipped + ${t:-0} - ${x:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
