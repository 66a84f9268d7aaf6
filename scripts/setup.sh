#!/usr/bin/env bash
# Installs everything SlimStad needs for development, tests and the demo.
# Idempotent: a second run only checks and returns in seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3-qgis qgis-providers qgis-server qgis
  postgresql-15 postgresql-15-postgis-3
  qttools5-dev-tools xvfb xauth gdal-bin poppler-utils python3-venv python3-psycopg2
  python3-scipy  # network distances and their tests (built against the system numpy)
)

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv on /usr/bin/python3 with the system's QGIS bindings"
  /usr/bin/python3 -m venv --system-site-packages .venv
fi

stamp_value=$(cat requirements-dev.txt constraints.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat .venv/.setup-stamp 2>/dev/null || true)" != "$stamp_value" ]; then
  echo "setup: installing pinned Python dependencies"
  .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -r requirements-dev.txt
  echo "$stamp_value" > .venv/.setup-stamp
fi
