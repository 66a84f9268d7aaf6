"""Dock section: suggest new locations and find multi-use sites after a run; results go on the map."""

from typing import Optional

from qgis.core import (
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtWidgets import QDoubleSpinBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from ...core.analysis.location_suggestions import LocationError
from ...core.analysis.multi_use import MultiUseError
from ...core.base.i18n import pick_language_text, qgis_language, translator
from ...core.challenge.inputs import resolve_layer
from ...core.challenge.model import ChallengeError
from ...core.challenge.sites import multi_use_sites_layer, suggest_locations, suggestions_layer
from ...core.layers.render import label_layer
from .results import group_title

tr = translator("SlimStadChallengePanel")


def _add_to_group(project: QgsProject, dock: object, layer: QgsVectorLayer) -> None:
    """Into the challenge's result group (on top), replacing a previous layer of the same name."""
    root = project.layerTreeRoot()
    group = root.findGroup(group_title(dock.current)) or root.insertGroup(0, group_title(dock.current))
    for node in group.findLayers():
        if node.layer() is not None and node.layer().name() == layer.name():
            project.removeMapLayer(node.layerId())
    project.addMapLayer(layer, False)
    group.insertLayer(0, layer)


def sites_panel(dock: object) -> QGroupBox:
    """The widgets; handlers are attached to ``dock`` so tests can call them."""
    box = QGroupBox(tr("New locations and multi-use sites"))
    layout = QVBoxLayout(box)
    row = QHBoxLayout()
    dock.suggest_count = QSpinBox()
    dock.suggest_count.setRange(1, 50)
    dock.suggest_count.setValue(5)
    dock.suggest_count.setToolTip(tr("How many new sites to suggest"))
    dock.suggest_distance = QDoubleSpinBox()
    dock.suggest_distance.setRange(50, 20000)
    dock.suggest_distance.setValue(500)
    dock.suggest_distance.setSuffix(" m")
    dock.suggest_distance.setToolTip(tr("A site serves the demand within this distance; multi-use sites group "
                                        "facilities within half of it"))
    row.addWidget(QLabel(tr("Sites")))
    row.addWidget(dock.suggest_count)
    row.addWidget(QLabel(tr("within")))
    row.addWidget(dock.suggest_distance)
    layout.addLayout(row)

    def suggest() -> Optional[QgsVectorLayer]:
        if dock.current is None or dock.baseline is None:
            dock.show_message(tr("Run the challenge first."), error=True)
            return None
        try:
            found, crs = suggest_locations(dock.current, dock.baseline, dock.project, dock.suggest_count.value(),
                                           dock.suggest_distance.value())
        except (ChallengeError, LocationError) as error:
            dock.show_message(str(error), error=True)
            return None
        demand = dock.current.demand[0].title if dock.current.demand else {}
        layer = suggestions_layer(found, crs, pick_language_text(demand, qgis_language()))
        label_layer(layer, "label", 10)
        _add_to_group(dock.project, dock, layer)
        dock.show_message(tr("{count} locations suggested; together they reach {share:.0%} of the demand.").format(
            count=len(found), share=found[-1].share_covered if found else 0))
        return layer

    def multi_use() -> Optional[QgsVectorLayer]:
        if dock.current is None:
            return None
        try:
            crs = resolve_layer(dock.project, dock.current.area_units.layer).crs()
            layer = multi_use_sites_layer(dock.project, dock.suggest_distance.value() / 2, crs)
        except (ChallengeError, MultiUseError) as error:
            dock.show_message(str(error), error=True)
            return None
        label_layer(layer, "\"sectors\"", 11, is_expression=True)
        _add_to_group(dock.project, dock, layer)
        dock.show_message(tr("{count} multi-use sites found.").format(count=layer.featureCount()))
        return layer

    dock.suggest_locations = suggest
    dock.find_multi_use_sites = multi_use
    buttons = QHBoxLayout()
    for text, slot, name, tip in (
            (tr("Suggest locations"), suggest, "suggest",
             tr("Propose sites that reach as much demand without a facility as possible (after a run)")),
            (tr("Multi-use sites"), multi_use, "multi_use",
             tr("Find places where facilities of several sectors are close together"))):
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        buttons.addWidget(button)
    layout.addLayout(buttons)
    return box
