"""Is a server there at all? Probes before handing a source to a QGIS provider whose own timeouts SlimStad cannot
bound, one at a time or all at once (opening a project whose old hosts are dead costs one timeout, not one per layer).
"""

from typing import Dict, Optional

from qgis.PyQt.QtCore import QCoreApplication, QThread

from .network import (
    ERROR_BODY_BYTES,
    BadPayloadError,
    Deadline,
    HttpStatusError,
    NetworkError,
    http_get,
    prepare_thread,
)


def probe(url: str, deadline: Deadline, authcfg: str = "") -> Optional[NetworkError]:
    """None when the URL's server answers at all within the deadline (any HTTP status), else the error.

    Used before handing a source to a QGIS provider, whose own timeouts SlimStad cannot bound."""
    try:
        http_get(url, authcfg=authcfg, deadline=deadline, max_bytes=ERROR_BODY_BYTES)
    except (HttpStatusError, BadPayloadError):
        return None
    except NetworkError as error:
        return error
    return None



class _ProbeThread(QThread):
    def __init__(self, url: str, timeout_s: float, authcfg: str) -> None:
        super().__init__()
        self.url, self.timeout_s, self.authcfg = url, timeout_s, authcfg
        self.error: Optional[NetworkError] = None

    def run(self) -> None:
        prepare_thread()
        self.error = probe(self.url, Deadline(self.timeout_s), self.authcfg)


def probe_all(urls: Dict[str, str], timeout_s: float) -> Dict[str, Optional[NetworkError]]:
    """:func:`probe` every URL at once (``{url: authcfg}``), each within ``timeout_s``: N dead servers cost one
    timeout, not N. Returns ``{url: None or the error}``."""
    threads = {url: _ProbeThread(url, timeout_s, authcfg) for url, authcfg in urls.items()}
    for thread in threads.values():
        thread.start()
    app = QCoreApplication.instance()
    on_main = app is not None and QThread.currentThread() == app.thread()
    for thread in threads.values():
        while not thread.wait(50):
            if on_main:  # network authentication and SSL prompts of workers are answered on the main thread
                QCoreApplication.processEvents()
    return {url: thread.error for url, thread in threads.items()}
