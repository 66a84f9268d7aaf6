"""Export a planning layout (or its atlas) to PDF (vector), PNG or SVG without half-written files.

Everything is written to a temporary folder beside the target first and moved into place only when QGIS's exporter
reports success, so a failure never leaves a truncated map behind. Only the file the user named may be replaced;
every other file an export writes (atlas pages, second pages) must be new unless ``replace`` is given. The result
counts the files actually written.
"""

import logging
import os
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, List, Optional

from osgeo import gdal
from qgis.core import (
    Qgis,
    QgsFeedback,
    QgsLayoutExporter,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsPrintLayout,
    QgsProject,
    QgsProjectMetadata,
)

from ..base.errors import Canceled
from ..base.files import FileWriteError, refuse_input, refuse_locked
from ..base.i18n import language_scope, translator
from ..base.settings import SlimStadSettings
from .atlas import page_file_name
from .errors import MapError
from .layout_builder import PlanningLayout, PlanningMapRequest, build_planning_layout
from .request_check import check_dpi, check_request
from .web_layers import SlowWebLayersError, web_deadline

tr = translator("SlimStadMaps")
LOGGER = logging.getLogger(__name__)

FORMATS = ("pdf", "png", "svg")
DEFAULT_DPI = 300


@dataclass
class ExportResult:
    """What was written: the files, the printed pages they hold, and the warnings to show the user."""

    paths: List[Path]
    pages: int
    public: bool = False
    status: str = ""
    layout_name: str = ""
    warnings: List[str] = field(default_factory=list)
    language: str = ""


def language_name(code: str) -> str:
    """The name of a map language (``nl``/``fr``/``en``) in the user's language, for choices in a form."""
    return {"nl": tr("Dutch"), "fr": tr("French"), "en": tr("English")}.get(code, code)


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


def drop_orphan_items(layout: QgsPrintLayout) -> int:
    """Take pages that left the page collection out of the scene; returns how many.

    ``QgsLayoutPageCollection.clear()`` (run by ``loadFromTemplate``) hands its pages to ``deleteLater`` without
    removing them from the scene. Headless, no event loop has run, so they stay in the scene until the first
    nested event loop -- which a web map layer starts while its tiles download *during* the export. QGIS's
    exporter holds the scene's item list across that loop and then touches the deleted pages: a segmentation
    fault. Removing the orphans first makes the list hold live items only (the deferred delete still frees them).
    """
    live = set(layout.pageCollection().pages())
    orphans = [item for item in layout.items() if isinstance(item, QgsLayoutItemPage) and item not in live]
    for item in orphans:
        layout.removeItem(item)
    return len(orphans)


@contextmanager
def quiet_georeferencing() -> Iterator[None]:
    """Silence GDAL's "PNG driver does not support update access" while QGIS georeferences an image export.

    QGIS 3.22 tries to write the reference map's georeference into every exported image through GDAL in update
    mode, which the PNG driver refuses (ERROR 6 on stderr, the PNG itself is fine). Other GDAL messages pass.
    """
    def handler(error_class: int, number: int, message: str) -> None:
        if number == gdal.CPLE_NotSupported and "update access" in str(message):
            return
        LOGGER.log(logging.WARNING if error_class >= gdal.CE_Warning else logging.DEBUG,
                                        "GDAL: %s", str(message).strip())

    gdal.PushErrorHandler(handler)
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def map_author() -> str:
    """The author written into a map file's metadata: the configured city, else "SlimStad" (never the OS user)."""
    return SlimStadSettings.load().city_name.strip() or "SlimStad"


@contextmanager
def exporting(layout: QgsPrintLayout, web_deadline_s: Optional[float] = None) -> Iterator[None]:
    """Around every export call: the file's author (:func:`file_author`) and a deadline on each web request
    (:func:`.web_layers.web_deadline`, the settings' network timeout), so a stalled tile server cannot hang it."""
    layers = [layer for item in layout.items() if isinstance(item, QgsLayoutItemMap) for layer in item.layers()]
    deadline = web_deadline_s if web_deadline_s is not None else SlimStadSettings.load().health_timeout_s
    with file_author(layout), web_deadline(layers, deadline):
        yield


@contextmanager
def file_author(layout: QgsPrintLayout) -> Iterator[None]:
    """While exporting, the project's metadata author (which QGIS writes into PDF/PNG/SVG files and which a new
    project takes from the machine's user name) reads :func:`map_author`; afterwards the project's metadata and its
    modified flag are exactly as before."""
    project = layout.project()
    if project is None:
        yield
        return
    before = QgsProjectMetadata(project.metadata())
    dirty = project.isDirty()
    changed = QgsProjectMetadata(before)
    changed.setAuthor(map_author())
    project.setMetadata(changed)
    try:
        yield
    finally:
        project.setMetadata(before)
        project.setDirty(dirty)


def _export_current(exporter: QgsLayoutExporter, kind: str, path: Path, dpi: int) -> int:
    if kind == "pdf":
        return exporter.exportToPdf(str(path), _pdf_settings(dpi))
    with quiet_georeferencing():
        if kind == "png":
            return exporter.exportToImage(str(path), _image_settings(dpi))
        return exporter.exportToSvg(str(path), _svg_settings(dpi))


def export_layout(layout: QgsPrintLayout, out: Path, dpi: int = DEFAULT_DPI, replace: bool = False,
                  web_deadline_s: Optional[float] = None) -> List[Path]:
    """Export the layout's current page(s) to ``out``; returns the files written (a second page: ``out_2``).

    A web request running longer than ``web_deadline_s`` (None: the settings' network timeout) is cut and
    :class:`.web_layers.SlowWebLayersError` raised (nothing written)."""
    out = Path(out)
    kind = output_format(out)
    check_dpi(dpi)
    check_writable(out)
    drop_orphan_items(layout)
    staging = _staging(out, ".slimstad-map-")
    try:
        exporter = QgsLayoutExporter(layout)
        with exporting(layout, web_deadline_s):
            result = _export_current(exporter, kind, staging / out.name, dpi)
        if result != QgsLayoutExporter.ExportResult.Success:
            raise _fail(result, out, exporter.errorFile())
        return _move_all(staging, out, replace)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def export_atlas(layout: QgsPrintLayout, out: Path, dpi: int = DEFAULT_DPI, replace: bool = False,
                 feedback: Optional[QgsFeedback] = None, web_deadline_s: Optional[float] = None) -> List[Path]:
    """A PDF ``out`` gets every atlas page; PNG/SVG get one file per page, ``<stem>_<number>_<name>.<ext>``.

    The number (the page's place in the atlas) makes every name unique; the page name, cleaned of characters
    unfit for file names, makes it readable. Nothing is overwritten unless ``replace``. ``feedback`` gets the
    progress (0-100, page by page) and stops the export between pages when canceled (:class:`Canceled`, nothing
    written). Like every QGIS layout, ``layout`` must be exported on the thread that owns the project's layers.
    """
    out = Path(out)
    kind = output_format(out)
    check_dpi(dpi)
    check_writable(out)
    atlas = layout.atlas()
    if not atlas.enabled() or atlas.updateFeatures() <= 0:
        raise MapError(tr("The atlas has no pages to export."))
    drop_orphan_items(layout)
    staging = _staging(out, ".slimstad-atlas-")
    try:
        if kind == "pdf":
            with exporting(layout, web_deadline_s):
                result, error = QgsLayoutExporter.exportToPdf(atlas, str(staging / out.name), _pdf_settings(dpi),
                                                              feedback)
            if result == QgsLayoutExporter.ExportResult.Canceled:
                raise Canceled(tr("The export was cancelled; nothing was written."))
            if result != QgsLayoutExporter.ExportResult.Success:
                raise _fail(result, out, error)
        else:
            _export_atlas_pages(layout, kind, out, staging, dpi, feedback, web_deadline_s)
        return _move_all(staging, out, replace)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _export_atlas_pages(layout: QgsPrintLayout, kind: str, out: Path, staging: Path, dpi: int,
                        feedback: Optional[QgsFeedback], web_deadline_s: Optional[float] = None) -> None:
    atlas = layout.atlas()
    exporter = QgsLayoutExporter(layout)
    count = atlas.count()
    if not atlas.beginRender():
        raise MapError(tr("The atlas has no pages to export."))
    try:
        for index in range(count):
            if feedback is not None:
                feedback.setProgress(100.0 * index / count)
                if feedback.isCanceled():
                    raise Canceled(tr("The export was cancelled; nothing was written."))
            if not atlas.seekTo(index):
                raise MapError(tr("Atlas page {number} cannot be prepared.").format(number=index + 1))
            target = staging / page_file_name(out.stem, index + 1, count, atlas.nameForPage(index), out.suffix)
            with exporting(layout, web_deadline_s):
                result = _export_current(exporter, kind, target, dpi)
            if result != QgsLayoutExporter.ExportResult.Success:
                raise _fail(result, out, exporter.errorFile())
    finally:
        atlas.endRender()


def _staging(out: Path, prefix: str) -> Path:
    """A hidden temporary folder beside ``out`` (same file system, so the final move is atomic)."""
    try:
        return Path(tempfile.mkdtemp(prefix=prefix, dir=str(out.parent)))
    except OSError as error:
        raise MapError(tr("Cannot write to {path}: {error}").format(path=out, error=error.strerror)) from error


def _move_all(staging: Path, out: Path, replace: bool) -> List[Path]:
    """Move every finished file next to ``out``; a file other than ``out`` that exists is never replaced unasked."""
    folder = out.parent
    produced = sorted(path for path in staging.iterdir() if path.is_file())
    if not produced:
        raise MapError(tr("The exporter produced no file in {folder}.").format(folder=folder))
    existing = [folder / path.name for path in produced if (folder / path.name).exists() and path.name != out.name]
    if existing and not replace:
        names = ", ".join(path.name for path in existing[:5]) + (" …" if len(existing) > 5 else "")
        raise MapError(tr("{count} files already exist in {folder} ({names}); nothing was written. Choose another "
                          "name or folder, or allow replacing them.").format(count=len(existing), folder=folder,
                                                                             names=names))
    moved = []
    for path in produced:
        target = folder / path.name
        try:
            os.replace(str(path), str(target))
        except OSError as error:
            raise MapError(tr("Cannot write to {path}: {error}").format(path=target, error=error.strerror)) from error
        moved.append(target)
    return moved


def printed_pages(layout: QgsPrintLayout, paths: List[Path]) -> int:
    """Pages the files hold: one per image/SVG file; for a PDF the layout's exported pages (per atlas page)."""
    if not paths or paths[0].suffix.lower() != ".pdf":
        return len(paths)
    collection = layout.pageCollection()
    per_feature = sum(1 for page in range(collection.pageCount()) if collection.shouldExportPage(page)) or 1
    atlas = layout.atlas()
    features = atlas.count() if atlas.enabled() else 1
    return per_feature * max(1, features)


def _build_and_export(project: QgsProject, request: PlanningMapRequest, targets: List[Path], dpi: int,
                      replace: bool) -> tuple:
    """(built layout, files written, pages) -- a slow web layer raises :class:`SlowWebLayersError` (nothing written)
    carrying the web problems already known, so the retry leaves out those and the slow ones."""
    built: PlanningLayout = build_planning_layout(project, request)
    paths: List[Path] = []
    pages = 0
    try:
        for number, target in enumerate(targets):
            written = (export_atlas(built.layout, target, dpi, replace, web_deadline_s=request.web_deadline_s)
                       if built.atlas_pages else
                       export_layout(built.layout, target, dpi, replace, web_deadline_s=request.web_deadline_s))
            if number == 0:
                pages = printed_pages(built.layout, written)
            paths.extend(written)
    except SlowWebLayersError as slow:
        for path in paths:  # an earlier target of this try (e.g. the PDF before the PNG) is made again
            path.unlink(missing_ok=True)
        slow.known_problems = list(built.web_problems)
        raise
    return built, paths, pages


def export_planning_map(project: QgsProject, request: PlanningMapRequest, out: Path, dpi: int = DEFAULT_DPI,
                        extra_outputs: Optional[List[Path]] = None,
                        feedback: Optional[Callable[[str], None]] = None, replace: bool = False) -> ExportResult:
    """Build (or replace) the layout in ``project`` and export it, as an atlas when the request has one.

    Everything printed is in ``request.language`` (default: QGIS's language). ``extra_outputs`` writes the same
    layout to more files (e.g. a PNG beside the PDF). ``pages`` counts the pages in the files written (the first
    output's); warnings go to ``feedback`` as they arise and into the result.
    """
    check_request(request, dpi)
    targets = [Path(out)] + [Path(p) for p in extra_outputs or []]
    inputs = [project.fileName()] + [layer.source() for layer in project.mapLayers().values()]
    for target in targets:
        output_format(target)
        check_writable(target)
        try:
            refuse_input(target, inputs)  # core/base/files.py: never export over the project or its data
            refuse_locked(target)
        except FileWriteError as error:
            raise MapError(str(error)) from error
    with language_scope(request.language or None) as language:
        try:
            built, paths, pages = _build_and_export(project, request, targets, dpi, replace)
        except SlowWebLayersError as slow:
            # A service that answered the check but stalled while printing: made again without it, and said so.
            request.web_problems = list(slow.known_problems) + slow.problems()
            built, paths, pages = _build_and_export(project, request, targets, dpi, replace)
        for warning in built.warnings:
            if feedback:
                feedback(warning)
    return ExportResult(paths, pages, built.public, built.status, built.layout.name(), list(built.warnings),
                        language)
