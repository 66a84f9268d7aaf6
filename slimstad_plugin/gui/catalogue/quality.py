"""Non-modal dialog showing quality reports of catalogue layers, with CSV and HTML export."""

import html
from pathlib import Path
from typing import List, Optional, Sequence

from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.base.i18n import number_locale, plural, translator
from ...core.catalogue.quality import QualityReport, export_csv, export_html

tr = translator("SlimStadCatalogueQuality")


def reports_html(reports: Sequence[QualityReport]) -> str:
    """Summary for the dialog; layer names, messages and feature ids are escaped."""
    esc = html.escape
    parts: List[str] = []
    for report in reports:
        parts.append("<h3>{}</h3>".format(esc(report.layer_name)))  # the catalogue id is in the CSV export
        if not any(issue.check == "open" for issue in report.issues):  # never "0 features" for an unread layer
            parts.append("<p>{}</p>".format(esc(plural(report.feature_count, tr("{n} feature"), tr("{n} features")))))
        if not report.issues:
            parts.append("<p style='color:#2e7031'>{}</p>".format(esc(tr("No problems found."))))
            continue
        parts.append("<ul>")
        for issue in report.issues:
            colour = {"error": "#b00", "warning": "#a60"}.get(issue.severity, "#333")
            examples = ", ".join(str(e) for e in issue.examples)
            severity = {"error": tr("Error"), "warning": tr("Warning")}.get(issue.severity, tr("Note"))
            parts.append("<li style='color:{}'><b>{}</b>: {}{}</li>".format(
                colour, esc(severity), esc(issue.message),
                " — " + esc(tr("e.g. features {ids}").format(ids=examples)) if examples else ""))
        parts.append("</ul>")
    return "".join(parts) or "<p>{}</p>".format(esc(tr("Nothing to check: no vector layers selected.")))


class QualityReportDialog(QDialog):
    """Shown with ``show()``; export slots ask for a file, ``export_*_to`` do the writing (testable)."""

    def __init__(self, reports: Sequence[QualityReport], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setLocale(number_locale())  # spin boxes write numbers like the texts: "500,00 m" in nl/fr
        self.setObjectName("slimstad_quality_report")
        self.setWindowTitle(tr("Quality report"))
        self.reports = list(reports)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setHtml(reports_html(self.reports))
        self.browser.setToolTip(tr("Per layer: features, empty or invalid geometries, duplicates and missing "
                                   "values"))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setToolTip(tr("Close the report"))
        self.csv_button = QPushButton(tr("Export CSV…"), self)
        self.csv_button.setToolTip(tr("Save the counts as a table (one row per layer and check)"))
        self.html_button = QPushButton(tr("Export HTML…"), self)
        self.html_button.setToolTip(tr("Save this report as a web page"))
        for button in (self.csv_button, self.html_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.setEnabled(bool(self.reports))
        self.csv_button.clicked.connect(self.ask_export_csv)
        self.html_button.clicked.connect(self.ask_export_html)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def ask_export_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export quality report"), "quality.csv",
                                                    tr("CSV files (*.csv)"))
        if path:
            self.export_csv_to(Path(path))

    def ask_export_html(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export quality report"), "quality.html",
                                                    tr("HTML files (*.html)"))
        if path:
            self.export_html_to(Path(path))

    def export_csv_to(self, path: Path) -> Path:
        return export_csv(self.reports, path)

    def export_html_to(self, path: Path) -> Path:
        return export_html(self.reports, path, title=tr("Quality report"))
