"""The "Parameters" tab of the Opgaven dock: distances, catchment method and decay, classes, normalisation,
and the priority weights with sliders, spin boxes and a live sum."""

from typing import Callable, Dict, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)

from ...core.analysis.accessibility import METHODS
from ...core.analysis.priority import NORMALISATIONS
from ...core.base.i18n import format_number, pick_language_text, qgis_language, translator
from ...core.challenge.model import Challenge
from ...core.challenge.priority import default_weights

tr = translator("SlimStadChallengePanel")


def method_labels() -> Dict[str, str]:
    return {"2sfca": tr("2SFCA (everyone within the distance counts fully)"),
            "e2sfca_gaussian": tr("E2SFCA, Gaussian decay"),
            "e2sfca_step": tr("E2SFCA, step decay 1 / 0.68 / 0.22")}


def normalisation_labels() -> Dict[str, str]:
    return {"minmax": tr("min–max (0 to 1)"), "zscore": tr("z-score"), "rank": tr("rank")}


class ParametersPanel(QWidget):
    """Edits the challenge in place and calls ``on_changed`` (the dock saves it to the project)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow docks: field under label
        self.challenge: Optional[Challenge] = None
        self.weights: Dict[str, float] = {}
        self.weight_boxes: Dict[str, QDoubleSpinBox] = {}
        self.weight_sliders: Dict[str, QSlider] = {}
        self.normalisation = "minmax"
        self.weight_sum = QLabel()
        self.on_changed: Callable[[], None] = lambda: None

    def show_challenge(self, challenge: Optional[Challenge]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.challenge = challenge
        self.weight_boxes, self.weight_sliders = {}, {}
        self.weights = default_weights(challenge) if challenge else {}
        self.weight_sum = QLabel()
        if challenge is None:
            return
        language = qgis_language()  # the screen's language, whatever language the challenge's maps use
        for spec in challenge.indicators:
            title = pick_language_text(spec.title, language) or spec.id
            if spec.distance or spec.type == "catchment":
                self.form.addRow(_heading(title))
            if spec.distance:
                self.form.addRow(tr("Distance"), self._distance_box(spec))
            if spec.type == "catchment":
                self.form.addRow(tr("Method"), self._method_box(spec))
                sigma = QDoubleSpinBox()
                sigma.setObjectName("sigma_{}".format(spec.id))
                sigma.setRange(0, 100000)
                sigma.setSuffix(" m")
                sigma.setSpecialValueText(tr("half the distance"))
                sigma.setValue(spec.sigma or 0)
                sigma.setToolTip(tr("Width of the Gaussian decay (E2SFCA Gaussian only); 0 = half the distance"))
                sigma.valueChanged.connect(lambda value, s=spec: self._set(s, "sigma", float(value) or None))
                self.form.addRow(tr("Gaussian sigma"), sigma)
        self.form.addRow(_heading(tr("Maps and priority")))
        classes = QSpinBox()
        classes.setToolTip(tr("Number of colour classes on the result maps"))
        classes.setObjectName("classes")
        classes.setRange(2, 9)
        classes.setValue(challenge.output.classes)
        classes.valueChanged.connect(lambda value: self._set(challenge.output, "classes", int(value)))
        self.form.addRow(tr("Classes on the maps"), classes)
        normalisation = QComboBox()
        normalisation.setObjectName("normalisation")
        normalisation.setToolTip(tr("How the indicators are put on one scale before they are weighted"))
        for key in NORMALISATIONS:
            normalisation.addItem(normalisation_labels()[key], key)
        normalisation.setCurrentIndex(list(NORMALISATIONS).index(self.normalisation))
        normalisation.currentIndexChanged.connect(
            lambda _i: setattr(self, "normalisation", normalisation.currentData()))
        self.form.addRow(tr("Normalisation (priority map)"), normalisation)
        self.form.addRow(_heading(tr("Weights in the priority map")))
        for spec in challenge.indicators:
            title = pick_language_text(spec.title, language) or spec.id
            label = QLabel(title)
            label.setWordWrap(True)  # a spanning row: a form's label column does not grow with wrapped text
            self.form.addRow(label)
            self.form.addRow(self._weight_row(spec.id))
        self.form.addRow(self.weight_sum)
        self._show_weight_sum()

    def _distance_box(self, spec: object) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName("distance_{}".format(spec.id))
        box.setRange(1, 100000)
        box.setSuffix(" m")
        box.setValue(spec.distance)
        box.setToolTip(tr("How far people go to a facility, in metres"))
        box.valueChanged.connect(lambda value, s=spec: self._set(s, "distance", float(value)))
        return box

    def _method_box(self, spec: object) -> QComboBox:
        box = QComboBox()
        box.setObjectName("method_{}".format(spec.id))
        for key in METHODS:
            box.addItem(method_labels()[key], key)
        box.setCurrentIndex(max(0, box.findData(spec.method)))
        box.setToolTip(tr("How accessibility is computed: 2SFCA counts everyone within the distance fully; "
                          "E2SFCA lets farther people count less"))
        box.currentIndexChanged.connect(lambda _i, s=spec, b=box: self._set(s, "method", b.currentData()))
        return box

    def _weight_row(self, indicator_id: str) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        slider = QSlider(Qt.Orientation.Horizontal)
        slider.setRange(0, 100)
        slider.setToolTip(tr("Weight of this indicator in the priority map (the weights add up to 1)"))
        spin = QDoubleSpinBox()
        spin.setObjectName("weight_{}".format(indicator_id))
        spin.setRange(0, 1)
        spin.setSingleStep(0.05)
        spin.setDecimals(2)
        spin.setToolTip(tr("Weight of this indicator in the priority map (the weights add up to 1)"))
        value = self.weights.get(indicator_id, 0.0)
        slider.setValue(round(value * 100))
        spin.setValue(value)
        slider.valueChanged.connect(lambda v: spin.setValue(v / 100))
        spin.valueChanged.connect(lambda v, i=indicator_id: self._set_weight(i, v, slider))
        layout.addWidget(slider)
        layout.addWidget(spin)
        self.weight_boxes[indicator_id] = spin
        self.weight_sliders[indicator_id] = slider
        return row

    def _set(self, target: object, name: str, value: object) -> None:
        setattr(target, name, value)
        self.on_changed()

    def _set_weight(self, indicator_id: str, value: float, slider: QSlider) -> None:
        self.weights[indicator_id] = float(value)
        slider.blockSignals(True)
        slider.setValue(round(value * 100))
        slider.blockSignals(False)
        self._show_weight_sum()

    def _show_weight_sum(self) -> None:
        total = sum(self.weights.values())
        ok = abs(total - 1) < 1e-6
        self.weight_sum.setText(tr("Sum of weights: {total}").format(total=format_number(total, 2)) +
                                ("" if ok else " — " + tr("the weights must add up to 1")))
        self.weight_sum.setStyleSheet("" if ok else "color: #c0392b;")


def _heading(text: str) -> QLabel:
    """A bold, wrapping section title spanning the form (long indicator titles do not widen the dock)."""
    label = QLabel(text)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
