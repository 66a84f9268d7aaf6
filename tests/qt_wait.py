"""Waiting for background work (QgsTask) in tests while the Qt event loop keeps running."""

import time
from typing import Callable

from qgis.PyQt.QtCore import QCoreApplication


def wait_for(condition: Callable[[], bool], timeout_s: float = 120) -> None:
    """Process events until ``condition()`` holds; fail after ``timeout_s`` (a hang, not a speed check)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        QCoreApplication.processEvents()
        time.sleep(0.01)
        assert time.monotonic() < deadline, "timed out waiting"
