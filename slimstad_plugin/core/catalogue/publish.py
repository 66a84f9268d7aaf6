"""Publish a catalogue so Flanders can harvest it: DCAT-AP Vlaanderen (Turtle, RDF/XML, JSON-LD) or a folder of
ISO 19139 records (one ``<entry id>.xml`` per entry, GDI-Vlaanderen style).

Nothing secret leaves: authcfg ids are never written, URLs are scrubbed by the allow-list rule
(core/base/secrets.py), local files and databases are published without a distribution (their paths and hosts stay
home), and every document is scanned for credentials before anything is written (a hit writes nothing).
Harvesting the export (core/catalogue/harvest.py) gives back the same entries on every mapped field.
"""

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsProject,
    QgsRectangle,
)

from ..base.i18n import plural, translator
from ..base.reasons import reason
from ..base.secrets import find_secrets, scrub_uri
from .model import Catalogue, CatalogueEntry
from .standards.dcat_write import dataset_uri, write_dcat
from .standards.errors import PublishError
from .standards.iso_write import write_record
from .standards.links import LinkSpec, link_for_source
from .standards.vocab import is_wgs84, normalize_crs

tr = translator("SlimStadHarvest")
DCAT_FORMAT, ISO_FORMAT = "dcat-ap-vl", "iso19139"
DCAT_SUFFIXES = (".ttl", ".rdf", ".jsonld")


@dataclass
class ExportReport:
    """What an export wrote."""

    format: str
    out: Path
    written: List[str] = field(default_factory=list)           # entry ids
    without_distribution: List[str] = field(default_factory=list)
    left_out: List[Tuple[str, str]] = field(default_factory=list)  # (entry id, why)
    files: List[Path] = field(default_factory=list)

    def summary(self) -> str:
        """One translated sentence."""
        text = tr("wrote {entries} to {out} ({files})").format(
            entries=plural(len(self.written), tr("{n} entry"), tr("{n} entries")), out=self.out,
            files=plural(len(self.files), tr("{n} file"), tr("{n} files")))
        if self.without_distribution:
            text += "; " + tr("{n} without a distribution (local source)").format(n=len(self.without_distribution))
        if self.left_out:
            text += "; " + tr("{n} left out").format(n=len(self.left_out))
        return text


def public_entry(entry: CatalogueEntry) -> Tuple[Dict, Optional[LinkSpec]]:
    """The entry as it may leave the administration (no authcfg, URLs scrubbed, no local paths) and its link."""
    data = entry.to_dict()
    for key in ("style", "fields", "origin"):
        data.pop(key, None)
    source = {key: value for key, value in (data.get("source") or {}).items() if key != "authcfg"}
    if source.get("url"):
        source["url"] = scrub_uri(str(source["url"]), entry.public_params).text
    link = link_for_source(source)
    data["source"] = source if link is not None else {"type": source.get("type", "")}
    return data, link


def wgs84_extent(entry: CatalogueEntry, context: Optional[QgsCoordinateTransformContext] = None,
                 ) -> Optional[List[float]]:
    """The entry's extent in EPSG:4326 (transformed with QGIS when it is in another CRS), or None.

    ``context``: the transform context (default: the current project's; pass a copy from worker threads)."""
    if not entry.extent:
        return None
    if is_wgs84(entry.extent_crs):
        return [float(v) for v in entry.extent]
    source = QgsCoordinateReferenceSystem(normalize_crs(entry.extent_crs))
    if not source.isValid():
        return None
    transform = QgsCoordinateTransform(source, QgsCoordinateReferenceSystem("EPSG:4326"),
                                       context or QgsProject.instance().transformContext())
    try:
        box = transform.transformBoundingBox(QgsRectangle(*[float(v) for v in entry.extent]))
    except QgsCsException:
        return None
    return [round(box.xMinimum(), 7), round(box.yMinimum(), 7), round(box.xMaximum(), 7), round(box.yMaximum(), 7)]


def export_catalogue(catalogue: Catalogue, fmt: str, out: Path, base_uri: str = "", open_only: bool = False,
                     now: Optional[dt.datetime] = None,
                     transform_context: Optional[QgsCoordinateTransformContext] = None) -> ExportReport:
    """Write ``catalogue`` as ``fmt`` (``dcat-ap-vl`` -> one file, ``iso19139`` -> a folder); PublishError when
    the format or output is refused or a secret was found in what was written. Background callers pass the
    project's ``transform_context`` taken on the GUI thread."""
    out = Path(out)
    report = ExportReport(fmt, out)
    if catalogue.origin and Path(catalogue.origin).resolve() == out.resolve():
        raise PublishError(tr("The export would overwrite the catalogue itself ({path})").format(path=out))
    items = []
    for entry in catalogue.entries:
        if open_only and entry.licence.type != "open":
            report.left_out.append((entry.id, tr("licence is not open")))
            continue
        data, link = public_entry(entry)
        if link is None:
            report.without_distribution.append(entry.id)
        items.append((data, dataset_uri(base_uri, catalogue.id, entry.id), link,
                      wgs84_extent(entry, transform_context)))
        report.written.append(entry.id)
    documents: List[Tuple[Path, bytes]] = []
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S")
    if fmt == DCAT_FORMAT:
        if out.suffix.lower() not in DCAT_SUFFIXES:
            raise PublishError(tr("A DCAT-AP export is a .ttl, .rdf or .jsonld file, not {path}").format(path=out))
        catalogue_uri = base_uri + "catalog" if base_uri else "urn:slimstad:{}".format(catalogue.id)
        documents.append((out, write_dcat(out, catalogue_uri, catalogue.title, items)))
    elif fmt == ISO_FORMAT:
        if out.exists() and not out.is_dir():
            raise PublishError(tr("An ISO 19139 export goes into a folder; {path} is a file").format(path=out))
        documents.extend((out / "{}.xml".format(data["id"].replace(":", "_")),
                          write_record(data, link, box, stamp, uri)) for data, uri, link, box in items)
    else:
        raise PublishError(tr("Unknown export format '{format}' (dcat-ap-vl or iso19139)").format(format=fmt))
    _final_scan(catalogue, documents)
    for path, data in documents:
        _write(path, data, report)
    return report


def _write(path: Path, data: bytes, report: ExportReport) -> None:
    """Atomic write (temporary file in the same folder, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise PublishError(tr("Cannot write {path}: {error}").format(path=path, error=reason(error))) from error
    report.files.append(path)


def _final_scan(catalogue: Catalogue, documents: List[Tuple[Path, bytes]]) -> None:
    """Fail closed before writing: a credential pattern or an authcfg id of the catalogue in any document."""
    needles = [str(e.source.get("authcfg")).encode() for e in catalogue.entries if e.source.get("authcfg")]
    public = {name for e in catalogue.entries for name in e.public_params}  # what the entries declare harmless
    for path, data in documents:
        found = find_secrets(data, public) + ["authcfg" for needle in needles if needle in data]
        if found:
            raise PublishError(tr("Nothing was exported: {path} would contain a credential ({what})").format(
                path=path, what=found[0]))
