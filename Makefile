# SlimStad: every target installs what it needs first (scripts/setup.sh is idempotent).
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
PLUGIN := slimstad
LOCALES := nl fr
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

.PHONY: setup test lint pytest desktop-check demo package deploy bench translations ts clean

setup:
	@bash scripts/setup.sh

translations: setup
	@for l in $(LOCALES); do lrelease -silent i18n/slimstad_$$l.ts -qm i18n/slimstad_$$l.qm; done

# Refresh the .ts sources from the code (pylupdate5 comes with python3-pyqt5 dev tools).
ts: setup
	@$(PY) scripts/update_ts.py

lint: setup
	@$(PY) -m ruff check .

pytest: setup translations
	@rm -rf .qgis-settings
	@$(PY) -m pytest

desktop-check: setup translations
	@bash scripts/desktop_check.sh

test: lint pytest desktop-check

demo: setup translations
	@$(PY) -m slimstad_plugin demo --out out

package: translations
	@$(PY) scripts/package.py --out dist/$(PLUGIN).zip

deploy: package
	@rm -rf "$(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"
	@mkdir -p "$(QGIS_PROFILE_DIR)/python/plugins"
	@cd "$(QGIS_PROFILE_DIR)/python/plugins" && unzip -q -o "$(CURDIR)/dist/$(PLUGIN).zip"
	@echo "deployed to $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"

bench: setup translations
	@$(PY) -m benchmarks

clean:
	rm -rf out dist .pytest_cache .ruff_cache i18n/*.qm
