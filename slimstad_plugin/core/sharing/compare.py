"""Run one challenge on several cities and compare: one table (CSV + HTML) and small-multiple maps.

In the spirit of the Flemish centre cities' Stadsmonitor: the same indicators in the same units for every
city, and maps that share one classification so a colour means the same number in every city.
"""

import csv
import html
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple, Union

import numpy as np
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..base.errors import SlimStadError
from ..base.files import FileWriteError, refuse_input, replacing, write_text_atomic
from ..base.i18n import pick_language_text, translator
from ..base.secrets import scrub_text
from ..catalogue.project_reading import read_project
from ..challenge.model import Challenge, ChallengeError, load_file
from ..challenge.output import graduated_renderer, nice_breaks
from ..challenge.rebinding import BindingReport, bind_challenge, candidates_from_project
from ..challenge.run import RunResult, run_challenge
from ..layers.render import render_png

tr = translator("SlimStadSharing")
LOGGER = logging.getLogger(__name__)

SUMMARY_COLUMNS = ("city", "indicator", "title", "unit", "units", "units_with_value", "weighted_mean", "median",
                   "p10", "p90", "min", "max", "status")


class CompareError(SlimStadError, RuntimeError):
    """No city could be compared, or the input is unusable (message already translated)."""


@dataclass
class CityRun:
    name: str
    binding: Optional[BindingReport] = None
    result: Optional[RunResult] = None
    error: str = ""


@dataclass
class CompareResult:
    files: List[Path] = field(default_factory=list)
    runs: Dict[str, CityRun] = field(default_factory=dict)
    rows: List[Dict[str, object]] = field(default_factory=list)
    breaks: List[float] = field(default_factory=list)

    @property
    def binding(self) -> Dict[str, BindingReport]:
        return {name: run.binding for name, run in self.runs.items() if run.binding is not None}


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "stad"


def _round(value: float) -> Optional[float]:
    return None if value is None or not np.isfinite(value) else round(float(value), 4)


def summarise(city: str, challenge: Challenge, result: RunResult) -> List[Dict[str, object]]:
    """One row per indicator: the demand-weighted mean (= the city-wide ratio for ratio indicators) and spread."""
    language = challenge.output.language
    rows = []
    for spec in challenge.indicators:
        values = result.indicators[spec.id].values
        demand = result.indicators[spec.id].demand
        finite = np.isfinite(values)
        weighted = float(np.nanmean(values)) if finite.any() else float("nan")
        if demand is not None and finite.any():
            weights = np.where(finite, np.nan_to_num(demand), 0.0)
            if weights.sum() > 0:
                weighted = float((np.nan_to_num(values) * weights).sum() / weights.sum())
        stats = (np.nanmedian(values), np.nanpercentile(values, 10), np.nanpercentile(values, 90),
                 np.nanmin(values), np.nanmax(values)) if finite.any() else (float("nan"),) * 5
        rows.append({"city": city, "indicator": spec.id, "title": pick_language_text(spec.title, language),
                     "unit": pick_language_text(spec.unit, language), "units": int(values.size),
                     "units_with_value": int(finite.sum()), "weighted_mean": _round(weighted),
                     "median": _round(stats[0]), "p10": _round(stats[1]), "p90": _round(stats[2]),
                     "min": _round(stats[3]), "max": _round(stats[4]), "status": "ok"})
    return rows


def _open(project: Union[QgsProject, Path]) -> QgsProject:
    if isinstance(project, QgsProject):
        return project
    opened = QgsProject()
    if not Path(project).is_file() or not read_project(opened, project):
        raise CompareError(tr("Cannot open the project {path}.").format(path=project))
    return opened


def run_city(name: str, challenge: Challenge, project: Union[QgsProject, Path], out_dir: Path,
             entries: Iterable[object] = ()) -> CityRun:
    """Bind and run for one city; problems end up in ``CityRun.error`` so other cities still run."""
    run = CityRun(name)
    qgs_project = None
    try:
        qgs_project = _open(project)
        run.binding = bind_challenge(challenge, candidates_from_project(qgs_project, entries))
        if not run.binding.complete:
            run.error = run.binding.summary()
            return run
        run.result = run_challenge(run.binding.challenge, qgs_project, out_dir / "{}.gpkg".format(slug(name)))
    except (CompareError, ChallengeError) as error:
        run.error = str(error)
    finally:
        if qgs_project is not None and qgs_project is not project:
            qgs_project.clear()
    return run


def render_maps(challenge: Challenge, runs: List[CityRun], out_dir: Path, breaks: List[float]) -> List[Path]:
    """One PNG per city of the map indicator, all with the same class breaks."""

    spec = next((s for s in challenge.indicators if s.id == challenge.output.map_indicator), challenge.indicators[0])
    position = challenge.indicators.index(spec)
    unit = pick_language_text(spec.unit, challenge.output.language)
    paths = []
    for run in runs:
        layer_name = run.result.layers[position]
        layer = QgsVectorLayer("{}|layername={}".format(run.result.output, layer_name), run.name, "ogr")
        if not layer.isValid():
            continue
        renderer = graduated_renderer("value", breaks, unit, spec.higher_is_better, tr("no value"))
        layer.setRenderer(renderer)
        path = render_png([layer], layer.extent(), out_dir / "{}_{}.png".format(slug(run.name), spec.id),
                          width=700, height=700)
        legend = [(item.label(), item.symbol().color()) for item in renderer.ranges()]
        annotate(path, run.name, pick_language_text(spec.title, challenge.output.language), legend)
        paths.append(path)
    return paths


def annotate(path: Path, city: str, title: str, legend: List[Tuple[str, QColor]]) -> None:
    """City name, indicator and the shared legend drawn onto a rendered map."""
    image = QImage(str(path))
    painter = QPainter(image)
    try:
        font = QFont("Sans", 14, QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(QColor(20, 20, 20))
        painter.drawText(12, 26, city)
        painter.setFont(QFont("Sans", 9))
        painter.drawText(12, 44, title)
        for row, (label, colour) in enumerate(legend):
            top = image.height() - 18 * (len(legend) - row) - 8
            painter.fillRect(12, top, 16, 12, colour)
            painter.drawRect(12, top, 16, 12)
            painter.drawText(34, top + 11, label)
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise OSError("Cannot save image {}".format(path))


def write_table(rows: List[Dict[str, object]], path: Path) -> Path:
    with replacing(path) as temporary, open(temporary, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(SUMMARY_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_units(runs: List[CityRun], challenge: Challenge, path: Path) -> Path:
    """Every area unit of every city with every indicator value (the long table behind the summary)."""
    with replacing(path) as temporary, open(temporary, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["city", "area_id", "area_name"] + [spec.id for spec in challenge.indicators])
        for run in runs:
            columns = [run.result.indicators[spec.id].values for spec in challenge.indicators]
            for index, (unit_id, unit_name) in enumerate(zip(run.result.unit_ids, run.result.unit_names)):
                writer.writerow([run.name, unit_id, unit_name] + [_round(values[index]) for values in columns])
    return path


def write_html(challenge: Challenge, rows: List[Dict[str, object]], maps: List[Path], path: Path,
               runs: Iterable[CityRun] = ()) -> Path:
    """A self-contained page: the table, then the maps side by side (relative image links)."""
    language = challenge.output.language
    head = "".join("<th>{}</th>".format(html.escape(column)) for column in SUMMARY_COLUMNS)
    body = "".join("<tr>{}</tr>".format("".join("<td>{}</td>".format(html.escape(
        "" if row.get(column) is None else str(row.get(column)))) for column in SUMMARY_COLUMNS)) for row in rows)
    figures = "".join('<figure><img src="{0}" width="350"><figcaption>{1}</figcaption></figure>'.format(
        html.escape(image.name), html.escape(image.stem)) for image in maps)
    title = html.escape(challenge.display_title(language))
    bindings = "".join("<li><b>{}</b>: {}</li>".format(html.escape(run.name), "<br>".join(
        html.escape(line) for line in (run.binding.lines() if run.binding else [run.error]))) for run in runs)
    figures += "<h2>{}</h2><ul>{}</ul>".format(html.escape(tr("How each city's data was bound")), bindings)
    write_text_atomic(path, scrub_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{0}</title><style>body{{font-family:sans-serif}}"
        "td,th{{border:1px solid #ccc;padding:2px 6px}}figure{{display:inline-block}}</style></head><body>"
        "<h1>{0}</h1><p>{1}</p><table>{2}{3}</table><div>{4}</div></body></html>".format(
            title, html.escape(tr("Same challenge, same indicators and units for every city; the maps share one "
                                  "classification.")), "<tr>{}</tr>".format(head), body, figures)).text)
    return path


def compare_cities(challenge: Union[Challenge, Path], cities: Dict[str, Union[QgsProject, Path]], out_dir: Path,
                   maps: bool = True, entries: Iterable[object] = ()) -> CompareResult:
    """Run ``challenge`` for every city (re-binding it to each) and write the comparison into ``out_dir``."""

    challenge_path = None if isinstance(challenge, Challenge) else Path(challenge)
    if not isinstance(challenge, Challenge):
        try:
            challenge = load_file(Path(challenge))
        except ChallengeError as error:
            raise CompareError(str(error)) from error
    if len(cities) < 1:
        raise CompareError(tr("Name at least one city to compare."))
    out_dir = Path(out_dir)
    try:  # the folder receives fixed file names: it may not hold (or be) the challenge or a city's project
        refuse_input(out_dir, [challenge_path] + [p.fileName() if isinstance(p, QgsProject) else Path(p)
                                                  for p in cities.values()], folder=True)
    except FileWriteError as error:
        raise CompareError(str(error)) from error
    out_dir.mkdir(parents=True, exist_ok=True)
    result = CompareResult()
    entries = list(entries)
    for name, project in cities.items():
        result.runs[name] = run_city(name, challenge, project, out_dir, entries)
    good = [run for run in result.runs.values() if run.result is not None]
    if not good:
        raise CompareError(tr("No city could be compared: {problems}").format(
            problems="; ".join("{}: {}".format(run.name, run.error) for run in result.runs.values())))
    for run in result.runs.values():
        if run.result is not None:
            result.rows.extend(summarise(run.name, challenge, run.result))
        else:
            result.rows.append({"city": run.name, "status": run.error})
    result.files.append(write_table(result.rows, out_dir / "comparison.csv"))
    result.files.append(write_units(good, challenge, out_dir / "comparison_units.csv"))
    images: List[Path] = []
    if maps:
        spec = next((s for s in challenge.indicators if s.id == challenge.output.map_indicator),
                    challenge.indicators[0])
        pooled = np.concatenate([run.result.indicators[spec.id].values for run in good])
        result.breaks = nice_breaks(pooled, challenge.output.classes)
        images = render_maps(challenge, good, out_dir, result.breaks)
        result.files.extend(images)
    result.files.append(write_html(challenge, result.rows, images, out_dir / "comparison.html",
                                   result.runs.values()))
    return result
