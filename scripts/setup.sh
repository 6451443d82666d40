#!/usr/bin/env bash
# Sets up everything redact needs on a Debian 12 machine: system packages and a virtualenv in .venv.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium is only for the review app's browser tests (driven by Playwright, never downloaded by it);
# postgresql only for the review store tests on PostgreSQL (.ci/run starts a throwaway server, not the system one);
# LibreOffice (without its GUI) converts Word, Excel, PowerPoint and OpenDocument files in a case to PDF;
# python3-uno lets a worker keep one LibreOffice running instead of starting it twice per file
DEB_PACKAGES=(poppler-utils tesseract-ocr tesseract-ocr-swe chromium postgresql
              libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui python3-uno)
missing=()
for pkg in "${DEB_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then missing+=(python3-venv); fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installerar Debian-paket: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.redact-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,ray]"
  touch "$stamp"
fi
