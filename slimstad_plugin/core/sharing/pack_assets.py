"""Files a packed project points to besides its layers' data: symbol and layout pictures, raster mosaic parts,
and the fonts it uses (listed, not packed).

Pictures are found in the written project XML itself, so every kind of reference is covered the same way: SVG and
raster markers, SVG/raster fills, label backgrounds, layout pictures and logos. A reference that resolves to a file
outside the package is copied into ``symbols/`` and the reference rewritten to it; pictures from QGIS's own SVG
folders stay (every QGIS has them); a picture missing at the sender is reported by name.
"""

import html
import re
import shutil
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Set

from qgis.core import QgsApplication

PICTURE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")
ATTRIBUTE = re.compile(r'(\s[\w:.-]+=")([^"]*)(")')
FONT_PATTERNS = (re.compile(r'fontFamily="([^"]+)"'), re.compile(r'<\w*[Ff]ont\s+description="([^",]+)'))
RASTER_SIDECARS = (".aux.xml", ".ovr", ".msk", ".tfw", ".tifw", ".wld", ".jgw", ".pgw", ".prj")


@dataclass
class AssetReport:
    """Pictures copied (package path -> original name), pictures missing at the sender, fonts used."""

    copied: Dict[str, str] = field(default_factory=dict)
    missing: List[str] = field(default_factory=list)
    fonts: List[str] = field(default_factory=list)


def _system_picture(value: str) -> bool:
    """True for a name QGIS finds in its own SVG folders (``arrows/NorthArrow_02.svg``)."""
    for folder in QgsApplication.svgPaths():
        if (Path(folder) / value).is_file():
            return True
    return False


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def pack_pictures(qgs: Path, package: Path) -> AssetReport:
    """Copy every picture the project XML ``qgs`` points to outside ``package`` into ``symbols/``; rewrite it."""
    text = qgs.read_text(encoding="utf-8")
    report = AssetReport()
    copies: Dict[Path, str] = {}
    names: Set[str] = set()
    missing: Set[str] = set()

    def replace(match: "re.Match[str]") -> str:
        raw = html.unescape(match.group(2))
        if not raw or raw.startswith(("base64:", ":/")) or "://" in raw or "|" in raw or "?" in raw \
                or not raw.lower().endswith(PICTURE_SUFFIXES):
            return match.group(0)
        candidate = Path(raw) if Path(raw).is_absolute() else package / raw
        if not candidate.is_file():
            if not _system_picture(raw):
                missing.add(Path(raw).name)
            return match.group(0)
        if _inside(candidate, package):
            return match.group(0)
        source = candidate.resolve()
        if source not in copies:
            name = _unique(source.name, names)
            (package / "symbols").mkdir(exist_ok=True)
            shutil.copyfile(source, package / "symbols" / name)
            copies[source] = "symbols/" + name
            report.copied["symbols/" + name] = source.name
        return "{}{}{}".format(match.group(1), html.escape("./" + copies[source], quote=True), match.group(3))

    rewritten = ATTRIBUTE.sub(replace, text)
    if rewritten != text:
        qgs.write_text(rewritten, encoding="utf-8")
    report.missing = sorted(missing)
    report.fonts = fonts_used(rewritten)
    return report


def fonts_used(text: str) -> List[str]:
    """Font families named in a project's XML (labels, text formats, layout items), sorted."""
    families: Set[str] = set()
    for pattern in FONT_PATTERNS:
        families.update(html.unescape(name).strip() for name in pattern.findall(text))
    return sorted(name for name in families if name)


def _unique(name: str, taken: Set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    candidate, index = name, 1
    while candidate.lower() in taken:
        index += 1
        candidate = "{}_{}.{}".format(stem or suffix, index, suffix) if dot else "{}_{}".format(name, index)
    taken.add(candidate.lower())
    return candidate


def copy_raster_sidecars(source: Path, destination: Path) -> None:
    """``x.tif.aux.xml``, ``x.tif.ovr``, ``x.tfw`` … beside ``destination`` like beside ``source``."""
    stem = source.name[: -len(source.suffix)] if source.suffix else source.name
    for suffix in RASTER_SIDECARS:
        for candidate, target_name in ((source.parent / (source.name + suffix), destination.name + suffix),
                                       (source.parent / (stem + suffix),
                                        destination.name[: -len(source.suffix) or None] + suffix)):
            if candidate.is_file() and not (destination.parent / target_name).exists():
                shutil.copyfile(candidate, destination.parent / target_name)


def copy_vrt(source: Path, destination: Path, depth: int = 0) -> List[Path]:
    """Copy a VRT mosaic with all its parts into ``destination``'s folder; returns the parts copied.

    Parts go into ``<vrt stem>_parts/`` beside the copy and the VRT is rewritten to point at them relatively, so
    the mosaic opens wherever the package is unpacked. Nested VRTs are followed (up to 5 levels).
    """
    tree = ElementTree.parse(source)
    parts_dir = destination.parent / (destination.stem + "_parts")
    copied: List[Path] = []
    taken: Set[str] = set()
    for element in tree.iter("SourceFilename"):
        raw = (element.text or "").strip()
        if not raw or raw.startswith("/vsi") or "://" in raw:
            continue
        relative = element.get("relativeToVRT", "0") == "1"
        part = (source.parent / raw) if relative or not Path(raw).is_absolute() else Path(raw)
        if not part.is_file():
            continue
        parts_dir.mkdir(exist_ok=True)
        name = _unique(part.name, taken)
        target = parts_dir / name
        if part.suffix.lower() == ".vrt" and depth < 5:
            copied.extend(copy_vrt(part, target, depth + 1))
        else:
            shutil.copyfile(part, target)
            copy_raster_sidecars(part, target)
        copied.append(target)
        element.text = "{}/{}".format(parts_dir.name, name)
        element.set("relativeToVRT", "1")
    tree.write(destination, encoding="utf-8", xml_declaration=False)
    copy_raster_sidecars(source, destination)
    return copied
