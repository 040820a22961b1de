#!/usr/bin/env bash
# README's second command: install what is missing and run every test:
# lint, type checks, unit and API tests on SQLite, the same API tests on
# MariaDB + Redis, and the end-to-end test in Chromium against the real
# server serving the h5 build. A failing stage does not stop the others;
# the run ends with the tally and fails when any stage or test failed.
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

FAILED_STAGES=()

# Runs one stage. A failure is remembered for the tally and the run goes
# on, so a lint slip does not hide what the tests say.
stage() {
  local name=$1
  shift
  step "$name"
  if "$@"; then return 0; fi
  FAILED_STAGES+=("$name")
  return 1
}

# Runs one package's Jest suite and keeps its JSON summary for the tally.
run_jest() {
  local dir=$1 name=$2
  shift 2
  stage "Jest: $name" jest_in "$dir" --json \
    --outputFile="$RESULTS/$name.json" "$@" || true
}

jest_in() {
  local dir=$1
  shift
  (cd "$dir" && "$ROOT/node_modules/.bin/jest" --ci "$@")
}

lint() {
  local ok=0
  node_modules/.bin/eslint . || ok=1
  node_modules/.bin/prettier --check . || ok=1
  return $ok
}

type_check() {
  local ok=0
  for pkg in packages/shared server miniapp test; do
    node_modules/.bin/tsc --noEmit -p "$pkg/tsconfig.json" || ok=1
  done
  return $ok
}

build_for_browser() {
  pnpm_cmd --filter @creditplus/server build &&
    pnpm_cmd --filter @creditplus/miniapp build:h5
}

require_port "MariaDB" "$TEST_DATABASE_URL_MARIADB"
require_port "Redis" "$TEST_REDIS_URL_REDIS"
if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "FAIL: Chromium not found at $CHROMIUM_PATH." >&2
  echo "Install it: apt-get install -y chromium fonts-wqy-zenhei" >&2
  exit 1
fi

install_workspace

stage "Lint (ESLint) and format (Prettier, 80 columns)" lint || true

# Every later stage imports the shared package's build.
step "Building the shared package"
pnpm_cmd --filter @creditplus/shared build

stage "Type checks" type_check || true

run_jest packages/shared shared
run_jest miniapp miniapp
run_jest server server-sqlite
TEST_DATABASE_URL=$TEST_DATABASE_URL_MARIADB \
  TEST_REDIS_URL=$TEST_REDIS_URL_REDIS \
  run_jest server server-mariadb-redis

if stage "Building the server and the h5 client for the browser test" \
  build_for_browser; then
  run_jest test e2e --runInBand
fi

node scripts/lib/tally.js "$RESULTS" "${FAILED_STAGES[@]}"
