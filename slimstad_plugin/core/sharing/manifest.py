"""``manifest.json`` of a package: every file with its sha256, every layer's origin, what to configure."""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

from ..base.errors import SlimStadError
from ..base.i18n import translator

tr = translator("SlimStadSharing")

MANIFEST_NAME = "manifest.json"
FORMAT = "slimstad-package"
FORMAT_VERSION = 1


class ManifestError(SlimStadError, ValueError):
    """The manifest is missing or unreadable (message already translated)."""


@dataclass
class FileEntry:
    path: str      # relative, forward slashes
    sha256: str
    size: int


@dataclass
class LayerEntry:
    """One layer as the receiver gets it (sources are relative and scrubbed)."""

    layer_id: str
    name: str
    provider: str
    source: str
    mode: str            # copied | snapshot | remote | excluded
    catalog_id: str = ""
    owner: str = ""
    licence_type: str = ""
    licence_name: str = ""
    original_source_type: str = ""
    note: str = ""


@dataclass
class Manifest:
    project: str
    plugin_version: str
    created: str
    files: List[FileEntry] = field(default_factory=list)
    layers: List[LayerEntry] = field(default_factory=list)
    challenges: List[str] = field(default_factory=list)
    receiver_must_configure: List[str] = field(default_factory=list)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Manifest":
        """Parse, rejecting other formats and newer versions with a clear message."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ManifestError(tr("manifest.json is not a SlimStad package manifest."))
        if int(data.get("format_version", 0)) > FORMAT_VERSION:
            raise ManifestError(tr("The package was made by a newer SlimStad; please update the plugin."))
        try:
            return cls(
                project=str(data["project"]), plugin_version=str(data.get("plugin_version", "")),
                created=str(data.get("created", "")),
                files=[FileEntry(str(f["path"]).replace("\\", "/"), str(f["sha256"]).lower(), int(f["size"]))
                       for f in data.get("files", [])],
                layers=[LayerEntry(**{k: str(v) for k, v in layer.items() if k in LayerEntry.__dataclass_fields__})
                        for layer in data.get("layers", [])],
                challenges=[str(c).replace("\\", "/") for c in data.get("challenges", [])],
                receiver_must_configure=[str(n) for n in data.get("receiver_must_configure", [])],
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ManifestError(tr("manifest.json is incomplete: {error}").format(error=error)) from error


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def list_files(root: Path) -> List[FileEntry]:
    """Every regular file under ``root`` except the manifest, sorted, with checksums."""
    entries = []
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file() and not p.is_symlink()):
        relative = path.relative_to(root).as_posix()
        if relative == MANIFEST_NAME:
            continue
        entries.append(FileEntry(relative, sha256_file(path), path.stat().st_size))
    return entries


def read_manifest(root: Path) -> Manifest:
    path = Path(root) / MANIFEST_NAME
    if not path.is_file():
        raise ManifestError(tr("The package has no manifest.json."))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ManifestError(tr("manifest.json cannot be read: {error}").format(error=error)) from error
    return Manifest.from_dict(data)


@dataclass
class Verification:
    """Result of comparing a folder with its manifest."""

    changed: List[str] = field(default_factory=list)
    missing: List[str] = field(default_factory=list)
    unlisted: List[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.changed or self.missing or self.unlisted)

    def describe(self) -> str:
        parts = []
        if self.changed:
            parts.append(tr("changed: {files}").format(files=", ".join(self.changed)))
        if self.missing:
            parts.append(tr("missing: {files}").format(files=", ".join(self.missing)))
        if self.unlisted:
            parts.append(tr("not in the manifest: {files}").format(files=", ".join(self.unlisted)))
        return "; ".join(parts)


def verify(root: Path, manifest: Optional[Manifest] = None) -> Verification:
    """Check every file's sha256 and size against the manifest; extra files count as tampering too."""
    manifest = manifest or read_manifest(root)
    actual = {entry.path: entry for entry in list_files(root)}
    result = Verification()
    for expected in manifest.files:
        found = actual.pop(expected.path, None)
        if found is None:
            result.missing.append(expected.path)
        elif found.sha256 != expected.sha256 or found.size != expected.size:
            result.changed.append(expected.path)
    result.unlisted = sorted(actual)
    return result
