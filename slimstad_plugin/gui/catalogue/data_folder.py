"""The data folder line of the "Gedeelde data" dock: where relative catalogue paths resolve, to change once and
keep (the one settings module), and — when the sample catalogue's data is not there — a button that creates it.
"""

from pathlib import Path
from typing import Callable, Optional

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from ...core.base.i18n import translator
from ...core.base.settings import SlimStadSettings
from ...core.demo.sample_project import SAMPLE_GPKG
from ..sample_city_action import start_sample_city
from ..widgets import ElidedLabel

tr = translator("SlimStadCatalogueDock")


class DataFolderBar(QWidget):
    """"Data folder: …  [Change…]" and, when voorbeeldstad.gpkg is missing there, "[Create the sample city here]".

    ``on_changed()`` runs after the user chose another folder (the dock reloads its catalogues)."""

    def __init__(self, iface: object, on_changed: Callable[[], None], parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setObjectName("slimstad_data_folder")
        self.iface = iface
        self.on_changed = on_changed
        self.ask_folder: Callable[[str], str] = lambda start: QFileDialog.getExistingDirectory(
            self, tr("Data folder of the catalogues"), start)
        self.confirm: Optional[Callable[[object], bool]] = None  # replaced in tests: keep the current project?
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        row = QHBoxLayout()
        caption = QLabel(tr("Data folder:"))
        caption.setToolTip(tr("Relative file paths in catalogues (such as the sample city's voorbeeldstad.gpkg) "
                              "are looked up in this folder"))
        row.addWidget(caption)
        self.path_label = ElidedLabel()  # shortened to the room left by the caption and "Change…" in any language
        self.path_label.setObjectName("slimstad_data_folder_path")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.path_label, 1)
        self.change_button = QToolButton()
        self.change_button.setObjectName("slimstad_data_folder_change")
        self.change_button.setText(tr("Change…"))
        self.change_button.setToolTip(tr("Choose the folder where catalogues find their data files; SlimStad "
                                         "remembers it"))
        self.change_button.clicked.connect(lambda _checked=False: self.change())
        row.addWidget(self.change_button)
        layout.addLayout(row)
        self.missing_row = QWidget()
        missing = QHBoxLayout(self.missing_row)
        missing.setContentsMargins(0, 0, 0, 0)
        self.missing_label = QLabel(tr("The sample city's data is not in this folder yet."))
        self.missing_label.setWordWrap(True)
        missing.addWidget(self.missing_label, 1)
        self.create_button = QPushButton(tr("Create the sample city here"))
        self.create_button.setObjectName("slimstad_data_folder_create")
        self.create_button.setToolTip(tr("Write the sample city Voorbeeldstad into the data folder and open it as "
                                         "a project (nothing there is overwritten)"))
        self.create_button.clicked.connect(lambda _checked=False: self.create())
        missing.addWidget(self.create_button)
        layout.addWidget(self.missing_row)
        self.refresh()

    def folder(self) -> Path:
        return SlimStadSettings.load().sample_data_dir()

    def refresh(self) -> None:
        """Show the folder and whether the sample data is there."""
        folder = self.folder()
        self.path_label.setFullText(str(folder))
        self.missing_row.setVisible(not (folder / SAMPLE_GPKG).is_file())

    def change(self) -> bool:
        """Ask for a folder, remember it in the settings and tell the dock; False when nothing changed."""
        chosen = self.ask_folder(str(self.folder()))
        if not chosen:
            return False
        settings = SlimStadSettings.load()
        settings.data_dir = str(Path(chosen))
        settings.save()
        self.refresh()
        self.on_changed()
        return True

    def create(self) -> object:
        """Create the sample city in the shown folder and open it (a background task)."""
        kwargs = {"confirm": self.confirm} if self.confirm is not None else {}
        return start_sample_city(self.iface, self.folder(), on_done=lambda _city: self.refresh(), **kwargs)
