"""Helpers shared by the QGIS tests: waiting for background work, recording feedback, cleaning up docks."""

import time
from typing import Callable, Iterator, List

import pytest
from qgis.core import QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication, QEvent


def wait_for(condition: Callable[[], bool], timeout_s: float = 120) -> None:
    """Process events until ``condition()`` holds; fail after ``timeout_s`` (a hang, not a speed check)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("condition not reached within {} s".format(timeout_s))
        QCoreApplication.processEvents()
        time.sleep(0.01)


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps every info and warning line for assertions."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: List[str] = []

    def pushInfo(self, info: str) -> None:  # noqa: N802 - QGIS API name
        self.lines.append(info)

    def pushWarning(self, warning: str) -> None:  # noqa: N802 - QGIS API name
        self.lines.append(warning)


@pytest.fixture()
def delete_catalogue_docks(qgis_iface: object) -> Iterator[None]:
    """Catalogue docks are children of the main window: finish their tasks and delete them after a test."""
    yield
    from slimstad_plugin.gui.catalogue.dock import CatalogueDock

    for widget in qgis_iface.mainWindow().findChildren(CatalogueDock):
        wait_for(lambda widget=widget: not widget.tasks, 60)
        widget.setParent(None)
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
