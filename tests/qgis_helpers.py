"""Helpers shared by the QGIS tests: waiting for background work, recording feedback, cleaning up docks."""

import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator, List

import pytest
from qgis.core import QgsProcessingFeedback
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QRunnable, QThreadPool


def wait_for(condition: Callable[[], bool], timeout_s: float = 120) -> None:
    """Process events until ``condition()`` holds; fail after ``timeout_s`` (a hang, not a speed check)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("condition not reached within {} s".format(timeout_s))
        QCoreApplication.processEvents()
        time.sleep(0.01)


class _Occupied(QRunnable):
    def __init__(self, release: threading.Event, safety_s: float) -> None:
        super().__init__()
        self.release, self.safety_s, self.ended = release, safety_s, threading.Event()

    def run(self) -> None:
        self.release.wait(self.safety_s)
        self.ended.set()


@contextmanager
def busy_task_pool(free: int = 1, safety_s: float = 40) -> Iterator[None]:
    """Keep all but ``free`` threads of Qt's global pool busy while the block runs -- the pool that runs QGIS's
    tasks and its parallel render jobs, as on a user's machine where another task (or a render stuck on a stalled
    server) holds the other threads. They are released when the block ends, or after ``safety_s`` at the latest
    (so a hang in the code under test shows as a failed test, not a stuck run)."""
    pool = QThreadPool.globalInstance()
    release = threading.Event()
    runnables = [_Occupied(release, safety_s) for _ in range(max(0, pool.maxThreadCount() - free))]
    for runnable in runnables:
        runnable.setAutoDelete(False)
        pool.start(runnable)
    try:
        yield
    finally:
        release.set()
        for runnable in runnables:  # only ours: other work in the pool is not this helper's to wait for
            runnable.ended.wait(safety_s)


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
