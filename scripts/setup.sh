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

# The real CSW server for tests and benchmarks, in its own venv (see requirements-pycsw.txt for why).
if [ ! -x .venv-pycsw/bin/python ]; then
  echo "setup: creating .venv-pycsw for the pycsw test server"
  /usr/bin/python3 -m venv --system-site-packages .venv-pycsw
fi
pycsw_stamp=$(sha256sum requirements-pycsw.txt | cut -d' ' -f1)
if [ "$(cat .venv-pycsw/.setup-stamp 2>/dev/null || true)" != "$pycsw_stamp" ]; then
  echo "setup: installing pycsw into .venv-pycsw"
  .venv-pycsw/bin/python -m pip install -q --disable-pip-version-check -r requirements-pycsw.txt
  echo "$pycsw_stamp" > .venv-pycsw/.setup-stamp
fi

# Pure-Python libraries shipped inside the plugin (rdflib for DCAT-AP), with their licences.
vendor=vendor
vendor_stamp=$(sha256sum requirements-vendor.txt | cut -d' ' -f1)
if [ "$(cat $vendor/.setup-stamp 2>/dev/null || true)" != "$vendor_stamp" ]; then
  echo "setup: installing the vendored libraries into $vendor"
  rm -rf "$vendor.tmp"
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps --no-compile --only-binary=:all: \
    --target "$vendor.tmp" -r requirements-vendor.txt
  rm -rf "$vendor.tmp/bin"
  echo "$vendor_stamp" > "$vendor.tmp/.setup-stamp"
  rm -rf "$vendor" && mv "$vendor.tmp" "$vendor"
fi
