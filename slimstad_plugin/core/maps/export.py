"""Export a planning layout (or its atlas) to PDF (vector), PNG or SVG without half-written files.

Everything is written to a temporary name in the target folder first and moved into place only when
QGIS's exporter reports success, so a failure never leaves a truncated map behind.
"""

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsLayoutExporter, QgsPrintLayout, QgsProject

from ..base.i18n import translator
from .errors import MapError
from .layout_builder import PlanningLayout, PlanningMapRequest, build_planning_layout

tr = translator("SlimStadMaps")

FORMATS = ("pdf", "png", "svg")
DEFAULT_DPI = 300


@dataclass
class ExportResult:
    """What was written, how many pages, and the warnings to show the user."""

    paths: List[Path]
    pages: int
    public: bool = False
    status: str = ""
    layout_name: str = ""
    warnings: List[str] = field(default_factory=list)


def output_format(path: Path) -> str:
    """``pdf``/``png``/``svg`` from the file name, or a clear error."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise MapError(tr("Unsupported output {path}: use a .pdf, .png or .svg file name.").format(path=path))
    return suffix


def check_writable(path: Path) -> None:
    """Fail early, with the folder named, when the output cannot be written."""
    folder = Path(path).parent
    if not folder.is_dir():
        raise MapError(tr("The folder {folder} does not exist.").format(folder=folder))
    if not os.access(str(folder), os.W_OK) or (Path(path).exists() and not os.access(str(path), os.W_OK)):
        raise MapError(tr("Cannot write to {path}: permission denied.").format(path=path))


def _pdf_settings(dpi: int) -> QgsLayoutExporter.PdfExportSettings:
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.rasterizeWholeImage = False
    # Real text (not outlines): searchable, selectable and readable by screen readers.
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return settings


def _image_settings(dpi: int) -> QgsLayoutExporter.ImageExportSettings:
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    return settings


def _svg_settings(dpi: int) -> QgsLayoutExporter.SvgExportSettings:
    settings = QgsLayoutExporter.SvgExportSettings()
    settings.dpi = dpi
    settings.forceVectorOutput = True
    settings.textRenderFormat = Qgis.TextRenderFormat.AlwaysText
    return settings


def _fail(result: int, path: Path, detail: str = "") -> MapError:
    if result == QgsLayoutExporter.ExportResult.FileError:
        return MapError(tr("Cannot write to {path}.").format(path=path))
    if result == QgsLayoutExporter.ExportResult.MemoryError:
        return MapError(tr("Not enough memory to export {path}: lower the resolution.").format(path=path))
    return MapError(tr("Exporting {path} failed: {detail}").format(path=path, detail=detail or result))


def export_layout(layout: QgsPrintLayout, out: Path, dpi: int = DEFAULT_DPI) -> List[Path]:
    """Export the layout's current page(s) to ``out``; returns the files written."""
    out = Path(out)
    kind = output_format(out)
    check_writable(out)
    staging = _staging(out, ".slimstad-map-")
    try:
        temporary = staging / out.name
        exporter = QgsLayoutExporter(layout)
        if kind == "pdf":
            result = exporter.exportToPdf(str(temporary), _pdf_settings(dpi))
        elif kind == "png":
            result = exporter.exportToImage(str(temporary), _image_settings(dpi))
        else:
            result = exporter.exportToSvg(str(temporary), _svg_settings(dpi))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise _fail(result, out, exporter.errorFile())
        return _move_all(staging, out.parent)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def export_atlas(layout: QgsPrintLayout, out: Path, dpi: int = DEFAULT_DPI) -> List[Path]:
    """A PDF ``out`` gets every atlas page; PNG/SVG get one file per page named by the atlas expression."""
    out = Path(out)
    kind = output_format(out)
    check_writable(out)
    atlas = layout.atlas()
    if not atlas.enabled() or atlas.updateFeatures() <= 0:
        raise MapError(tr("The atlas has no pages to export."))
    staging = _staging(out, ".slimstad-atlas-")
    try:
        if kind == "pdf":
            result, error = QgsLayoutExporter.exportToPdf(atlas, str(staging / out.name), _pdf_settings(dpi))
        elif kind == "png":
            result, error = QgsLayoutExporter.exportToImage(atlas, str(staging / out.stem), "png",
                                                            _image_settings(dpi))
        else:
            result, error = QgsLayoutExporter.exportToSvg(atlas, str(staging / out.stem), _svg_settings(dpi))
        if result != QgsLayoutExporter.ExportResult.Success:
            raise _fail(result, out, error)
        return _move_all(staging, out.parent)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _staging(out: Path, prefix: str) -> Path:
    """A hidden temporary folder beside ``out`` (same file system, so the final move is atomic)."""
    try:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=str(out.parent)))
    except OSError as error:
        raise MapError(tr("Cannot write to {path}: {error}").format(path=out, error=error.strerror)) from error


def _move_all(staging: Path, folder: Path) -> List[Path]:
    """Move every finished file into ``folder`` (same file system: atomic replace per file)."""
    moved = []
    for produced in sorted(staging.iterdir()):
        target = folder / produced.name
        try:
            os.replace(str(produced), str(target))
        except OSError as error:
            raise MapError(tr("Cannot write to {path}: {error}").format(path=target, error=error.strerror)) from error
        moved.append(target)
    if not moved:
        raise MapError(tr("The exporter produced no file in {folder}.").format(folder=folder))
    return moved


def export_planning_map(project: QgsProject, request: PlanningMapRequest, out: Path, dpi: int = DEFAULT_DPI,
                        extra_outputs: Optional[List[Path]] = None,
                        feedback: Optional[Callable[[str], None]] = None) -> ExportResult:
    """Build (or replace) the layout in ``project`` and export it, as an atlas when the request has one.

    ``extra_outputs`` writes the same layout to more files (e.g. a PNG beside the PDF).
    """
    for target in [Path(out)] + [Path(p) for p in extra_outputs or []]:
        output_format(target)
        check_writable(target)
    built: PlanningLayout = build_planning_layout(project, request)
    for warning in built.warnings:
        if feedback:
            feedback(warning)
    paths: List[Path] = []
    for target in [Path(out)] + [Path(p) for p in extra_outputs or []]:
        if built.atlas_pages:
            paths.extend(export_atlas(built.layout, target, dpi))
        else:
            paths.extend(export_layout(built.layout, target, dpi))
    return ExportResult(paths, built.atlas_pages or 1, built.public, built.status, built.layout.name(),
                        list(built.warnings))
