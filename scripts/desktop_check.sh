#!/usr/bin/env bash
# The real desktop, as a new GIS officer meets it: the packaged plugin in a FRESH profile, QGIS under Xvfb at
# 1366x768, in Dutch, French and English; scripts/desktop_probe.py drives the first hour and checks every step
# (window fits the screen, no untranslated Dutch on fr/en screens, tooltips). Screenshots: out/desktop/<lang>/.
# SLIMSTAD_DESKTOP_LOCALES="fr" runs one language; `--docs` copies the French screenshots to docs/img/first-hour/.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
SIZE=${SLIMSTAD_DESKTOP_SIZE:-1366x768}
LOCALES=${SLIMSTAD_DESKTOP_LOCALES:-nl fr en}
mkdir -p out/desktop
$PY scripts/package.py --out out/desktop/slimstad.zip >/dev/null
# QGIS's own Python gets the venv's pinned packages (shapely 2), as the README documents for users.
SITE=$($PY -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")
PROFILES_ROOT=$(mktemp -d /tmp/slimstad-desktop-XXXXXX)
trap 'rm -rf "$PROFILES_ROOT"' EXIT
# The demo project as `make demo` builds it (offscreen), opened once in the desktop by the first language's run.
rm -rf out/desktop/demo
$PY -m slimstad_plugin demo --out out/desktop/demo >out/desktop/demo.log 2>&1 || { cat out/desktop/demo.log; exit 1; }
DEMO="$PWD/out/desktop/demo/voorbeeldstad.qgz"
status=0
for LOCALE in $LOCALES; do
  PROFILES="$PROFILES_ROOT/$LOCALE"
  PLUGINS="$PROFILES/profiles/default/python/plugins"
  mkdir -p "$PLUGINS" "$PROFILES/profiles/default/QGIS"
  (cd "$PLUGINS" && unzip -q -o "$OLDPWD/out/desktop/slimstad.zip")
  cat > "$PROFILES/profiles/default/QGIS/QGIS3.ini" <<INI
[PythonPlugins]
slimstad=true
[qgis]
showTips=false
checkVersion=false
[locale]
overrideFlag=true
userLocale=$LOCALE
INI
  OUTDIR="$PWD/out/desktop/$LOCALE"
  rm -rf "$OUTDIR" && mkdir -p "$OUTDIR"
  started=$(date +%s)
  PYTHONPATH="$SITE" SLIMSTAD_PROBE_OUT="$OUTDIR" SLIMSTAD_PROBE_LANGUAGE="$LOCALE" SLIMSTAD_REPO="$PWD" \
    SLIMSTAD_PROBE_DEMO="$DEMO" \
    QT_QPA_PLATFORM=xcb timeout 300 xvfb-run -a -s "-screen 0 ${SIZE}x24" \
    qgis --profiles-path "$PROFILES" --nologo --noversioncheck --code scripts/desktop_probe.py \
    >"$OUTDIR/qgis.log" 2>&1 || true
  echo "$(( $(date +%s) - started ))" > "$OUTDIR/seconds"
  $PY - "$OUTDIR" "$LOCALE" <<'PYEOF' || status=1
import json, sys
from pathlib import Path
out, locale = Path(sys.argv[1]), sys.argv[2]
seconds = (out / "seconds").read_text().strip()
report_path = out / "report.json"
if not report_path.exists():
    print("desktop-check [{}]: QGIS wrote no report; see {}/qgis.log".format(locale, out))
    sys.exit(1)
report = json.loads(report_path.read_text())
steps = report.get("steps", [])
print("desktop-check [{}]: QGIS {}, {} steps in {} s, screenshots in {}".format(
    locale, report.get("qgis_version"), len(steps), seconds, out))
for step in steps:
    print("  {:22s} window minimum {}x{} fits={}".format(step["step"], *step["minimum"], step["fits"]))
print("  health: {} unreachable of {}; role layer column {} px; {} result rows".format(
    len(report.get("unreachable", [])), len(report.get("health", {})), report.get("layer_column_px"),
    report.get("result_rows")))
for item in report.get("problems", []):
    print("  PROBLEM:", item.strip().splitlines()[-1] if "Traceback" in item else item)
if not report.get("ok"):
    print("desktop-check [{}]: FAILED".format(locale))
    sys.exit(1)
print("desktop-check [{}]: OK".format(locale))
PYEOF
done
if [ "${1:-}" = "--docs" ] && [ -f out/desktop/fr/report.json ]; then
  # The README's "first hour" pictures: the French run, 256 colours (a tenth of the size, same to read).
  rm -rf docs/img/first-hour && mkdir -p docs/img/first-hour
  $PY - <<'PYEOF'
from pathlib import Path
from PIL import Image
for png in sorted(Path("out/desktop/fr").glob("0[1-8]*.png")):
    if png.stem == "02c_quality":  # the same screen as 02_catalogue_health
        continue
    image = Image.open(png).convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    image.save(Path("docs/img/first-hour") / png.name, optimize=True)
PYEOF
  echo "desktop-check: French screenshots in docs/img/first-hour/"
fi
exit $status
