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

from qgis.core import QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer

from ... import plugin_version
from ..base.errors import Canceled, SlimStadError
from ..base.files import new_temporary_folder, refuse_input, refuse_locked, replace_folder, replacing
from ..base.i18n import translator
from ..base.readers import CHALLENGE, ReadError, parse_json, read_text
from ..base.reasons import reason
from ..base.secrets import scrub_uri, scrub_xml
from ..challenge.model import ChallengeError, dumps, load_file
from ..challenge.store import project_challenges
from ..layers.properties import public_params
from .layer_check import copy_problems, raster_problems, record, source_facts
from .manifest import FORMAT, MANIFEST_NAME, LayerEntry, Manifest, list_files
from .pack_assets import fonts_used, pack_pictures
from .pack_layers import (
    FILE_PROVIDERS,
    DataFolder,
    LayerPackError,
    excluded_entry,
    layer_is_protected,
    layer_table,
    local_path,
    pack_local_layer,
    pack_snapshot,
    pack_virtual,
    remote_entry,
)
from .pack_safety import SenderPaths, clean_package_file, final_scan, transformer
from .unpack import open_checked

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
    # The QGIS session that has this project open (desktop, Processing): temporary (memory) layers take their
    # features from there, as the saved project file holds none.
    session: Optional[QgsProject] = None


@dataclass
class PackResult:
    output: Path
    manifest: Manifest
    warnings: List[str] = field(default_factory=list)

    @property
    def excluded(self) -> List[LayerEntry]:
        return [layer for layer in self.manifest.layers if layer.mode == "excluded"]


def _is_package(out: Path) -> bool:
    """True for an earlier SlimStad package (zip or folder with a SlimStad manifest): the only thing --force
    may replace."""
    try:
        if out.is_dir():
            return (out / MANIFEST_NAME).is_file() or not any(out.iterdir())
        with zipfile.ZipFile(out) as archive:
            return FORMAT.encode() in archive.read(MANIFEST_NAME)
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def _check_paths(project_path: Path, out: Path, force: bool, inputs: Sequence[object]) -> None:
    """Refuse what would lose data: an output that is (or, as a folder, holds) an input, an existing output
    without ``force``, or one that is not an earlier package, or one in use."""
    if not project_path.is_file():
        raise PackError(tr("The project {path} does not exist.").format(path=project_path))
    if project_path.suffix.lower() not in (".qgz", ".qgs"):
        raise PackError(tr("{path} is not a QGIS project (.qgz or .qgs).").format(path=project_path))
    refuse_input(out, [project_path, project_path.parent, *inputs], folder=out.suffix.lower() != ".zip")
    if out.exists() and not force:
        raise PackError(tr("{path} already exists; choose another name, or give --force to replace the earlier "
                                 "package.").format(path=out))
    if out.exists() and not _is_package(out):
        raise PackError(tr("{path} is not a SlimStad package; it is not overwritten.").format(path=out))
    if not out.parent.exists():
        raise PackError(tr("The folder {path} does not exist.").format(path=out.parent))
    if out.is_file():
        refuse_locked(out)


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


def _session_layer(options: PackOptions, layer: QgsMapLayer) -> Optional[QgsVectorLayer]:
    """The same temporary layer in the open session (same id, still in memory), or None."""
    if options.session is None:
        return None
    live = options.session.mapLayer(layer.id())
    return live if isinstance(live, QgsVectorLayer) and live.providerType() == "memory" else None


def _pack_layers(project: QgsProject, package: Path, options: PackOptions, manifest: Manifest,
                 warnings: List[str], check: Callable[[], None]) -> None:
    """Decide per layer: leave out, copy, snapshot or keep as a scrubbed remote link; record what was packed."""
    data = DataFolder(package / "data")
    data.root.mkdir()
    layers = list(project.mapLayers().values())
    keep = [layer for layer in layers
            if not layer_is_protected(layer) or options.include_protected or layer.id() in options.include_layer_ids]
    kept_ids = {layer.id() for layer in keep}
    used_tables: Dict[Path, Set[str]] = {}
    for layer in keep:
        path = local_path(layer)
        if path is not None and path.exists():
            used_tables.setdefault(path.resolve(), set()).add(layer_table(layer, path))
    _dependency_warnings(project, kept_ids, warnings)
    _unsaved_edit_warnings(options, kept_ids, warnings)
    for layer in layers:
        check()
        original = scrub_uri(layer.source(), public_params(layer))
        if layer not in keep:
            manifest.layers.append(excluded_entry(layer))
            project.removeMapLayer(layer.id())
            continue
        # What the copy must hold, from the sender's layer (a temporary layer: its live twin in the session).
        # Remote providers may estimate their count, so only local data is held to it.
        local = layer.providerType() in (*FILE_PROVIDERS, "memory", "virtual")
        facts = source_facts(_session_layer(options, layer) or layer) if local else None
        try:
            entry = _pack_one(project, layer, original, data, package, options, used_tables, kept_ids, manifest,
                              warnings)
        except LayerPackError as error:
            raise PackError(str(error)) from error
        if entry is not None:
            manifest.layers.append(entry)
            if entry.mode in ("copied", "snapshot"):
                record(entry, layer)
                problems = copy_problems(entry, facts)
                if problems and layer.isValid():
                    raise PackError(tr("The packed copy of layer {layer} is not the same as the original ({what}); "
                                       "the package was not written.").format(layer=layer.name(),
                                                                              what="; ".join(problems)))
                if not layer.isValid():
                    entry.note = tr("It does not open at the sender either.")
                    warnings.append(tr("Layer {layer} does not open at the sender; it is packed as it is and will be "
                                       "broken at the receiver.").format(layer=layer.name()))


def _pack_one(project: QgsProject, layer: QgsMapLayer, original: object, data: DataFolder, package: Path,
              options: PackOptions, used_tables: Dict[Path, Set[str]], kept_ids: Set[str], manifest: Manifest,
              warnings: List[str]) -> Optional[LayerEntry]:
    path = local_path(layer)
    if path is not None and not path.exists():
        # Already broken at home: shipping it would only give the receiver a broken layer.
        entry = excluded_entry(layer)
        entry.note = tr("Left out: its data file does not exist at the sender ({name}).").format(name=path.name)
        manifest.layers.append(entry)
        warnings.append(entry.note)
        project.removeMapLayer(layer.id())
        return None
    if path is not None:
        _check_readable(layer, path)
        return pack_local_layer(layer, path, data, package, used_tables)
    if isinstance(layer, QgsVectorLayer) and layer.providerType() == "virtual":
        entry, notes = pack_virtual(layer, data, package, kept_ids, used_tables)
        warnings.extend(notes)
        return entry
    if isinstance(layer, QgsVectorLayer) and layer.providerType() == "memory":
        live = _session_layer(options, layer)
        if live is not None:
            return pack_snapshot(layer, data, package, original.text, live,
                                 tr("Temporary layer: its features were taken from the open QGIS session."))
        warnings.append(tr("Layer {layer} is a temporary (scratch) layer: its features are not saved in the "
                           "project file, so the package holds it empty. Save it as a file first, or pack from "
                           "QGIS with the project open.").format(layer=layer.name()))
        return pack_snapshot(layer, data, package, original.text, None,
                             tr("Temporary layer packed without features (they were not saved)."))
    if isinstance(layer, QgsVectorLayer) and layer.isValid() and options.snapshot_remote:
        return pack_snapshot(layer, data, package, original.text)
    entry, note = remote_entry(layer, layer.source(), original.removed_keys, public_params(layer))
    if note:
        manifest.receiver_must_configure.append(note)
    if not layer.isValid():
        warnings.append(tr("{layer} could not be reached and stays a link.").format(layer=layer.name()))
    elif "url=file:" in layer.source().lower():
        # e.g. XYZ tiles from a folder of the sender: a link to a disk the receiver does not have.
        entry.note = tr("Its tiles are in a folder of the sender, which is not packed.")
        warnings.append(tr("Layer {layer} reads tiles from a folder on this computer; the folder is not packed and "
                           "the layer will be empty at the receiver.").format(layer=layer.name()))
    return entry


def _dependency_warnings(project: QgsProject, kept_ids: Set[str], warnings: List[str]) -> None:
    """Joins and relations with a layer that stays home break at the receiver: say which."""
    for layer in project.mapLayers().values():
        if layer.id() not in kept_ids or not isinstance(layer, QgsVectorLayer):
            continue
        auxiliary = layer.auxiliaryLayer().id() if layer.auxiliaryLayer() is not None else ""
        for join in layer.vectorJoins():
            if join.joinLayerId() not in kept_ids and join.joinLayerId() != auxiliary:
                warnings.append(tr("The join of {layer} uses a layer that is left out; its joined fields will be "
                                   "empty at the receiver.").format(layer=layer.name()))
    for relation in project.relationManager().relations().values():
        ends = (relation.referencingLayerId(), relation.referencedLayerId())
        if any(end in kept_ids for end in ends) and not all(end in kept_ids for end in ends):
            warnings.append(tr("The relation {name} links a layer that is left out; it will not work at the "
                               "receiver.").format(name=relation.name() or relation.id()))


def _unsaved_edit_warnings(options: PackOptions, kept_ids: Set[str], warnings: List[str]) -> None:
    """File layers with edits not yet saved in the open session: the package holds the saved data, so say which
    (a temporary layer's edits are taken from the session, see :func:`_session_layer`)."""
    if options.session is None:
        return
    for layer_id in sorted(kept_ids):
        live = options.session.mapLayer(layer_id)
        if isinstance(live, QgsVectorLayer) and live.providerType() != "memory" and live.isModified():
            warnings.append(tr("Layer {layer} has edits that are not saved; the package holds its saved data "
                               "without them. Save the edits and pack again to include them.").format(
                                   layer=live.name()))


def _check_readable(layer: QgsMapLayer, path: Path) -> None:
    """A data file that exists but cannot be opened (0 bytes, damaged, not what its name says) is never packed:
    the receiver would get a broken layer and the sender a package that looks complete."""
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        empty = False
    if empty:
        raise PackError(tr("The data file {name} of layer {layer} is empty (0 bytes); the package was not "
                           "written.").format(name=path.name, layer=layer.name()))
    if not layer.isValid():
        raise PackError(tr("The data file {name} of layer {layer} cannot be opened by QGIS; the package was not "
                           "written.").format(name=path.name, layer=layer.name()))


def _write_project(project: QgsProject, package: Path, name: str) -> Path:
    """Write the project as plain .qgs (scannable text) with relative paths (cleaned later with the others)."""
    target = package / (name + ".qgs")
    project.writeEntryBool("Paths", "/Absolute", False)
    # A preset home folder is a folder of the sender: at the receiver the project's own folder is home.
    project.setPresetHomePath("")
    project.setFileName(str(target))
    if not project.write():
        raise PackError(tr("Cannot write the project copy: {error}").format(error=project.error()))
    return target


def _challenge_texts(paths: Sequence[Path], explicit: Sequence[Path], warnings: List[str]) -> List[tuple]:
    """(file name, text) of every challenge file that can be read (UTF-8 with or without BOM, valid JSON).

    A file the user named (``--challenge``) must also be a valid challenge; one that is not is an error. A file
    merely found beside the project that cannot be read is left out with a warning naming it and why."""
    named = {Path(path).resolve() for path in explicit}
    texts = []
    for path in paths:
        try:
            text = read_text(path, str(path), CHALLENGE.max_bytes)
            parse_json(text, str(path), CHALLENGE)
            if Path(path).resolve() in named:
                load_file(path)
        except (ReadError, ChallengeError) as error:
            if Path(path).resolve() in named:
                raise PackError(tr("The challenge file {name} cannot be packed: {error}").format(
                    name=path.name, error=error)) from None
            warnings.append(tr("The challenge file {name} beside the project was left out: {error}").format(
                name=path.name, error=error))
            continue
        texts.append((path.name, text))
    return texts


def _copy_challenges(texts: List[tuple], stored: Dict[str, str], package: Path) -> List[str]:
    """Challenge files beside the project, plus every challenge stored in it, as portable files."""
    folder = package / "challenges"
    names: List[str] = []
    texts = list(texts)
    texts += [("{}{}".format(challenge_id, CHALLENGE_SUFFIX), text) for challenge_id, text in stored.items()]
    for name, text in texts:
        folder.mkdir(exist_ok=True)
        name = "".join(ch if ch.isalnum() or ch in "._-" else "_" for ch in name)
        while (folder / name).exists():
            name = "_" + name
        (folder / name).write_text(text, encoding="utf-8")
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


def _finalise(package: Path, manifest: Manifest, secrets: Sequence[str], public: Sequence[str],
              sender: SenderPaths) -> None:
    """Every file through the secret and sender-path rules, checksums into the manifest, then a fail-closed
    scan of every file (inside GeoPackages and zips too) with the same rules."""
    transform = transformer(public, sender)
    for path in sorted(p for p in package.rglob("*") if p.is_file()):
        clean_package_file(path, transform)
    manifest.files = list_files(package)
    (package / MANIFEST_NAME).write_text(transform(manifest.to_json(), "json"), encoding="utf-8")
    hits = final_scan(package, list(secrets) + sender.needles(), public)
    if hits:
        names = sorted({"{} ({})".format(name, what.split(": ")[-1]) for name, what in hits})
        raise PackError(tr("Credentials or the sender's folders were still found in {files}; the package was not "
                           "written.").format(files=", ".join(names)))


def _verify_package(qgs: Path, manifest: Manifest, invalid_at_sender: Set[str], missing_at_sender: Set[str]) -> None:
    """Open the finished package as the receiver will (every layer against the manifest, every picture) before
    it is written: what was fine at the sender and is broken in the package stops the pack, so "0 broken" at the
    receiver is never a surprise. Layers and pictures already broken at the sender were reported in warnings.
    Files QGIS or GDAL leave behind while opening (``.aux.xml`` statistics) are removed again; a listed file that
    opening changed stops the pack (its checksum would no longer match)."""
    package = qgs.parent
    opened, found = open_checked(qgs, manifest)
    opened.clear()
    listed = {entry.path: entry for entry in manifest.files}
    for entry in list_files(package):
        if entry.path not in listed:
            (package / entry.path).unlink()
        elif entry.sha256 != listed[entry.path].sha256:
            raise PackError(tr("Opening the package changed {name}; the package was not written.").format(
                name=entry.path))
    layers = sorted(set(found.broken_layers) - invalid_at_sender)
    pictures = sorted(set(found.missing_pictures) - missing_at_sender)
    if layers or pictures:
        details = [line for line in found.broken if line.split(": ")[0] in layers]
        details += [line for line in found.broken if any(name in line for name in pictures)]
        raise PackError(tr("The package would be broken at the receiver ({details}); it was not written.").format(
            details="; ".join(details)))


def _emit(out: Path, package: Path, inputs: Sequence[object]) -> None:
    """Zip (sorted, forward slashes) or copy the finished folder to ``out`` via a temporary name."""
    if out.suffix.lower() == ".zip":
        with replacing(out, inputs) as partial:
            with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
                for path in sorted(p for p in package.rglob("*") if p.is_file()):
                    archive.write(path, path.relative_to(package).as_posix())
        return
    staging = new_temporary_folder(out, "packing")
    try:
        shutil.copytree(package, staging / "package")
        replace_folder(staging / "package", out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


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
    challenges = find_challenges(project_path, options.challenge_files) if project_path.is_file() else []
    _check_paths(project_path, out, options.force, challenges)
    report = progress or (lambda fraction, message: None)
    warnings: List[str] = []
    challenge_texts = _challenge_texts(challenges, options.challenge_files, warnings)
    workdir = Path(tempfile.mkdtemp(prefix="slimstad-pack-"))
    project = QgsProject()
    try:
        report(0.05, tr("Reading the project"))
        if not project.read(str(project_path)):
            raise PackError(tr("Cannot read the project {path}: {error}").format(path=project_path,
                                                                                 error=project.error()))
        layers = list(project.mapLayers().values())
        invalid_at_sender = {layer.name() for layer in layers if not layer.isValid()}
        for layer in layers:
            problems = raster_problems(layer) if isinstance(layer, QgsRasterLayer) and layer.isValid() else []
            if problems:  # e.g. a mosaic tile missing at the sender: packed as it is, and said
                invalid_at_sender.add(layer.name())
                warnings.append(tr("Layer {layer} is incomplete at the sender ({what}); it is packed as it is.").format(
                    layer=layer.name(), what="; ".join(problems)))
        sources = [str(local_path(layer)) for layer in layers if local_path(layer) is not None]
        inputs = [project_path, *challenges, *sources]
        _check_paths(project_path, out, options.force, inputs)
        public = sorted({name for layer in layers for name in public_params(layer)})
        # Secrets as they appear in the original, so the final scan can prove none was copied along.
        secrets = scrub_xml(_project_text(project_path), public).values
        for layer in layers:
            secrets.extend(scrub_uri(layer.source(), public_params(layer)).values)
        package = workdir / "package"
        package.mkdir()
        manifest = Manifest(project=project_path.stem + ".qgs", plugin_version=plugin_version(),
                            created=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))
        report(0.2, tr("Copying data"))
        _pack_layers(project, package, options, manifest, warnings, check)
        report(0.7, tr("Writing the project"))
        stored = _stored_challenges(project, warnings)
        qgs = _write_project(project, package, project_path.stem)
        assets = pack_pictures(qgs, package)
        manifest.assets = dict(assets.copied)
        # From the sender's own file too: QGIS replaces a font it lacks when it reads a project, so the copy may
        # no longer name the font the maps were designed with.
        manifest.fonts = sorted(set(assets.fonts) | set(fonts_used(_project_text(project_path))))
        for name in assets.missing:
            warnings.append(tr("The picture {name} used by a style or layout does not exist at the sender; it is "
                               "missing in the package too.").format(name=name))
        if manifest.fonts:
            manifest.receiver_must_configure.append(tr(
                "Fonts are not packed (font licences); the receiver needs: {fonts}.").format(
                    fonts=", ".join(manifest.fonts)))
        manifest.challenges = _copy_challenges(challenge_texts, stored, package)
        sender = SenderPaths(package, [project_path.parent, *(Path(p).parent for p in sources), *assets.folders])
        _finalise(package, manifest, secrets, public, sender)
        _verify_package(qgs, manifest, invalid_at_sender, assets.missing_paths)
        check()
        report(0.9, tr("Writing the package"))
        _emit(out, package, inputs)
        report(1.0, tr("Done"))
        return PackResult(out, manifest, warnings)
    except SlimStadError as error:
        if isinstance(error, (PackError, Canceled)):
            raise
        raise PackError(str(error)) from error
    except OSError as error:
        raise PackError(tr("Cannot write the package: {error}").format(error=reason(error))) from error
    finally:
        project.clear()
        shutil.rmtree(workdir, ignore_errors=True)
