#!/usr/bin/env bash
# The whole test suite, set-up included: Python packages, Debian's Chromium and axe-core for the
# browser tests, Debian's PostgreSQL for the store tests, Debian's nginx for the multi-process test, Pango for
# WeasyPrint, Poppler for the PDF tests,
# LibreOffice for the slide test, then ruff and pytest. Extra arguments go to pytest.
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
# WeasyPrint (the newsletter's PDF) needs Debian's Pango and HarfBuzz.
if ! ldconfig -p | grep -q 'libpangoft2-1.0.so.0' || ! ldconfig -p | grep -q 'libharfbuzz-subset.so.0'; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 \
    > /dev/null
fi
# Debian's nginx: tests/test_sync.py runs deploy/nginx.conf in front of two app processes on 127.0.0.1.
if [ ! -x /usr/sbin/nginx ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nginx > /dev/null
fi
# Poppler's pdftoppm/pdftotext: the PDF tests turn pages into pixels and text.
if ! command -v pdftoppm > /dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq poppler-utils > /dev/null
fi
# LibreOffice Impress: the slide test shows the trainer's deck (.pptx) as pages; skipped without it.
if ! command -v soffice > /dev/null; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends libreoffice-impress-nogui \
    > /dev/null
fi
if [ ! -f node_modules/axe-core/axe.min.js ]; then
  npm ci --no-audit --no-fund --silent
fi
python -m ruff check .
# Two workers (the machine has two cores; a browser test mostly waits), each taking whole modules, so a module's
# server, browser and database are made once. PYTEST_WORKERS=0 runs everything in this process.
python -m pytest -n "${PYTEST_WORKERS:-2}" --dist loadfile "$@"
