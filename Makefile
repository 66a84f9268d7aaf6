# SlimStad: every target installs what it needs first (scripts/setup.sh is idempotent).
PY := .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1
PLUGIN := slimstad
LOCALES := nl fr
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default

.PHONY: setup test lint pytest desktop-check demo package deploy bench translations styles ts clean

setup:
	@bash scripts/setup.sh

translations: setup
	@for l in $(LOCALES); do lrelease -silent i18n/slimstad_$$l.ts -qm i18n/slimstad_$$l.qm; done

# The sample-city layer styles (.qml) are built like the .qm files, not committed (QGIS writes their XML
# attributes in a different order on every run).
styles: setup
	@$(PY) scripts/make_styles.py 2>/dev/null

# Refresh the .ts sources from the code (pylupdate5 comes with python3-pyqt5 dev tools).
ts: setup
	@$(PY) scripts/update_ts.py

lint: setup
	@$(PY) -m ruff check .

pytest: setup translations styles
	@rm -rf .qgis-settings
	@$(PY) -m pytest

desktop-check: setup translations styles
	@bash scripts/desktop_check.sh

test: lint pytest desktop-check

demo: setup translations styles
	@$(PY) -m slimstad_plugin demo --out out

package: translations styles
	@$(PY) scripts/package.py --out dist/$(PLUGIN).zip

deploy: package
	@rm -rf "$(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"
	@mkdir -p "$(QGIS_PROFILE_DIR)/python/plugins"
	@cd "$(QGIS_PROFILE_DIR)/python/plugins" && unzip -q -o "$(CURDIR)/dist/$(PLUGIN).zip"
	@echo "deployed to $(QGIS_PROFILE_DIR)/python/plugins/$(PLUGIN)"

bench: setup translations styles
	@$(PY) -m benchmarks

clean:
	rm -rf out dist .pytest_cache .ruff_cache i18n/*.qm resources/styles/*.qml
