"""Where things are, for every test: the repository (the plugin folder) and the real open data beside it."""

import os
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = Path(os.environ.get("SLIMSTAD_SHARED_DATA", REPO.parent / "shared" / "data"))
