# Shared by start.sh, test.sh and .ci/run: find the pinned pnpm and install
# the workspace from its lockfile.

PNPM_VERSION=10.34.9

# Use the pinned pnpm when it is on PATH, else run it through npx so a fresh
# machine with only Node and npm needs no global install (no root either).
pnpm_cmd() {
  if command -v pnpm >/dev/null 2>&1 &&
    [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    pnpm "$@"
  else
    npx --yes "pnpm@$PNPM_VERSION" "$@"
  fi
}

step() {
  printf '\n==> %s\n' "$*"
}

install_workspace() {
  step "Installing dependencies (pnpm $PNPM_VERSION, from the lockfile)"
  pnpm_cmd install --frozen-lockfile --reporter=append-only
}
