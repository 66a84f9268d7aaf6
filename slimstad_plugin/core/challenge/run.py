"""Run a whole challenge on a project: read inputs, compute indicators and scenarios, write a GeoPackage.

Results go to ``<project dir>/slimstad_resultaten/<challenge id>.gpkg`` by default (never next to the source
data). The layers are built in a staging GeoPackage beside the target (core/base/files.py): a new target is that
file renamed, an existing GeoPackage gets exactly the result layers replaced in place; a failure or a cancel
never leaves half a file behind.
"""

import datetime
import logging
import unicodedata
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Union

import numpy as np
from qgis.core import Qgis, QgsProject, QgsRectangle

from ... import plugin_version
from ..analysis.indicators import IndicatorError, IndicatorValues, compute
from ..analysis.scenarios import Comparison, ScenarioError, apply_scenario, classify, compare, copy_inputs
from ..base.errors import Canceled
from ..base.files import FileWriteError, GeoPackageWrite, refuse_input
from ..base.i18n import SUPPORTED_LANGUAGES, current_language, language_scope, pick_language_text, translator
from ..base.reasons import reason
from ..catalogue.project_reading import read_project
from ..layers.crs_fit import extent_problem
from .inputs import Inputs, read_inputs
from .model import Challenge, ChallengeError, load_file
from .output import (
    PROVENANCE_TABLE,
    OutputError,
    difference_tolerance,
    diverging_renderer,
    graduated_renderer,
    nice_breaks,
    style_and_describe,
    write_layer,
    write_provenance_table,
)
from .results import INDICATOR_FIELDS, SCENARIO_FIELDS, default_output, indicator_layer, scenario_layer

tr = translator("SlimStadChallenge")
LOGGER = logging.getLogger(__name__)

__all__ = ["Canceled", "ChallengeError", "IndicatorResult", "RunResult", "default_output", "open_project",
           "run_challenge"]


@dataclass
class IndicatorResult:
    """Baseline values of one indicator per area unit (NaN = NULL) with the class breaks of its map."""

    indicator_id: str
    values: np.ndarray
    flags: List[str]
    breaks: List[float]
    classes: np.ndarray
    supply: Optional[np.ndarray] = None
    demand: Optional[np.ndarray] = None


@dataclass
class RunResult:
    """What a run produced; ``per_unit`` gives the values the GUI and tests look at."""

    challenge_id: str
    output: Path
    unit_ids: List[str]
    unit_names: List[str]
    indicators: Dict[str, IndicatorResult] = field(default_factory=dict)
    scenarios: Dict[str, Dict[str, Comparison]] = field(default_factory=dict)
    messages: List[str] = field(default_factory=list)
    repaired: Dict[str, int] = field(default_factory=dict)
    layers: List[str] = field(default_factory=list)

    def per_unit(self, indicator_id: str) -> Dict[str, Optional[float]]:
        """Area unit id -> value (None for NULL)."""
        values = self.indicators[indicator_id].values
        return {uid: (None if np.isnan(v) else float(v)) for uid, v in zip(self.unit_ids, values)}

    def flags(self, indicator_id: str) -> Dict[str, str]:
        """Area unit id -> flag ("" or e.g. ``no_residents``)."""
        return dict(zip(self.unit_ids, self.indicators[indicator_id].flags))


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def scenario_layer_title(indicator: str, scenario: str) -> str:
    """"Places per 100 children – scenario New crèche (difference)"; a scenario title that says "scenario"
    itself ("Map scenario", "Kaartscenario", "Scénario de la carte") is not preceded by the word again."""
    if _folded(tr("scenario")) in _folded(scenario) or "scenario" in _folded(scenario):
        return tr("{indicator} – {scenario} (difference)").format(indicator=indicator, scenario=scenario)
    return tr("{indicator} – scenario {scenario} (difference)").format(indicator=indicator, scenario=scenario)


class _Progress:
    """Duck-typed QgsFeedback / QgsProcessingFeedback / None."""

    def __init__(self, feedback: Any) -> None:
        self.feedback = feedback

    def canceled(self) -> bool:
        return bool(self.feedback is not None and self.feedback.isCanceled())

    def check(self) -> None:
        if self.canceled():
            raise Canceled(tr("The challenge run was canceled; nothing was written."))

    def step(self, percent: float, text: str = "") -> None:
        self.check()
        if self.feedback is None:
            return
        self.feedback.setProgress(percent)
        if text and hasattr(self.feedback, "pushInfo"):
            self.feedback.pushInfo(text)


def open_project(project: Union[QgsProject, str, Path]) -> QgsProject:
    """The project itself, or the project file read into a new QgsProject; raises ChallengeError."""
    if isinstance(project, QgsProject):
        return project
    path = Path(project)
    if not path.is_file():
        raise ChallengeError(tr("The project {path} does not exist.").format(path=path))
    opened = QgsProject()
    if not read_project(opened, path):  # web layers on dead servers are left unopened, not waited on
        raise ChallengeError(tr("Cannot open the project {path}: {error}").format(path=path, error=opened.error()))
    return opened


def _check_scenario_points(scenario: Any, inputs: Inputs) -> None:
    """A new facility's x/y must be coordinates of the area units' CRS (not degrees in Lambert, not metres in
    degrees): refused before any computing (layers/crs_fit.py)."""
    for change in scenario.changes:
        if change.kind != "add_facility" or change.x is None or change.y is None:
            continue
        point = QgsRectangle(float(change.x), float(change.y), float(change.x), float(change.y))
        label = tr("scenario {id}, new facility {name}").format(id=scenario.id, name=change.name or "?")
        problem = extent_problem(inputs.units.crs, point, label, point=True)
        if problem:
            raise ChallengeError(problem)


def _compute_all(challenge: Challenge, inputs: Inputs, supplies: Dict[str, Any], demands: Dict[str, np.ndarray],
                 progress: _Progress) -> Dict[str, IndicatorValues]:
    results = {}
    for spec in challenge.indicators:
        progress.check()
        try:
            results[spec.id] = compute(spec, inputs.units, supplies, demands, is_canceled=progress.canceled)
        except IndicatorError as error:
            raise ChallengeError(str(error)) from None
    return results


def _input_files(project: QgsProject, inputs: Inputs) -> List[str]:
    """Every local file the run reads: the project and each input layer's source (not its earlier results)."""
    found = [project.fileName()]
    found.extend(str(source.get("source", "")) for source in inputs.report.sources)
    return [item for item in found if item]


def run_challenge(challenge: Union[Challenge, str, Path], project: Union[QgsProject, str, Path],
                  out_gpkg: Optional[Union[str, Path]] = None, feedback: Any = None,
                  engine: Any = "auto", language: Optional[str] = None) -> RunResult:
    """Run every indicator and scenario of ``challenge`` on ``project`` and write the results GeoPackage.

    ``engine``: where demand layers are summed per area unit (auto / desktop / database, see read_inputs).
    ``language``: nl/fr/en of the layer titles, units and notes written (default: the challenge's output
    language; the desktop passes the language QGIS runs in, so results read like the rest of the screen).

    Raises ChallengeError (bad input, clear message) or Canceled; nothing is written then.
    """
    challenge_arg = challenge
    if not isinstance(challenge, Challenge):
        challenge = load_file(Path(challenge))
    qgs_project = open_project(project)
    progress = _Progress(feedback)
    language = language or challenge.output.language
    progress.step(2, tr("Reading the layers of challenge {id}").format(id=challenge.id))
    inputs = read_inputs(challenge, qgs_project, is_canceled=progress.canceled, engine=engine)
    out = Path(out_gpkg) if out_gpkg else default_output(challenge, qgs_project)
    input_files = _input_files(qgs_project, inputs)
    if isinstance(challenge_arg, (str, Path)):
        input_files.append(str(challenge_arg))
    try:
        refuse_input(out, input_files)  # before the computing, not after
    except FileWriteError as error:
        raise ChallengeError(str(error)) from None
    progress.step(20, tr("Computing {count} indicators").format(count=len(challenge.indicators)))
    baseline = _compute_all(challenge, inputs, inputs.supplies, inputs.demands, progress)
    result = RunResult(challenge_id=challenge.id, output=out, unit_ids=inputs.units.ids,
                       unit_names=inputs.units.names, messages=list(inputs.report.messages),
                       repaired=dict(inputs.report.repaired))
    for spec in challenge.indicators:
        values = baseline[spec.id]
        breaks = nice_breaks(values.values, challenge.output.classes)
        result.indicators[spec.id] = IndicatorResult(spec.id, values.values, values.flags, breaks,
                                                     classify(values.values, breaks), values.supply, values.demand)
        empty = sum(1 for flag in values.flags if flag == "no_residents")
        if empty:
            # One language per line: the message speaks the user's language like the other notes of the run, the
            # indicator's title included (not the map's language); the log line is English with the English title.
            result.messages.append(tr("{indicator}: {count} area units without residents get no value (NULL).").format(
                indicator=pick_language_text(spec.title, current_language()) or spec.id, count=empty))
            LOGGER.info("%s: %s: %d area units without residents get no value (NULL)", challenge.id,
                        pick_language_text(spec.title, "en") or spec.id, empty)
    for number, scenario in enumerate(challenge.scenarios):
        progress.step(40 + 30 * number / max(1, len(challenge.scenarios)),
                      tr("Scenario {id}").format(id=scenario.id))
        supplies, demands = copy_inputs(inputs.supplies, inputs.demands)
        _check_scenario_points(scenario, inputs)
        try:
            apply_scenario(scenario, supplies, demands, inputs.units.ids)
        except ScenarioError as error:
            raise ChallengeError(str(error)) from None
        values = _compute_all(challenge, inputs, supplies, demands, progress)
        result.scenarios[scenario.id] = {
            spec.id: compare(baseline[spec.id].values, values[spec.id].values, result.indicators[spec.id].breaks)
            for spec in challenge.indicators}
    progress.step(75, tr("Writing {path}").format(path=out))
    # Everything written speaks the output language: legend labels and numbers too, not only the titles
    # (a Dutch demo built on an English machine had "no residents (no value)" in its legend).
    with language_scope(language if language in SUPPORTED_LANGUAGES else "en"):
        _write(challenge, inputs, result, out, progress, input_files, language)
    progress.step(100)
    for message in inputs.report.messages:  # the indicator notes were logged (in English) above
        LOGGER.info("%s: %s", challenge.id, message)
    return result


def _provenance(challenge: Challenge, inputs: Inputs, extra: Dict[str, Any], messages: List[str]) -> Dict[str, Any]:
    return {"challenge_id": challenge.id, "challenge_title": challenge.title, **extra,
            "inputs": inputs.report.sources, "notes": messages, "plugin": "SlimStad",
            "plugin_version": plugin_version(),
            "qgis_version": Qgis.QGIS_VERSION,
            "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}


def _write(challenge: Challenge, inputs: Inputs, result: RunResult, out: Path, progress: _Progress,
           input_files: List[str], language: str) -> None:
    """Build the result layers in a staging GeoPackage beside ``out``; a new ``out`` is that file renamed, an
    existing one gets exactly these layers (and their provenance rows) added or replaced in place
    (core/base/files.py)."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ChallengeError(tr("Cannot create the folder {path}: {error}").format(
            path=out.parent, error=reason(error))) from None
    units = inputs.units
    records: Dict[str, Dict[str, Any]] = {}
    null_label = tr("no residents (no value)")
    question = pick_language_text(challenge.question, language) or pick_language_text(challenge.description, language)
    try:
        with GeoPackageWrite(out, inputs=input_files) as staged:
            temporary = staged.staging
            first = True
            for spec in challenge.indicators:
                progress.check()
                res = result.indicators[spec.id]
                name = indicator_layer(spec.id)
                nan = np.full(len(units.ids), np.nan)
                supply = res.supply if res.supply is not None else nan
                demand = res.demand if res.demand is not None else nan
                rows = [[uid, uname, float(v), flag, int(c), float(s), float(d)] for uid, uname, v, flag, c, s, d in
                        zip(units.ids, units.names, res.values, res.flags, res.classes, supply, demand)]
                write_layer(temporary, name, INDICATOR_FIELDS, units.geoms, rows, units.crs, new_file=first)
                first = False
                title = pick_language_text(spec.title, language) or spec.id
                unit = pick_language_text(spec.unit, language)
                record = _provenance(challenge, inputs, {"indicator": asdict(spec)}, result.messages)
                records[name] = record
                style_and_describe(temporary, name, graduated_renderer("value", res.breaks, unit, spec.higher_is_better,
                                                                       null_label),
                                   title, "\n\n".join(filter(None, [question] + result.messages)),
                                   [tr("Computed by SlimStad {version} on {time}").format(
                                       version=record["plugin_version"], time=record["created"])], record)
                result.layers.append(name)
            for scenario in challenge.scenarios:
                for spec in challenge.indicators:
                    progress.check()
                    comparison = result.scenarios[scenario.id][spec.id]
                    name = scenario_layer(spec.id, scenario.id)
                    rows = [[uid, uname, float(b), float(s), float(d), int(bc), int(sc), int(bc != sc)]
                            for uid, uname, b, s, d, bc, sc in zip(
                                units.ids, units.names, comparison.baseline, comparison.scenario, comparison.delta,
                                comparison.baseline_class, comparison.scenario_class)]
                    write_layer(temporary, name, SCENARIO_FIELDS, units.geoms, rows, units.crs, new_file=first)
                    first = False
                    title = scenario_layer_title(pick_language_text(spec.title, language) or spec.id,
                                                 pick_language_text(scenario.title, language) or scenario.id)
                    record = _provenance(challenge, inputs, {"indicator": asdict(spec), "scenario": scenario.to_dict()},
                                         result.messages)
                    records[name] = record
                    unit = pick_language_text(spec.unit, language)
                    style_and_describe(temporary, name, diverging_renderer(
                        "delta", comparison.delta, unit, spec.higher_is_better, null_label, challenge.output.classes,
                        difference_tolerance(comparison.baseline, comparison.scenario)), title,
                        tr("Change against the current situation (scenario minus baseline)."),
                        [tr("Computed by SlimStad {version} on {time}").format(
                            version=record["plugin_version"], time=record["created"])], record)
                    result.layers.append(name)
            progress.check()
            write_provenance_table(temporary, records)
            staged.commit(result.layers, rows={PROVENANCE_TABLE: "layer_name"})
    except FileWriteError as error:
        raise ChallengeError(str(error)) from None
    except OutputError as error:
        raise ChallengeError(tr("Cannot write the results {path}: {error}").format(path=out, error=error)) from None
    except OSError as error:
        raise ChallengeError(tr("Cannot write the results {path}: {error}").format(
            path=out, error=reason(error))) from None
