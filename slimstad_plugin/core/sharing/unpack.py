"""Open a package safely: check the zip before writing, verify every checksum, open with zero broken layers."""

import logging
import shutil
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional, Tuple

from qgis.core import QgsProject

from ..base.errors import SlimStadError
from ..base.i18n import translator
from .manifest import Manifest, ManifestError, Verification, read_manifest, verify
from .zip_safety import UnsafePackageError, ZipLimits, check_zip, extract_checked, normalise_member_name

tr = translator("SlimStadSharing")
LOGGER = logging.getLogger(__name__)

STAGING = ".slimstad-unpacking"


class UnpackError(SlimStadError, RuntimeError):
    """The package cannot be opened (message already translated)."""


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


def _prepare_target(target: Path) -> bool:
    """Create ``target`` (or accept an empty folder); True when we created it."""
    if target.exists():
        if not target.is_dir() or any(target.iterdir()):
            raise UnpackError(tr("{path} exists and is not an empty folder.").format(path=target))
        return False
    if not target.parent.is_dir():
        raise UnpackError(tr("The folder {path} does not exist.").format(path=target.parent))
    target.mkdir()
    return True


def _stage(package: Path, staging: Path, limits: ZipLimits) -> None:
    """Extract a zip (all checks first) or copy a package folder (refusing links) into ``staging``."""
    if package.is_dir():
        files = []
        for path in sorted(package.rglob("*")):
            if path.is_symlink():
                raise UnsafePackageError(tr("The package contains a link or special file: {name}").format(name=path))
            if path.is_file():
                files.append(path)
        staging.mkdir()
        for path in files:
            destination = staging / path.relative_to(package)
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination)
        return
    try:
        with zipfile.ZipFile(package) as archive:
            members = check_zip(archive, limits)
            extract_checked(archive, members, staging, limits)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as error:
        raise UnpackError(tr("{path} is not a readable zip file: {error}").format(path=package, error=error)) from error


def unpack_package(package: Path, target: Path, limits: Optional[ZipLimits] = None,
                   allow_tampered: bool = False) -> UnpackResult:
    """Unpack ``package`` (zip or folder) into ``target`` and verify it; nothing is written outside ``target``."""
    package, target = Path(package), Path(target)
    if not package.exists():
        raise UnpackError(tr("The package {path} does not exist.").format(path=package))
    created = _prepare_target(target)
    staging = target / STAGING
    try:
        _stage(package, staging, limits or ZipLimits())
        manifest = read_manifest(staging)
        verification = verify(staging, manifest)
        if not verification.ok and not allow_tampered:
            raise TamperedPackageError(
                tr("The package does not match its manifest ({details}); it was not opened.").format(
                    details=verification.describe()), verification)
        project_name = normalise_member_name(manifest.project)
        if not project_name or not (staging / project_name).is_file():
            raise UnpackError(tr("The project {name} named in the manifest is missing.").format(name=manifest.project))
        for item in sorted(staging.iterdir()):
            item.replace(target / item.name)
        staging.rmdir()
    except (UnsafePackageError, ManifestError) as error:
        _clean(target, staging, created)
        raise UnpackError(str(error)) from error
    except OSError as error:
        _clean(target, staging, created)
        raise UnpackError(tr("Cannot unpack into {path}: {error}").format(path=target, error=error)) from error
    except BaseException:
        _clean(target, staging, created)
        raise
    challenges = [target / normalise_member_name(name) for name in manifest.challenges]
    return UnpackResult(target, target / project_name, manifest, verification,
                        [path for path in challenges if path.is_file()])


def _clean(target: Path, staging: Path, created: bool) -> None:
    shutil.rmtree(staging, ignore_errors=True)
    if created:
        shutil.rmtree(target, ignore_errors=True)


def open_project(project_path: Path) -> Tuple[QgsProject, List[str]]:
    """Read an unpacked project into a new QgsProject; returns it and the names of broken layers."""
    project = QgsProject()
    if not project.read(str(project_path)):
        raise UnpackError(tr("Cannot read the project {path}: {error}").format(path=project_path,
                                                                               error=project.error()))
    broken = sorted(layer.name() for layer in project.mapLayers().values() if not layer.isValid())
    return project, broken
