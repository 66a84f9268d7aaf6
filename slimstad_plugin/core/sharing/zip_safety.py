"""Check a package zip completely before a single byte of it is written to disk.

Refused: absolute paths and drive letters, ``..`` components, symlinks and other special files (zip
external attributes), duplicate names, and zip bombs, judged on the WHOLE archive: member count, total
uncompressed size, and the compression ratio of all members together (300 members of 1 MB of zeros are as
much a bomb as one of 300 MB), plus the ratio of each large member. Limits come from the settings module
(``unpack_max_*``). Backslash separators from Windows zips are accepted and normalised.
Extraction then streams each member with a hard byte limit, because a zip header can lie about sizes.
"""

import os
import shutil
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Callable, Dict, List, Optional

from ..base.errors import Canceled, SlimStadError
from ..base.i18n import translator
from ..base.settings import SlimStadSettings

tr = translator("SlimStadSharing")

CHUNK = 1 << 20


class UnsafePackageError(SlimStadError, ValueError):
    """The package is refused; the message says why (already translated)."""


@dataclass
class ZipLimits:
    """Upper bounds for one package; generous for city data, fatal for a zip bomb.

    A real city package (GeoPackages, a project, styles) compresses about 2–10:1; a GeoPackage full of free
    pages perhaps 50:1. Small archives may compress extremely well (an empty project), so the ratios apply only
    once the uncompressed size passes ``ratio_floor_bytes``.
    """

    max_members: int = 10_000
    max_total_bytes: int = 4 * 1024 ** 3
    max_member_bytes: int = 4 * 1024 ** 3
    max_ratio: float = 200.0          # uncompressed / compressed, per member
    max_total_ratio: float = 100.0    # uncompressed / compressed, whole archive
    ratio_floor_bytes: int = 1 << 20  # tiny archives and members may compress extremely well

    @classmethod
    def from_settings(cls) -> "ZipLimits":
        """The limits configured in the settings module (``unpack_max_total_mb``, ``…_members``, ``…_ratio``)."""
        settings = SlimStadSettings.load()
        total = max(1, int(settings.unpack_max_total_mb)) * 1024 ** 2
        return cls(max_members=max(1, int(settings.unpack_max_members)), max_total_bytes=total,
                   max_member_bytes=min(total, cls.max_member_bytes),
                   max_total_ratio=max(1.0, float(settings.unpack_max_ratio)))


@dataclass
class SafeMember:
    """One checked member: the original zip name and its normalised relative path."""

    info: zipfile.ZipInfo
    relative: str


def normalise_member_name(name: str) -> str:
    """Forward slashes, no leading ``./``; raise for absolute or escaping paths."""
    clean = name.replace("\\", "/")
    if clean.startswith("/") or (len(clean) > 1 and clean[1] == ":") or clean.startswith("//"):
        raise UnsafePackageError(tr("The package contains an absolute path: {name}").format(name=name))
    parts = [part for part in clean.split("/") if part not in ("", ".")]
    if any(part == ".." for part in parts):
        raise UnsafePackageError(tr("The package contains a path outside its folder: {name}").format(name=name))
    if any(":" in part or "\x00" in part for part in parts):
        raise UnsafePackageError(tr("The package contains an invalid file name: {name}").format(name=name))
    return str(PurePosixPath(*parts)) if parts else ""


def _is_special(info: zipfile.ZipInfo) -> bool:
    """Symlinks, devices, fifos: anything but a regular file or folder (Unix mode in the high 16 bits)."""
    mode = info.external_attr >> 16
    if not mode:
        return False  # made on Windows or by a tool that stores no Unix mode
    kind = stat.S_IFMT(mode)
    return kind not in (0, stat.S_IFREG, stat.S_IFDIR)


def check_zip(archive: zipfile.ZipFile, limits: Optional[ZipLimits] = None) -> List[SafeMember]:
    """Every file member of ``archive`` with its safe relative path; raise on the first problem."""
    limits = limits or ZipLimits()
    infos = archive.infolist()
    if len(infos) > limits.max_members:
        raise UnsafePackageError(tr("The package has too many files ({count}).").format(count=len(infos)))
    members: List[SafeMember] = []
    seen: Dict[str, str] = {}
    total = compressed = 0
    for info in infos:
        relative = normalise_member_name(info.filename)
        if _is_special(info):
            raise UnsafePackageError(
                tr("The package contains a link or special file: {name}").format(name=info.filename))
        if info.flag_bits & 0x1:
            raise UnsafePackageError(tr("The package contains an encrypted file: {name}").format(name=info.filename))
        is_dir = info.filename.endswith(("/", "\\"))
        if not relative or is_dir:
            continue
        key = relative.lower()  # case-insensitive file systems would merge these
        if key in seen:
            raise UnsafePackageError(tr("The package contains a file twice: {name}").format(name=relative))
        seen[key] = relative
        if info.file_size > limits.max_member_bytes:
            raise UnsafePackageError(tr("A file in the package is too large: {name}").format(name=relative))
        if info.file_size > limits.ratio_floor_bytes and \
                info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise UnsafePackageError(
                tr("A file in the package is suspiciously highly compressed: {name}").format(name=relative))
        total += info.file_size
        compressed += info.compress_size
        if total > limits.max_total_bytes:
            raise UnsafePackageError(tr("The package unpacks to more than the allowed size."))
        members.append(SafeMember(info, relative))
    if total > limits.ratio_floor_bytes and total > limits.max_total_ratio * max(compressed, 1):
        raise UnsafePackageError(tr("The package is suspiciously highly compressed ({ratio:.0f}:1); it looks like "
                                    "a zip bomb and is not unpacked.").format(ratio=total / max(compressed, 1)))
    # A file and a folder of the same name cannot both exist.
    for relative in seen.values():
        for parent in PurePosixPath(relative).parents:
            if str(parent).lower() in seen:
                raise UnsafePackageError(tr("The package contains a file twice: {name}").format(name=str(parent)))
    return members


def extract_checked(archive: zipfile.ZipFile, members: List[SafeMember], target: Path,
                    limits: Optional[ZipLimits] = None,
                    is_canceled: Optional[Callable[[], bool]] = None) -> List[Path]:
    """Stream ``members`` (from :func:`check_zip`) into the new folder ``target``.

    Each member may not produce more bytes than its header declared; on any failure or cancel (``is_canceled``
    polled per chunk, raising Canceled) ``target`` is removed.
    """
    limits = limits or ZipLimits()
    target = Path(target)
    target.mkdir(parents=True, exist_ok=False)
    root = target.resolve()
    written: List[Path] = []
    total = 0
    try:
        for member in members:
            destination = (root / member.relative).resolve()
            if root not in destination.parents:
                raise UnsafePackageError(tr("The package contains a path outside its folder: {name}").format(
                    name=member.info.filename))
            destination.parent.mkdir(parents=True, exist_ok=True)
            count = 0
            with archive.open(member.info) as source, open(destination, "xb") as sink:
                while True:
                    if is_canceled is not None and is_canceled():
                        raise Canceled(tr("Unpacking was canceled; nothing was kept."))
                    chunk = source.read(CHUNK)
                    if not chunk:
                        break
                    count += len(chunk)
                    total += len(chunk)
                    if count > member.info.file_size or total > limits.max_total_bytes:
                        raise UnsafePackageError(
                            tr("A file in the package is larger than it claims: {name}").format(name=member.relative))
                    sink.write(chunk)
            os.chmod(destination, 0o644)
            written.append(destination)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return written
