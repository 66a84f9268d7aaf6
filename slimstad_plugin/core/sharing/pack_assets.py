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
from typing import Dict, List, Optional, Set, Tuple

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QUrl

# Pictures, the HTML pages (and style sheets) of layout HTML frames and annotations, and custom attribute forms.
PICTURE_SUFFIXES = (".svg", ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".html", ".htm", ".css", ".ui")
ATTRIBUTE = re.compile(r'(\s[\w:.-]+=")([^"]*)(")')
TEXT_NODE = re.compile(r">([^<>]+)<")
# A quoted or url(...) reference inside a longer value: expression literals, HTML src/href, CSS.
EMBEDDED = re.compile(r"""(?:(?P<quote>['"])|url\()(?P<path>[^'"<>()\n]+?)(?(quote)(?P=quote)|\))""")
HTML_FRAME = re.compile(r"<LayoutMultiFrame\b[^>]*>")
MAX_EMBEDDED_HTML = 1 << 20
WINDOWS_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|\\\\)")
# Labels and text formats, layout items (``<LabelFont description="Arial,10,…">``), font markers and
# font-based line/fill symbol layers (``<Option name="font" value="…">``, ``<prop k="font" v="…">``).
FONT_PATTERNS = (re.compile(r'fontFamily="([^"]+)"'), re.compile(r'<\w*[Ff]ont\s+description="([^",]+)'),
                 re.compile(r'<Option\s+type="QString"\s+name="font(?:_family)?"\s+value="([^"]+)"'),
                 re.compile(r'<Option\s+name="font(?:_family)?"\s+type="QString"\s+value="([^"]+)"'),
                 re.compile(r'<prop\s+v="([^"]+)"\s+k="font(?:_family)?"'),
                 re.compile(r'<prop\s+k="font(?:_family)?"\s+v="([^"]+)"'))
RASTER_SIDECARS = (".aux.xml", ".ovr", ".msk", ".tfw", ".tifw", ".wld", ".jgw", ".pgw", ".prj")


@dataclass
class AssetReport:
    """Pictures copied (package path -> original name), the sender's folders they came from (so no trace of them
    stays in the package), pictures missing at the sender, fonts used."""

    copied: Dict[str, str] = field(default_factory=dict)
    folders: Set[Path] = field(default_factory=set)
    missing: List[str] = field(default_factory=list)
    missing_paths: Set[str] = field(default_factory=set)   # where the package points them: symbols/<name>
    fonts: List[str] = field(default_factory=list)


def _system_picture(value: str) -> bool:
    """True for a name QGIS finds in its own SVG folders (``arrows/NorthArrow_02.svg``)."""
    for folder in QgsApplication.svgPaths():
        if (Path(folder) / value).is_file():
            return True
    return False


def _library_picture(value: str) -> Optional[Path]:
    """The file a relative name resolves to in QGIS's SVG search folders, as QGIS finds it, or None."""
    for folder in QgsApplication.svgPaths():
        candidate = Path(folder) / value
        if candidate.is_file():
            return candidate
    return None


def _qgis_own(path: Path) -> bool:
    """True for a file of QGIS's own SVG library (every QGIS has it); a user's or city's symbol folder set as an
    SVG search path is not QGIS's own and travels."""
    return _inside(path, Path(QgsApplication.pkgDataPath()) / "svg")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def _is_picture(text: str) -> bool:
    return bool(text) and text.lower().endswith(PICTURE_SUFFIXES) and not text.startswith(("base64:", ":/", "/vsi")) \
        and "|" not in text and "?" not in text and "\n" not in text and len(text) < 4096 \
        and not base_name(text).startswith(".")


def picture_spans(value: str) -> List[Tuple[int, int, str]]:
    """(start, end, reference) of every picture file ``value`` (an unescaped XML attribute or text) points to.

    The whole value when it is a picture path (symbol layers, static data-defined properties, layout pictures,
    label backgrounds), else every quoted or ``url(...)`` reference inside it: string literals of data-defined
    expressions (``'/x/school.svg'``) and ``src="…"`` of HTML in layout labels and HTML frames.
    """
    stripped = value.strip()
    # QGIS writes every file path with a folder ("./school.svg", "/…", "C:\\…"); a bare name is a name (a layer
    # called "kaart.png") or a picture of QGIS's own SVG library.
    if _is_picture(stripped) and re.search(r"[\\/]", stripped) and not any(quote in value for quote in "'\"<>"):
        start = value.index(stripped)
        return [(start, start + len(stripped), stripped)]
    # Inside text only what names a folder too ('/x/school.svg', "symbols/logo.png"): a bare 'kaart.png' in a
    # label's text is words, not a reference.
    return [(match.start("path"), match.end("path"), match.group("path")) for match in EMBEDDED.finditer(value)
            if _is_picture(match.group("path")) and re.search(r"[\\/]", match.group("path"))]


def local_reference(raw: str) -> Optional[str]:
    """The file path a picture reference names (``file://`` URLs decoded), or None for web URLs and embedded
    pictures, which travel as they are."""
    if raw.lower().startswith("file:"):
        return QUrl(raw).toLocalFile() or None
    if "://" in raw:
        return None
    return raw


def base_name(raw: str) -> str:
    """The file name of a reference, also for Windows paths (``C:\\kaart\\logo.png`` -> ``logo.png``)."""
    return re.split(r"[\\/]", raw.rstrip("/\\"))[-1]


def _resolve(raw: str, folder: Path) -> Optional[Path]:
    """The existing file ``raw`` points to, read as QGIS reads it from a project in ``folder``; None when missing
    (a Windows path on another system is missing too)."""
    if WINDOWS_PATH.match(raw) and not Path(raw).is_absolute():
        return None
    candidate = Path(raw) if Path(raw).is_absolute() else folder / raw
    return candidate if candidate.is_file() else None


def pack_pictures(qgs: Path, package: Path) -> AssetReport:
    """Copy every picture the project XML ``qgs`` points to outside ``package`` into ``symbols/``; rewrite it.

    A picture missing at the sender is reported and its reference rewritten to ``symbols/<name>`` (where the
    receiver can put it), so no folder of the sender travels in the package.
    """
    text = qgs.read_text(encoding="utf-8")
    report = AssetReport()
    copies: Dict[str, str] = {}
    names: Set[str] = set()
    missing: Set[str] = set()

    def packed(raw: str) -> Optional[str]:
        """The package reference for ``raw``, or None to keep it as it is."""
        local = local_reference(raw)
        if local is None:
            return None
        source = _resolve(local, package)
        if source is None and not Path(local).is_absolute():
            source = _library_picture(local)
            if source is not None and _qgis_own(source):
                return None
        if source is None:
            missing.add(base_name(local))
            key = "missing:" + base_name(local).lower()
        elif _inside(source, package):
            return None if local == raw else "./" + source.resolve().relative_to(package.resolve()).as_posix()
        else:
            key = str(source.resolve())
        if key not in copies:
            name = _unique(base_name(local), names)
            if source is not None:
                (package / "symbols").mkdir(exist_ok=True)
                shutil.copyfile(source, package / "symbols" / name)
                report.copied["symbols/" + name] = source.name
                report.folders.add(source.parent)
            copies[key] = "./symbols/" + name
            if source is None:
                report.missing_paths.add("symbols/" + name)
        return copies[key]

    def rewrite(value: str) -> str:
        raw_value = html.unescape(value)
        pieces, last = [], 0
        for start, end, raw in picture_spans(raw_value):
            new = packed(raw)
            if new is not None:
                pieces.extend([raw_value[last:start], new])
                last = end
        if not pieces:
            return value
        return html.escape("".join(pieces) + raw_value[last:], quote=True)

    def attribute(match: "re.Match[str]") -> str:
        return match.group(1) + rewrite(match.group(2)) + match.group(3)

    def element_text(match: "re.Match[str]") -> str:
        return ">" + rewrite(match.group(1)) + "<"

    text_in = HTML_FRAME.sub(lambda match: _embed_html_frame(match.group(0), missing), text)
    rewritten = TEXT_NODE.sub(element_text, ATTRIBUTE.sub(attribute, text_in))
    if rewritten != text:
        qgs.write_text(rewritten, encoding="utf-8")
    report.missing = sorted(missing)
    report.fonts = fonts_used(rewritten)
    return report


def _embed_html_frame(tag: str, missing: Set[str]) -> str:
    """A layout HTML frame that shows a local file (``contentMode="0"``, ``url="file:…"``) gets the file's HTML
    as its own content (``contentMode="1"``): QGIS loads a frame's URL as it is, so a path into the package
    would not load at the receiver. A file missing at the sender is reported."""
    values = {match.group(1).strip(): html.unescape(match.group(2)) for match in ATTRIBUTE.finditer(tag)}
    url = values.get("url=\"", "")
    local = local_reference(url) if url.lower().startswith("file:") or url.startswith("/") else None
    if values.get("contentMode=\"") != "0" or not local:
        return tag
    source = _resolve(local, Path("/"))
    if source is None or source.stat().st_size > MAX_EMBEDDED_HTML:
        missing.add(base_name(local))
        return tag
    content = source.read_bytes().decode("utf-8", "replace")

    def replace(match: "re.Match[str]") -> str:
        key = match.group(1).strip()
        if key == 'contentMode="':
            return match.group(1) + "1" + match.group(3)
        if key == 'url="':
            return match.group(1) + match.group(3)
        if key == 'html="':
            return match.group(1) + html.escape(content, quote=True) + match.group(3)
        return match.group(0)

    return ATTRIBUTE.sub(replace, tag)


def missing_pictures(qgs: Path) -> List[Tuple[str, str]]:
    """(user, reference) for every reference of the project XML ``qgs`` to a picture file that does not exist
    (relative ones are read from the project's folder, as QGIS reads them); the user is the layer's name, the
    layout's name, or "" for the project itself. Pictures of QGIS's own SVG folders and web pictures are not
    checked. Raises OSError or ElementTree.ParseError for an unreadable file."""
    found: Set[Tuple[str, str]] = set()

    def visit(element: ElementTree.Element, user: str) -> None:
        if element.tag == "maplayer":
            user = element.findtext("layername") or user
        elif element.tag == "Layout":
            user = element.get("name") or user
        for value in [*element.attrib.values(), element.text or ""]:
            for _start, _end, raw in picture_spans(value):
                local = local_reference(raw)
                if local is not None and _resolve(local, qgs.parent) is None and not _system_picture(local):
                    found.add((user, local))
        for child in element:
            visit(child, user)

    visit(ElementTree.parse(qgs).getroot(), "")
    return sorted(found)


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


def vrt_parts(vrt: Path, depth: int = 0) -> List[Path]:
    """Every local file a VRT mosaic reads (nested VRTs followed up to 5 levels), as GDAL resolves them; parts
    that do not exist are listed too. A VRT that cannot be parsed has no parts listed."""
    try:
        tree = ElementTree.parse(vrt)
    except (OSError, ElementTree.ParseError):
        return []
    parts: List[Path] = []
    for element in tree.iter("SourceFilename"):
        raw = (element.text or "").strip()
        if not raw or raw.startswith("/vsi") or "://" in raw:
            continue
        relative = element.get("relativeToVRT", "0") == "1"
        part = (vrt.parent / raw) if relative or not Path(raw).is_absolute() else Path(raw)
        parts.append(part)
        if part.suffix.lower() == ".vrt" and part.is_file() and depth < 5:
            parts.extend(vrt_parts(part, depth + 1))
    return parts
