"""``manifest.json`` of a package: every file with its sha256, every layer's origin, what to configure."""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

from ..base import json_values, readers
from ..base.errors import SlimStadError
from ..base.i18n import translator
from .zip_safety import UnsafePackageError, normalise_member_name

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
    # What the receiver must find when opening the layer (recorded at the sender from the packed copy; -1/empty
    # when unknown, e.g. remote links): features, field names, extent [xmin, ymin, xmax, ymax] in ``crs``;
    # rasters: [width, height, bands] in ``raster_size``.
    feature_count: int = -1
    fields: List[str] = field(default_factory=list)
    extent: List[float] = field(default_factory=list)
    crs: str = ""
    raster_size: List[int] = field(default_factory=list)


@dataclass
class Manifest:
    project: str
    plugin_version: str
    created: str
    files: List[FileEntry] = field(default_factory=list)
    layers: List[LayerEntry] = field(default_factory=list)
    challenges: List[str] = field(default_factory=list)
    receiver_must_configure: List[str] = field(default_factory=list)
    # Font families the project's styles and layouts use: fonts are not packed (licences), the receiver installs
    # the missing ones. ``assets``: symbol and layout pictures copied in (package path -> original file name).
    fonts: List[str] = field(default_factory=list)
    assets: Dict[str, str] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_dict(cls, data: Dict[str, Any], source: str = MANIFEST_NAME) -> "Manifest":
        """Parse, rejecting other formats and newer versions with a clear message; every other problem is a
        ManifestError naming ``source`` and the JSON pointer of the bad value (a package is untrusted input)."""
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ManifestError(tr("manifest.json is not a SlimStad package manifest."))
        try:
            version = data.get("format_version", 0)
            json_values.expect_int(version, source, "/format_version", minimum=0)
            if version > FORMAT_VERSION:
                raise ManifestError(tr("The package was made by a newer SlimStad; please update the plugin."))
            if "project" not in data:
                json_values.fail(source, "/project", tr("the required key {key} is missing").format(key="project"))
            files = [_file_entry(item, source, index)
                     for index, item in enumerate(json_values.expect_list(data.get("files", []), source, "/files"))]
            layers = [_layer_entry(item, source, index)
                      for index, item in enumerate(json_values.expect_list(data.get("layers", []), source, "/layers"))]
            return cls(
                project=_inside(json_values.expect_text(data["project"], source, "/project", allow_empty=False), source,
                                "/project"),
                plugin_version=_text(data.get("plugin_version", ""), source, "/plugin_version"),
                created=_text(data.get("created", ""), source, "/created"),
                files=files, layers=layers,
                challenges=_texts(data.get("challenges", []), source, "/challenges", paths=True),
                receiver_must_configure=_texts(data.get("receiver_must_configure", []), source,
                                               "/receiver_must_configure"),
                fonts=_texts(data.get("fonts", []), source, "/fonts"),
                assets=_assets(data.get("assets", {}), source),
            )
        except readers.ReadError as error:
            raise _damaged(error) from None


def _damaged(error: readers.ReadError) -> ManifestError:
    """One message for every unusable manifest: what is wrong and where (JSON pointer or line)."""
    return ManifestError(tr("manifest.json is incomplete or cannot be read: {error}").format(error=error))


def _text(value: Any, source: str, where: str) -> str:
    return json_values.expect_text(value, source, where, max_length=10_000)


def _texts(value: Any, source: str, where: str, paths: bool = False) -> List[str]:
    items = json_values.expect_list(value, source, where)
    texts = [_text(item, source, "{}/{}".format(where, index)) for index, item in enumerate(items)]
    if paths:
        return [_inside(text, source, "{}/{}".format(where, index)) for index, text in enumerate(texts)]
    return texts


def _inside(path: str, source: str, where: str) -> str:
    """A path inside the package (forward slashes); an absolute or escaping path is refused here, before anything
    is unpacked or moved."""
    try:
        normalise_member_name(path)
    except UnsafePackageError as error:
        json_values.fail(source, where, str(error))
    return path.replace("\\", "/")


def _file_entry(item: Any, source: str, index: int) -> FileEntry:
    where = "/files/{}".format(index)
    json_values.expect_object(item, source, where)
    for key in ("path", "sha256", "size"):
        if key not in item:
            json_values.fail(source, where, tr("the required key {key} is missing").format(key=key))
    digest = json_values.expect_text(item["sha256"], source, where + "/sha256").lower()
    if len(digest) != 64 or any(char not in "0123456789abcdef" for char in digest):
        json_values.fail(source, where + "/sha256", tr("not a SHA-256 checksum (64 hexadecimal characters)"))
    path = _inside(json_values.expect_text(item["path"], source, where + "/path", allow_empty=False), source,
                   where + "/path")
    return FileEntry(path, digest, json_values.expect_int(item["size"], source, where + "/size", minimum=0))


def _assets(value: Any, source: str) -> Dict[str, str]:
    json_values.expect_object(value, source, "/assets")
    return {_inside(_text(key, source, "/assets"), source, "/assets"): _text(name, source, "/assets/" + str(key))
            for key, name in value.items()}


# Checks a layer entry records for the receiver, and how each is read.
LAYER_CHECKS = ("feature_count", "fields", "extent", "raster_size")


def _layer_check(key: str, value: Any, source: str, where: str) -> Any:
    if key == "feature_count":
        return json_values.expect_int(value, source, where, minimum=-1)
    items = json_values.expect_list(value, source, where)
    if key == "fields":
        return [_text(item, source, "{}/{}".format(where, n)) for n, item in enumerate(items)]
    if key == "extent":
        return [json_values.expect_number(item, source, "{}/{}".format(where, n)) for n, item in enumerate(items)]
    return [json_values.expect_int(item, source, "{}/{}".format(where, n), minimum=0) for n, item in enumerate(items)]


def _layer_entry(item: Any, source: str, index: int) -> LayerEntry:
    where = "/layers/{}".format(index)
    json_values.expect_object(item, source, where)
    values: Dict[str, Any] = {}
    for key, value in item.items():
        if key in LAYER_CHECKS:
            values[key] = _layer_check(key, value, source, "{}/{}".format(where, key))
        elif key in LayerEntry.__dataclass_fields__:
            values[key] = _text(value, source, "{}/{}".format(where, readers.json_pointer([key])[1:]))
    for key in ("layer_id", "name", "provider", "source", "mode"):
        if key not in values:
            json_values.fail(source, where, tr("the required key {key} is missing").format(key=key))
    return LayerEntry(**values)


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
    """The package's manifest, read by the one reader (limits, UTF-8) and checked value by value."""
    path = Path(root) / MANIFEST_NAME
    if not path.is_file():
        raise ManifestError(tr("The package has no manifest.json."))
    try:
        data = readers.read_json(path, readers.MANIFEST, source=MANIFEST_NAME)
    except readers.ReadError as error:
        raise _damaged(error) from None
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
