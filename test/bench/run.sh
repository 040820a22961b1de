#!/usr/bin/env bash
# `pnpm bench [--scale 0.1]`: builds the shared package and the server,
# then runs each benchmark against MariaDB (BENCH_DATABASE_URL, default
# root on 127.0.0.1:3306) and Redis (BENCH_REDIS_URL). Every benchmark
# creates and drops its own database bench_<name> and ends with one line of
# key=value pairs. Not part of `npm test`: figures depend on the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
pnpm --filter ./packages/shared --filter ./server run build
for name in import rescore rescore-one rating-read; do
  echo "== $name"
  node "test/bench/$name.mjs" "$@"
done
