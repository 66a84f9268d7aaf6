"""Build dist/slimstad.zip for QGIS's "Install from ZIP": the plugin folder only, with compiled translations."""

import argparse
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "slimstad"
# vendor/: pure-Python libraries with their licences (requirements-vendor.txt, installed by scripts/setup.sh).
INCLUDE = ("metadata.txt", "__init__.py", "LICENSE", "README.md", "CHANGELOG.md",
           "slimstad_plugin", "resources", "i18n", "vendor")
EXCLUDED_SUFFIXES = (".pyc", ".ts")
EXCLUDED_PARTS = ("__pycache__", "translations")
EXCLUDED_NAMES = (".setup-stamp",)


def plugin_files() -> list:
    """Every file that belongs in the installed plugin, relative to the repository."""
    files = []
    for name in INCLUDE:
        path = REPO / name
        candidates = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
        for candidate in candidates:
            relative = candidate.relative_to(REPO)
            if (candidate.suffix in EXCLUDED_SUFFIXES or candidate.name in EXCLUDED_NAMES
                    or any(part in EXCLUDED_PARTS for part in relative.parts)):
                continue
            files.append(relative)
    return files


def build(out: Path) -> Path:
    """Write the zip (``slimstad/…`` inside) and return its path."""
    if not list((REPO / "i18n").glob("*.qm")):
        raise SystemExit("no compiled translations: run `make translations` first")
    if not (REPO / "vendor" / "rdflib").is_dir():
        raise SystemExit("no vendored libraries in vendor/: run `make setup` first")
    out.parent.mkdir(parents=True, exist_ok=True)
    temporary = out.with_suffix(".tmp")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in plugin_files():
            archive.write(REPO / relative, "{}/{}".format(PLUGIN_NAME, relative.as_posix()))
    temporary.replace(out)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "dist" / "{}.zip".format(PLUGIN_NAME))
    path = build(parser.parse_args().out)
    print("package: {} ({} files)".format(path, len(plugin_files())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
