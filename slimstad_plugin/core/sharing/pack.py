"""Pack a project, its challenges and its data into one self-contained, credential-free zip or folder.

The user's project and data are only read: everything happens on a copy in a temporary folder, which
becomes the package (all paths relative, a manifest with checksums and provenance, secrets scrubbed and
the result scanned so a leftover credential fails the pack instead of leaking).
"""

import datetime
import logging
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Set

from qgis.core import QgsProject, QgsVectorLayer

from ... import plugin_version
from ..base.errors import Canceled, SlimStadError
from ..base.i18n import translator
from ..base.secrets import scan_files, scrub_text, scrub_uri
from ..challenge.model import dumps
from ..challenge.store import project_challenges
from .manifest import MANIFEST_NAME, LayerEntry, Manifest, list_files
from .pack_layers import (
    DataFolder,
    LayerPackError,
    excluded_entry,
    layer_is_protected,
    layer_table,
    local_path,
    pack_local_layer,
    pack_snapshot,
    remote_entry,
)

tr = translator("SlimStadSharing")
LOGGER = logging.getLogger(__name__)

CHALLENGE_SUFFIX = ".slimstad.json"
Progress = Callable[[float, str], None]


class PackError(SlimStadError, RuntimeError):
    """The package could not be made; nothing was written at the output (message already translated)."""


@dataclass
class PackOptions:
    """What goes in: remote data as snapshots, and internal/restricted layers only when asked."""

    snapshot_remote: bool = True
    include_protected: bool = False           # every internal/restricted layer
    include_layer_ids: Sequence[str] = ()     # or just these
    challenge_files: Sequence[Path] = ()      # extra .slimstad.json files
    force: bool = False                       # overwrite an existing output


@dataclass
class PackResult:
    output: Path
    manifest: Manifest
    warnings: List[str] = field(default_factory=list)

    @property
    def excluded(self) -> List[LayerEntry]:
        return [layer for layer in self.manifest.layers if layer.mode == "excluded"]


def _check_paths(project_path: Path, out: Path, force: bool) -> None:
    if not project_path.is_file():
        raise PackError(tr("The project {path} does not exist.").format(path=project_path))
    if project_path.suffix.lower() not in (".qgz", ".qgs"):
        raise PackError(tr("{path} is not a QGIS project (.qgz or .qgs).").format(path=project_path))
    if out.exists() and not force:
        raise PackError(tr("{path} already exists; choose another name or overwrite it.").format(path=out))
    if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST_NAME).is_file():
        # Overwriting is only allowed for an earlier package, never for an arbitrary folder.
        raise PackError(tr("{path} is a folder that is not a SlimStad package; it is not overwritten.").format(
            path=out))
    if out.resolve() == project_path.resolve() or project_path.resolve().parent in [out.resolve()]:
        raise PackError(tr("The package may not replace the project or its folder."))
    if not out.parent.exists():
        raise PackError(tr("The folder {path} does not exist.").format(path=out.parent))


def find_challenges(project_path: Path, extra: Sequence[Path]) -> List[Path]:
    """Challenge files beside the project (and in its ``challenges/`` folder) plus ``extra``."""
    folder = project_path.parent
    found = sorted(folder.glob("*" + CHALLENGE_SUFFIX)) + sorted((folder / "challenges").glob("*" + CHALLENGE_SUFFIX))
    for path in extra:
        if not Path(path).is_file():
            raise PackError(tr("The challenge file {path} does not exist.").format(path=path))
        found.append(Path(path))
    unique: Dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _pack_layers(project: QgsProject, package: Path, options: PackOptions, manifest: Manifest,
                 warnings: List[str], check: Callable[[], None]) -> None:
    """Decide per layer: leave out, copy, snapshot or keep as a scrubbed remote link."""
    data = DataFolder(package / "data")
    data.root.mkdir()
    layers = list(project.mapLayers().values())
    keep = [layer for layer in layers
            if not layer_is_protected(layer) or options.include_protected or layer.id() in options.include_layer_ids]
    used_tables: Dict[Path, Set[str]] = {}
    for layer in keep:
        path = local_path(layer)
        if path is not None and path.exists():
            used_tables.setdefault(path.resolve(), set()).add(layer_table(layer, path))
    for layer in layers:
        check()
        original = scrub_uri(layer.source())
        if layer not in keep:
            manifest.layers.append(excluded_entry(layer))
            project.removeMapLayer(layer.id())
            continue
        try:
            path = local_path(layer)
            if path is not None and not path.exists():
                # Already broken at home: shipping it would only give the receiver a broken layer.
                entry = excluded_entry(layer)
                entry.note = tr("Left out: its data file does not exist at the sender ({name}).").format(
                    name=path.name)
                manifest.layers.append(entry)
                warnings.append(entry.note)
                project.removeMapLayer(layer.id())
            elif path is not None:
                manifest.layers.append(pack_local_layer(layer, path, data, package, used_tables))
            elif isinstance(layer, QgsVectorLayer) and layer.isValid() and (
                    layer.providerType() == "memory" or options.snapshot_remote):
                manifest.layers.append(pack_snapshot(layer, data, package, original.text))
            else:
                entry, note = remote_entry(layer, layer.source(), original.removed_keys)
                manifest.layers.append(entry)
                if note:
                    manifest.receiver_must_configure.append(note)
                if not layer.isValid():
                    warnings.append(tr("{layer} could not be reached and stays a link.").format(layer=layer.name()))
        except LayerPackError as error:
            raise PackError(str(error)) from error


def _write_project(project: QgsProject, package: Path, name: str) -> Path:
    """Write the project as plain .qgs (scannable text) with relative paths, then scrub its XML."""
    target = package / (name + ".qgs")
    project.writeEntryBool("Paths", "/Absolute", False)
    project.setFileName(str(target))
    if not project.write():
        raise PackError(tr("Cannot write the project copy: {error}").format(error=project.error()))
    text = target.read_text(encoding="utf-8")
    scrubbed = scrub_text(text)
    if scrubbed.changed:
        target.write_text(scrubbed.text, encoding="utf-8")
    return target


def _copy_challenges(paths: Sequence[Path], stored: Dict[str, str], package: Path) -> List[str]:
    """Challenge files beside the project, plus every challenge stored in it, as portable files."""
    folder = package / "challenges"
    names: List[str] = []
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in paths]
    texts += [("{}{}".format(challenge_id, CHALLENGE_SUFFIX), text) for challenge_id, text in stored.items()]
    for name, text in texts:
        folder.mkdir(exist_ok=True)
        name = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name)
        while (folder / name).exists():
            name = "_" + name
        (folder / name).write_text(scrub_text(text).text, encoding="utf-8")
        names.append("challenges/" + name)
    return names


def _stored_challenges(project: QgsProject, warnings: List[str]) -> Dict[str, str]:
    """Challenges kept inside the project, as JSON text by id (unreadable ones are reported, not packed twice)."""

    try:
        challenges, problems = project_challenges(project)
    except ValueError as error:  # ChallengeError: the stored list itself is damaged
        warnings.append(str(error))
        return {}
    warnings.extend(problems)
    return {challenge.id: dumps(challenge) for challenge in challenges}


def _finalise(package: Path, manifest: Manifest, secrets: Sequence[str]) -> None:
    """Checksums into the manifest, then a fail-closed scan of every file for credentials."""
    manifest.files = list_files(package)
    (package / MANIFEST_NAME).write_text(manifest.to_json(), encoding="utf-8")
    hits = scan_files([p for p in package.rglob("*") if p.is_file()], secrets)
    if hits:
        names = sorted({path.relative_to(package).as_posix() for path, _ in hits})
        raise PackError(tr("Credentials were still found in {files}; the package was not written.").format(
            files=", ".join(names)))
    for text_file in package.glob("*.qgs"):
        body = text_file.read_text(encoding="utf-8")
        if str(package) in body:
            raise PackError(tr("The project copy still contains absolute paths; the package was not written."))


def _emit(out: Path, package: Path) -> None:
    """Zip (sorted, forward slashes) or copy the finished folder to ``out`` via a temporary name."""
    partial = out.with_name("." + out.name + ".part")
    if out.suffix.lower() == ".zip":
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(p for p in package.rglob("*") if p.is_file()):
                archive.write(path, path.relative_to(package).as_posix())
    else:
        shutil.copytree(package, partial)
    if out.is_dir():
        shutil.rmtree(out)
    elif out.exists():
        out.unlink()
    partial.replace(out)


def _project_text(project_path: Path) -> str:
    """The project XML (inside the .qgz when zipped) as text, for collecting the secrets it holds."""
    if project_path.suffix.lower() != ".qgz":
        return project_path.read_bytes().decode("utf-8", "ignore")
    try:
        with zipfile.ZipFile(project_path) as archive:
            return "".join(archive.read(name).decode("utf-8", "ignore") for name in archive.namelist()
                           if name.lower().endswith(".qgs"))
    except zipfile.BadZipFile:
        return ""


def pack_project(project_path: Path, out: Path, options: Optional[PackOptions] = None,
                 progress: Optional[Progress] = None, is_canceled: Optional[Callable[[], bool]] = None) -> PackResult:
    """Pack ``project_path`` into ``out`` (``.zip`` or a new folder); see the module docstring.

    ``is_canceled`` is polled between layers; a cancel raises Canceled and writes nothing.
    """
    options = options or PackOptions()

    def check() -> None:
        if is_canceled is not None and is_canceled():
            raise Canceled(tr("Packing was canceled; nothing was written."))

    project_path, out = Path(project_path), Path(out)
    _check_paths(project_path, out, options.force)
    report = progress or (lambda fraction, message: None)
    challenges = find_challenges(project_path, options.challenge_files)
    workdir = Path(tempfile.mkdtemp(prefix="slimstad-pack-"))
    project = QgsProject()
    try:
        report(0.05, tr("Reading the project"))
        if not project.read(str(project_path)):
            raise PackError(tr("Cannot read the project {path}: {error}").format(path=project_path,
                                                                                 error=project.error()))
        # Secrets as they appear in the original, so the final scan can prove none was copied along.
        secrets = scrub_text(_project_text(project_path)).values
        for layer in project.mapLayers().values():
            secrets.extend(scrub_uri(layer.source()).values)
        package = workdir / "package"
        package.mkdir()
        manifest = Manifest(project=project_path.stem + ".qgs", plugin_version=plugin_version(),
                            created=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))
        warnings: List[str] = []
        report(0.2, tr("Copying data"))
        _pack_layers(project, package, options, manifest, warnings, check)
        report(0.7, tr("Writing the project"))
        stored = _stored_challenges(project, warnings)
        _write_project(project, package, project_path.stem)
        manifest.challenges = _copy_challenges(challenges, stored, package)
        for layer in manifest.layers:
            layer.source = scrub_uri(layer.source).text
        _finalise(package, manifest, secrets)
        check()
        report(0.9, tr("Writing the package"))
        _emit(out, package)
        report(1.0, tr("Done"))
        return PackResult(out, manifest, warnings)
    except OSError as error:
        raise PackError(tr("Cannot write the package: {error}").format(error=error)) from error
    finally:
        project.clear()
        shutil.rmtree(workdir, ignore_errors=True)
