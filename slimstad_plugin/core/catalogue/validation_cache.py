"""Remember which catalogue texts passed the full JSON Schema, so a catalogue is schema-checked once per version.

The full check costs ~7 us per entry with the compiled check (schema_fast.py; ~0.3 ms with jsonschema alone);
the structural checks, which cover every rule the plugin relies on, still run on every load. Only texts that
passed *without any issue* are remembered.
"""

import hashlib
import json
import logging
from pathlib import Path
from typing import Optional, Set

from qgis.core import QgsApplication

from ..base.files import write_text_atomic
from ..base.readers import CACHE, read_json

LOG = logging.getLogger(__name__)
MAX_REMEMBERED = 200

_memory: Set[str] = set()


def text_key(text: str) -> str:
    """Stable key of one catalogue version."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def cache_file() -> Optional[Path]:
    """``<QGIS profile>/slimstad/validated_catalogues.json`` (None without a QGIS profile)."""
    try:
        base = QgsApplication.qgisSettingsDirPath()
    except RuntimeError:
        return None
    return Path(base) / "slimstad" / "validated_catalogues.json" if base else None


def _load() -> Set[str]:
    path = cache_file()
    if not _memory and path is not None and path.exists():
        try:
            _memory.update(str(key) for key in read_json(path, CACHE))
        except (ValueError, TypeError):  # ReadError is a ValueError
            LOG.info("ignoring an unreadable catalogue validation cache %s", path)
    return _memory


def already_valid(key: str) -> bool:
    """True when this exact text passed the full schema before."""
    return key in _load()


def remember_valid(key: str) -> None:
    """Record a text that passed the full schema (best effort: a read-only profile just means no cache)."""
    known = _load()
    known.add(key)
    path = cache_file()
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomic(path, json.dumps(sorted(known)[-MAX_REMEMBERED:]))
    except OSError:
        pass
