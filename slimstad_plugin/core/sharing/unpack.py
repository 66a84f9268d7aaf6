"""Open a package safely, all or nothing: check the zip before writing, extract and verify into a staging folder
beside the target, move into place only when every check passed, then open with zero broken layers."""

import contextlib
import logging
import posixpath
import shutil
import xml.etree.ElementTree as ElementTree
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional, Tuple

from qgis.core import QgsProject
from qgis.PyQt.QtGui import QFontDatabase

from ..base.errors import Canceled, SlimStadError
from ..base.files import new_temporary_folder
from ..base.i18n import translator
from ..base.reasons import reason
from .layer_check import check_layers
from .manifest import Manifest, ManifestError, Verification, read_manifest, verify
from .pack_assets import missing_pictures
from .zip_safety import UnsafePackageError, ZipLimits, check_zip, extract_checked, normalise_member_name

tr = translator("SlimStadSharing")
LOGGER = logging.getLogger(__name__)

STAGING_TAG = "unpacking"


class UnpackError(SlimStadError, RuntimeError):
    """The package cannot be opened (message already translated); nothing was left behind."""


class TamperedPackageError(UnpackError):
    """Files do not match the manifest; nothing was kept unless the caller allowed it."""

    def __init__(self, message: str, verification: Verification) -> None:
        super().__init__(message)
        self.verification = verification


@dataclass
class UnpackResult:
    folder: Path
    project_path: Path
    manifest: Manifest
    verification: Verification
    challenges: List[Path] = field(default_factory=list)


def _check_target(target: Path) -> bool:
    """True when ``target`` exists (then it must be an empty folder); nothing is created here."""
    if target.exists():
        if not target.is_dir() or any(target.iterdir()):
            raise UnpackError(tr("{path} exists and is not an empty folder; choose a new or empty folder "
                                     "(--to on the command line); nothing in it is replaced.").format(path=target))
        return True
    if not target.parent.is_dir():
        raise UnpackError(tr("The folder {path} does not exist.").format(path=target.parent))
    return False


def _stage(package: Path, staging: Path, limits: ZipLimits, is_canceled: Optional[Callable[[], bool]]) -> None:
    """Extract a zip (all checks first) or copy a package folder (refusing links) into the new ``staging``."""
    if package.is_dir():
        files = []
        for path in sorted(package.rglob("*")):
            if path.is_symlink():
                raise UnsafePackageError(tr("The package contains a link or special file: {name}").format(name=path))
            if path.is_file():
                files.append(path)
        if len(files) > limits.max_members:
            raise UnsafePackageError(tr("The package has too many files ({count}).").format(count=len(files)))
        if sum(path.stat().st_size for path in files) > limits.max_total_bytes:
            raise UnsafePackageError(tr("The package unpacks to more than the allowed size."))
        staging.mkdir()
        for path in files:
            if is_canceled is not None and is_canceled():
                raise Canceled(tr("Unpacking was canceled; nothing was kept."))
            destination = staging / path.relative_to(package)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
        return
    try:
        with zipfile.ZipFile(package) as archive:
            members = check_zip(archive, limits)
            _check_free_space(staging.parent, sum(member.info.file_size for member in members))
            extract_checked(archive, members, staging, limits, is_canceled)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError) as error:
        # zlib.error: damaged compressed data; NotImplementedError: a compression method Python cannot read.
        raise UnpackError(tr("{path} is not a readable zip file: {error}").format(
            path=package, error=reason(error))) from error


def _check_free_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if needed > free:
        raise UnpackError(tr("The package needs {needed} MB but {folder} has only {free} MB free.").format(
            needed=needed // 2 ** 20 + 1, folder=folder, free=free // 2 ** 20))


def _validated_names(manifest: Manifest, staging: Path) -> Tuple[str, List[str]]:
    """The manifest's project and challenge paths, checked like zip members (inside the package, present)."""
    project_name = normalise_member_name(manifest.project)
    if not project_name or not (staging / project_name).is_file():
        raise UnpackError(tr("The project {name} named in the manifest is missing.").format(name=manifest.project))
    challenges = [normalise_member_name(name) for name in manifest.challenges]
    return project_name, [name for name in challenges if name]


def unpack_package(package: Path, target: Path, limits: Optional[ZipLimits] = None,
                   allow_tampered: bool = False, is_canceled: Optional[Callable[[], bool]] = None) -> UnpackResult:
    """Unpack ``package`` (zip or folder) into ``target`` (new, or an empty folder) all or nothing.

    Everything is extracted and verified in a hidden staging folder beside ``target`` (limits, checksums, the
    manifest's paths); only when every check passed is it moved into place. On any failure, exception or cancel
    (``is_canceled``) the staging folder is removed and ``target`` is as it was. Raises UnpackError (or
    TamperedPackageError) or Canceled.
    """
    package, target = Path(package), Path(target)
    if not package.exists():
        raise UnpackError(tr("The package {path} does not exist.").format(path=package))
    if not package.is_file() and not package.is_dir():  # a pipe or a device would block or never end
        raise UnpackError(tr("The package {path} is not a file or a folder.").format(path=package))
    existed = _check_target(target)
    staging = new_temporary_folder(target, STAGING_TAG) / "package"
    try:
        _stage(package, staging, limits or ZipLimits.from_settings(), is_canceled)
        manifest = read_manifest(staging)
        verification = verify(staging, manifest)
        if not verification.ok and not allow_tampered:
            raise TamperedPackageError(
                tr("The package does not match its manifest ({details}); it was not opened.").format(
                    details=verification.describe()), verification)
        project_name, challenge_names = _validated_names(manifest, staging)
        if is_canceled is not None and is_canceled():
            raise Canceled(tr("Unpacking was canceled; nothing was kept."))
        _move_into_place(staging, target, existed)
    except (UnsafePackageError, ManifestError) as error:
        raise UnpackError(str(error)) from error
    except OSError as error:
        raise UnpackError(tr("Cannot unpack into {path}: {error}").format(path=target, error=reason(error))) from error
    finally:
        shutil.rmtree(staging.parent, ignore_errors=True)
    challenges = [target / name for name in challenge_names]
    return UnpackResult(target, target / project_name, manifest, verification,
                        [path for path in challenges if path.is_file()])


def _move_into_place(staging: Path, target: Path, existed: bool) -> None:
    """One rename when ``target`` is new; into the empty folder item by item otherwise (undone on failure)."""
    if not existed:
        staging.replace(target)
        return
    moved: List[Path] = []
    try:
        for item in sorted(staging.iterdir()):
            item.replace(target / item.name)
            moved.append(target / item.name)
    except BaseException:
        for item in moved:
            with contextlib.suppress(OSError):
                item.replace(staging / item.name)
        raise


@dataclass
class PackageCheck:
    """What an opened package lacks, each as ``"<name>: <reason>"``: broken layers and missing pictures (the
    package is broken), and remote layers that cannot be reached here (they need a connection)."""

    broken: List[str] = field(default_factory=list)
    needs_connection: List[str] = field(default_factory=list)
    links: List[str] = field(default_factory=list)   # remote layers that open (server not proven reachable)
    # The same findings by name: broken layers, and missing pictures as package paths (``symbols/x.svg``).
    broken_layers: List[str] = field(default_factory=list)
    missing_pictures: List[str] = field(default_factory=list)


def check_package(project: QgsProject, project_path: Path, manifest: Optional[Manifest]) -> PackageCheck:
    """Open-check an unpacked project as the receiver has it: every layer against the manifest (see
    :mod:`.layer_check`), and every picture its styles and layouts point to (also each picture the manifest says was
    packed) must exist."""
    entries = manifest.layers if manifest is not None else []
    layers = check_layers(project, entries)
    result = PackageCheck(["{}: {}".format(name, reason) for name, reason in layers.broken],
                          ["{}: {}".format(name, reason) for name, reason in layers.needs_connection],
                          sorted(layers.links), [name for name, _reason in layers.broken])
    folder = Path(project_path).parent
    try:
        references = missing_pictures(Path(project_path))
    except (OSError, ElementTree.ParseError) as error:
        result.broken.append(tr("project {name}: its pictures cannot be checked ({error})").format(
            name=Path(project_path).name, error=error))
        references = []
    pictures = {posixpath.normpath(name): user for user, name in references}
    if manifest is not None:
        for name in manifest.assets:
            if not (folder / name).is_file():
                pictures.setdefault(posixpath.normpath(name), "")
    result.missing_pictures = sorted(pictures)
    for name, user in sorted(pictures.items()):
        result.broken.append(tr("{user}: picture {name} is missing").format(user=user, name=name) if user else
                             tr("picture {name}: the file is missing").format(name=name))
    return result


def open_checked(project_path: Path, manifest: Optional[Manifest] = None) -> Tuple[QgsProject, PackageCheck]:
    """Read an unpacked project into a new QgsProject and check it (:func:`check_package`); the manifest is read
    from the project's folder when not given."""
    project = QgsProject()
    if not project.read(str(project_path)):
        raise UnpackError(tr("Cannot read the project {path}: {error}").format(path=project_path,
                                                                               error=project.error()))
    if manifest is None:
        try:
            manifest = read_manifest(Path(project_path).parent)
        except ManifestError:
            manifest = None
    return project, check_package(project, project_path, manifest)


def open_project(project_path: Path, manifest: Optional[Manifest] = None) -> Tuple[QgsProject, List[str]]:
    """Read an unpacked project into a new QgsProject; returns it and everything that does not work, each as
    ``"<name>: <reason>"``: broken layers, missing pictures and layers that need a connection.

    A layer is broken when it does not open, or when it differs from what the sender packed (feature count,
    fields, extent, CRS, raster size: see :mod:`.layer_check`), as recorded in the package's manifest.
    """
    project, check = open_checked(project_path, manifest)
    return project, sorted(check.broken + check.needs_connection)


def missing_fonts(manifest: Manifest) -> List[str]:
    """Font families the package's maps use that this machine does not have."""
    available = {family.lower() for family in QFontDatabase().families()}
    return [family for family in manifest.fonts if family.lower() not in available]
