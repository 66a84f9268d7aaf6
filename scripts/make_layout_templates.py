"""Developer script: regenerate resources/templates/layouts/*.qpt from the built-in planning layout.

Run once after changing slimstad_plugin/core/maps/templates.py and commit the .qpt files:
``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_layout_templates.py``
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import QgsProject  # noqa: E402

from slimstad_plugin.qgis_app import start_qgis  # noqa: E402


def main() -> int:
    """Write one .qpt per template name; returns the process exit code."""
    start_qgis(with_processing=False)
    from slimstad_plugin.core.maps.templates import TEMPLATE_NAMES, TEMPLATES_DIR, build_builtin_layout, save_template

    TEMPLATES_DIR.mkdir(parents=True, exist_ok=True)
    project = QgsProject()
    for name in TEMPLATE_NAMES:
        layout = build_builtin_layout(project, name)
        path = TEMPLATES_DIR / "{}.qpt".format(name)
        save_template(layout, path)
        print("wrote {}".format(path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
