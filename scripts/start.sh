#!/usr/bin/env bash
# README command 1: sets everything up on a fresh machine and runs the local platform with the demo
# district (Ctrl-C stops it and everything it started).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-tools.sh || exit 1
pnpm install --frozen-lockfile
exec pnpm start "$@"
