#!/usr/bin/env bash
# Makes sure the tools the project cannot install through pnpm are present: pnpm 12 itself, a Java 17+
# runtime for DynamoDB Local and, for the tests only (ensure_chromium), Chromium. Sourced by start.sh and
# test.sh, so it sets no shell options of its own (test.sh must keep going after a failure to print its
# summary line); it returns 1 on failure.

if ! command -v node >/dev/null 2>&1; then
  echo "shequ needs Node.js (any recent version; the project brings its own Node 24) — install it first." >&2
  return 1
fi

if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version 2>/dev/null)" != 12.* ]]; then
  echo "› installing pnpm 12"
  npm install --global pnpm@12 >/dev/null 2>&1 || npm install --global --prefix "$HOME/.local" pnpm@12 >/dev/null || return 1
  export PATH="$HOME/.local/bin:$PATH"
fi

java_major() {
  java -version 2>&1 | awk -F '"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

if ! command -v java >/dev/null 2>&1 || (( $(java_major) < 17 )); then
  if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
    echo "› installing a Java 17 runtime for DynamoDB Local"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || return 1
    apt-get install -y -qq openjdk-17-jre-headless >/dev/null || return 1
  else
    echo "shequ needs Java 17+ for DynamoDB Local: install a JRE (e.g. apt-get install openjdk-17-jre-headless)." >&2
    return 1
  fi
fi

# The browser tests drive Debian's Chromium; Chinese fonts make their failure screenshots readable.
# Only the test command calls this (the platform itself needs no browser).
ensure_chromium() {
  local chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [[ -x "$chromium" ]] && fc-list :lang=zh 2>/dev/null | grep -q .; then
    return 0
  fi
  if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
    echo "› installing Chromium and Chinese fonts for the browser tests"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null || return 1
    apt-get install -y -qq chromium fonts-noto-cjk >/dev/null || return 1
  elif [[ ! -x "$chromium" ]]; then
    echo "the browser tests need Chromium at $chromium (apt-get install chromium, or set CHROMIUM_PATH)." >&2
    return 1
  fi
}
