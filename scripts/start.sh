#!/usr/bin/env bash
# README's first command: install what is missing, build, and run Credit+
# (API and h5 client on one port, embedded SQLite, demo city seeded).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/common.sh

install_workspace

step "Building shared code, server and h5 client"
pnpm_cmd --filter @creditplus/shared build
pnpm_cmd --filter @creditplus/server build
pnpm_cmd --filter @creditplus/miniapp build:h5

step "Starting Credit+"
exec node server/dist/main.js
