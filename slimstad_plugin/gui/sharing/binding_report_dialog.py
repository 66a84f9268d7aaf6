"""Shows how an imported challenge bound to this city's layers: what matched, how, and what is missing."""

from typing import Optional

from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.base.i18n import translator
from ...core.challenge.rebinding import BY_CATALOG_ID, BY_LAYER_NAME, BY_SECTOR_ROLES, MISSING, BindingReport

tr = translator("SlimStadRebinding")


def method_label(method: str) -> str:
    return {BY_CATALOG_ID: tr("same catalogue id"), BY_SECTOR_ROLES: tr("same sector and roles"),
            BY_LAYER_NAME: tr("same layer name"), MISSING: tr("not found")}.get(method, method)


class BindingReportDialog(QDialog):
    """Table of bindings; "Add to project" is only enabled when every required reference bound."""

    COLUMNS = ("slot", "wanted", "method", "target", "roles", "missing")

    def __init__(self, report: BindingReport, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(tr("Challenge from another city: {title}").format(
            title=report.challenge.display_title()))
        layout = QVBoxLayout(self)
        self.summary = QLabel(report.summary())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(report.bindings), len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Role"), tr("Asked for"), tr("Matched by"), tr("Bound to"),
                                              tr("Fields"), tr("Missing")])
        for row, binding in enumerate(report.bindings):
            values = (binding.slot, "{} ({})".format(binding.wanted, binding.sector or "-"),
                      method_label(binding.method) + ("" if binding.required else " " + tr("(optional)")),
                      binding.target, ", ".join("{}={}".format(k, v) for k, v in binding.roles.items()),
                      ", ".join(binding.missing_roles))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(binding.describe())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Add to project"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(report.complete)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(820, 320)
