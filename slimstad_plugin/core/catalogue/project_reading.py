"""Reading a saved project without waiting on dead servers.

QGIS opens every layer while it reads a project; a WFS or WMS layer on a server that is gone waits for QGIS's own
network timeout (60 s by default, restarted by every byte) — per layer. :func:`read_project` reads the project
without opening its layers, asks every distinct server once (all at once, each within one deadline, through the
network layer that remembers dead hosts), then opens only the layers whose server answered. Layers on a dead
server stay in the project unopened — QGIS keeps their definition when the project is saved — and are reported.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Optional, Union

from qgis.core import (
    QgsDataProvider,
    QgsDataSourceUri,
    QgsMapLayer,
    QgsProject,
    QgsReadWriteContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtXml import QDomDocument

from ..base.i18n import translator
from ..base.network import redact_url
from ..base.network_probe import probe_all
from ..base.settings import SlimStadSettings

tr = translator("SlimStadCatalogue")


@dataclass
class ProjectRead:
    """The outcome of :func:`read_project`; true when QGIS could read the project file."""

    ok: bool
    unreachable: Dict[str, str] = field(default_factory=dict)  # layer id -> why its server did not answer

    def __bool__(self) -> bool:
        return self.ok


def server_url(layer: QgsMapLayer) -> str:
    """The web address a layer's provider talks to while the project opens ("" for files, databases and XYZ tiles,
    which are fetched only while drawing)."""
    provider = layer.providerType().lower()
    if provider in ("wfs", "oapif"):
        return QgsDataSourceUri(layer.source()).param("url")
    if provider == "wms":
        uri = QgsDataSourceUri()
        uri.setEncodedUri(layer.source())
        if uri.param("type") == "xyz":
            return ""  # tiles are fetched while drawing, not while the project opens
        return uri.param("url")
    return ""


def _authcfg(layer: QgsMapLayer) -> str:
    uri = QgsDataSourceUri()
    if layer.providerType().lower() == "wms":
        uri.setEncodedUri(layer.source())
    else:
        uri = QgsDataSourceUri(layer.source())
    return uri.authConfigId() or uri.param("authcfg")


def read_project(project: QgsProject, path: Union[str, Path], timeout_s: Optional[float] = None) -> ProjectRead:
    """Read ``path`` into ``project``; web layers are opened only when their server answers within ``timeout_s``
    (default: the settings' health timeout). Drop-in for ``project.read(path)``: the result is truthy on success."""
    if timeout_s is None:
        timeout_s = SlimStadSettings.load().health_timeout_s
    if not project.read(str(path), QgsProject.ReadFlags(QgsProject.ReadFlag.FlagDontResolveLayers)):
        return ProjectRead(False)
    layers = list(project.mapLayers().values())
    servers = {server_url(layer): _authcfg(layer) for layer in layers if server_url(layer)}
    answers = probe_all(servers, timeout_s) if servers else {}
    result = ProjectRead(True)
    for layer in layers:
        url = server_url(layer)
        error = answers.get(url) if url else None
        if error is not None:
            result.unreachable[layer.id()] = tr("{layer}: not opened, {url} does not answer ({error})").format(
                layer=layer.name(), url=redact_url(url), error=error)
            continue
        if not layer.isValid():
            _open_as_saved(project, layer)
    for layer in layers:
        if isinstance(layer, QgsVectorLayer):
            layer.resolveReferences(project)  # joins and relations to the layers opened now
    return result


def _open_as_saved(project: QgsProject, layer: QgsMapLayer) -> None:
    """Open a layer read without its data exactly as QGIS would have: from its own saved definition (the CRS,
    style, subset and fields the user set are kept; a new data source would reset some of them)."""
    document = QDomDocument()
    if not layer.originalXmlProperties() or not document.setContent(layer.originalXmlProperties())[0]:
        layer.setDataSource(layer.source(), layer.name(), layer.providerType(), QgsDataProvider.ProviderOptions())
        return
    context = QgsReadWriteContext()
    context.setPathResolver(project.pathResolver())
    context.setProjectTranslator(project)
    context.setTransformContext(project.transformContext())
    layer.readLayerXml(document.documentElement(), context)
