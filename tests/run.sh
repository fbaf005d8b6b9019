#!/usr/bin/env bash
# The whole test suite, set-up included: Python packages, Debian's Chromium and axe-core for the
# browser tests, Debian's PostgreSQL for the store tests, then ruff and pytest. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium > /dev/null
fi
# Debian's PostgreSQL: the store tests start a throw-away server of their own with initdb/pg_ctl (tests/pg.py).
if ! ls /usr/lib/postgresql/*/bin/pg_ctl > /dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql > /dev/null
fi
if [ ! -f node_modules/axe-core/axe.min.js ]; then
  npm ci --no-audit --no-fund --silent
fi
python -m ruff check .
python -m pytest "$@"
