#!/usr/bin/env bash
# README's second command: install what is missing and run every test:
# lint, type checks, unit and API tests on SQLite, the same API tests on
# MariaDB + Redis, and the end-to-end test in Chromium against the real
# server serving the h5 build. Stops at the first failing stage.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
. scripts/lib/common.sh

export TEST_DATABASE_URL_MARIADB="${TEST_DATABASE_URL_MARIADB:-mysql://root@127.0.0.1:3306/test}"
export TEST_REDIS_URL_REDIS="${TEST_REDIS_URL_REDIS:-redis://127.0.0.1:6379}"
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

RESULTS=$(mktemp -d)
trap 'rm -rf "$RESULTS"' EXIT

# Refuse early, with what to do, when a service the tests need is missing.
require_port() {
  local what=$1 url=$2
  local hostport=${url#*://}
  hostport=${hostport#*@}
  hostport=${hostport%%/*}
  if ! (exec 3<>"/dev/tcp/${hostport%:*}/${hostport#*:}") 2>/dev/null; then
    echo "FAIL: $what is not reachable at $hostport ($url)." >&2
    echo "Start it, or point the variable at one (see README)." >&2
    exit 1
  fi
}

# Runs one package's Jest suite and keeps its JSON summary for the tally.
run_jest() {
  local dir=$1 name=$2
  shift 2
  step "Jest: $name"
  (cd "$dir" && "$ROOT/node_modules/.bin/jest" --ci \
    --json --outputFile="$RESULTS/$name.json" "$@")
}

require_port "MariaDB" "$TEST_DATABASE_URL_MARIADB"
require_port "Redis" "$TEST_REDIS_URL_REDIS"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "FAIL: Chromium not found at $CHROMIUM_PATH." >&2
  echo "Install it: apt-get install -y chromium fonts-wqy-zenhei" >&2
  exit 1
fi

install_workspace

step "Lint (ESLint) and format (Prettier, 80 columns)"
node_modules/.bin/eslint .
node_modules/.bin/prettier --check .

step "Type checks"
pnpm_cmd --filter @creditplus/shared build
for pkg in packages/shared server miniapp test; do
  node_modules/.bin/tsc --noEmit -p "$pkg/tsconfig.json"
done

run_jest packages/shared shared
run_jest miniapp miniapp
run_jest server server-sqlite
TEST_DATABASE_URL=$TEST_DATABASE_URL_MARIADB \
  TEST_REDIS_URL=$TEST_REDIS_URL_REDIS \
  run_jest server server-mariadb-redis

step "Building the server and the h5 client for the browser test"
pnpm_cmd --filter @creditplus/server build
pnpm_cmd --filter @creditplus/miniapp build:h5
run_jest test e2e --runInBand

node scripts/lib/tally.js "$RESULTS"
