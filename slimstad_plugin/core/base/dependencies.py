"""Python packages SlimStad needs beyond QGIS itself, checked before anything imports them."""

from typing import List


def missing_dependencies() -> List[str]:
    """Requirement strings that are not satisfied in this QGIS's Python (empty when all is well)."""
    missing = []
    try:
        import shapely  # lazy: this function checks whether the package is there

        if int(shapely.__version__.split(".")[0]) < 2:
            missing.append("shapely>=2 (found {})".format(shapely.__version__))
    except ImportError:
        missing.append("shapely>=2")
    try:
        import numpy  # noqa: F401 - lazy: this function checks whether the package is there
    except ImportError:
        missing.append("numpy")
    return missing
