#!/usr/bin/env bash
# The real desktop: install the packaged plugin into a throwaway profile, start QGIS under Xvfb,
# prove from inside QGIS that SlimStad is loaded with its menu, and save out/desktop.png.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
mkdir -p out
$PY scripts/package.py --out out/desktop-check/slimstad.zip >/dev/null
PROFILES=$(mktemp -d /tmp/slimstad-desktop-XXXXXX)
trap 'rm -rf "$PROFILES"' EXIT
PLUGINS="$PROFILES/profiles/default/python/plugins"
mkdir -p "$PLUGINS" "$PROFILES/profiles/default/QGIS"
(cd "$PLUGINS" && unzip -q -o "$OLDPWD/out/desktop-check/slimstad.zip")
cat > "$PROFILES/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
slimstad=true
[qgis]
showTips=false
checkVersion=false
[locale]
overrideFlag=true
userLocale=${SLIMSTAD_DESKTOP_LOCALE:-nl}
INI
rm -f out/desktop.json out/desktop.png out/opgaven.png
# QGIS's own Python gets the venv's pinned packages (shapely 2), as `make deploy` documents for users.
SITE=$($PY -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
PYTHONPATH="$SITE" SLIMSTAD_PROBE_OUT="$PWD/out" QT_QPA_PLATFORM=xcb timeout 240 \
  xvfb-run -a -s "-screen 0 1920x1080x24" qgis --profiles-path "$PROFILES" --nologo --noversioncheck \
  --code scripts/desktop_probe.py >out/desktop-check/qgis.log 2>&1 || true
$PY - <<'PYEOF'
import json, sys
from pathlib import Path
report_path = Path("out/desktop.json")
if not report_path.exists():
    print("desktop-check: QGIS wrote no report; see out/desktop-check/qgis.log")
    sys.exit(1)
report = json.loads(report_path.read_text())
print("desktop-check: QGIS {qgis_version}, plugin loaded={plugin_loaded}, provider={provider}".format(**report)
      if "qgis_version" in report else report)
print("desktop-check: SlimStad menu: {}".format(report.get("slimstad_menu_actions")))
print("desktop-check: Opgaven dock: {} result rows; {}".format(report.get("result_rows"), report.get("summary")))
if not report.get("ok") or not Path("out/desktop.png").exists():
    print("desktop-check: FAILED", report.get("error", ""))
    sys.exit(1)
print("desktop-check: OK, the real QGIS desktop loaded SlimStad (screenshots out/desktop.png, out/opgaven.png)")
PYEOF
