"""Health steps for web services (WMS, WMTS, WFS, OGC API Features, XYZ) over :mod:`.network`.

Every request of one entry shares the entry's deadline (``checker.deadline``); answers are checked for their
document type (an exception report or error JSON with HTTP 200 is an error showing the server's message); the
layer must be offered under its exact name; CRS spellings are compared canonically.
"""

from typing import Optional

from ..base.answers import ServiceReportedError, WrongDocumentError
from ..base.crs import canonical_crs, same_crs
from ..base.errors import SlimStadError
from ..base.i18n import translator
from ..base.network import (
    AuthenticationError,
    BadPayloadError,
    HttpStatusError,
    NetworkError,
    NetworkTimeoutError,
    http_get,
)
from .capabilities import (
    Capabilities,
    collection_layer,
    describe_feature_type,
    not_offered_message,
    probe_url,
    read_capabilities,
    read_collection,
)
from .completeness import service_count, wfs_page
from .model import CatalogueEntry

tr = translator("SlimStadCatalogue")


class CheckFailedError(SlimStadError):
    """A hard failure of one named step."""

    def __init__(self, step: str, message: str) -> None:
        super().__init__(message)
        self.step = step


def failed_step(error: NetworkError, step: str, not_found: str = "") -> CheckFailedError:
    """The health step a network error belongs to, with the error's message (one mapping for every check)."""
    if isinstance(error, NetworkTimeoutError):
        return CheckFailedError("reachable", str(error))
    if isinstance(error, AuthenticationError):
        return CheckFailedError("authentication", str(error))
    if isinstance(error, HttpStatusError):
        if error.status == 404 and not_found:
            return CheckFailedError(step, not_found)
        return CheckFailedError("reachable", str(error))
    if isinstance(error, (ServiceReportedError, WrongDocumentError, BadPayloadError)):
        return CheckFailedError(step, str(error))
    return CheckFailedError("reachable", str(error))


def check_ows(entry: CatalogueEntry, checker: object) -> None:
    """GetCapabilities, the layer listed under its exact name, CRS offered; WFS also counts features (hits)."""
    kind = entry.source_type
    source = entry.source
    authcfg = str(source.get("authcfg", ""))
    try:
        capabilities = read_capabilities(str(source["url"]), kind, checker.deadline, authcfg)
    except NetworkError as error:
        raise failed_step(error, "capabilities") from error
    checker.result.latency_s = round(capabilities.elapsed_s, 4)
    checker.step("reachable", True, "{:.0f} ms".format(capabilities.elapsed_s * 1000))
    checker.step("capabilities", True, capabilities.version)
    layer_name = str(source["layer"])
    layer = capabilities.find(layer_name)
    if layer is None:
        raise CheckFailedError("layer", not_offered_message(layer_name, capabilities.names()))
    checker.step("layer", True, layer_name)
    _crs_step(entry, checker, layer.crs)
    if kind == "wfs":
        _schema_step(entry, checker, capabilities)
        _count_step(entry, checker, capabilities)


def _schema_step(entry: CatalogueEntry, checker: object, capabilities: Capabilities) -> None:
    # QGIS opens a WFS layer from its DescribeFeatureType schema: an exception report there is a broken layer.
    try:
        describe_feature_type(str(entry.source["url"]), str(entry.source["layer"]), capabilities.version,
                              checker.deadline, str(entry.source.get("authcfg", "")))
    except NetworkError as error:
        raise failed_step(error, "schema") from error
    checker.step("schema", True)


def _crs_step(entry: CatalogueEntry, checker: object, offered: list) -> None:
    expected = canonical_crs(entry.source.get("crs"))
    match = next((crs for crs in offered if same_crs(crs, expected)), None) if expected else None
    checker.result.crs = match or (offered[0] if offered else "")
    if expected and offered and match is None:
        checker.warn("crs", tr("the service does not offer {crs}").format(crs=expected))


def _count_step(entry: CatalogueEntry, checker: object, capabilities: Optional[Capabilities]) -> None:
    # The version the server answered GetCapabilities with is one it speaks (QGIS Server: 1.1.0).
    version = (capabilities.version if capabilities else "") or str(entry.source.get("version") or "")
    try:
        count = service_count(entry, checker.deadline, version)
    except BadPayloadError as error:  # an exception report, a web page, another document: GetFeature is broken
        raise failed_step(error, "feature_count") from error
    except NetworkError as error:
        checker.warn("feature_count", tr("feature count unknown: {error}").format(error=error))
        return
    if count is None:
        checker.warn("feature_count", tr("feature count unknown: the service does not count"))
        return
    checker.result.feature_count = count
    if count == 0:
        checker.warn("feature_count", tr("the layer is empty"))
        return
    checker.step("feature_count", True, str(count))
    if entry.source_type == "wfs" and version and not version.startswith("1.0"):
        try:  # a server may count (hits) and still fail on the features: an exception report, an empty answer
            wfs_page(entry, version, checker.deadline, start=0, count=1)
        except BadPayloadError as error:
            raise failed_step(error, "features") from error
        except NetworkError as error:
            checker.warn("features", str(error))
            return
        checker.step("features", True)


def check_oapif(entry: CatalogueEntry, checker: object) -> None:
    """The collection's JSON document (an error JSON is an error, whatever the HTTP status), its CRS list, and
    numberMatched of one item page."""
    source = entry.source
    authcfg = str(source.get("authcfg", ""))
    collection = str(source["collection"])
    missing = not_offered_message(collection, [], "collection")
    try:
        document = read_collection(str(source["url"]), collection, checker.deadline, authcfg)
    except WrongDocumentError as error:
        raise CheckFailedError("layer", "{} ({})".format(missing, error)) from error
    except NetworkError as error:
        raise failed_step(error, "layer", missing) from error
    checker.result.latency_s = round(checker.deadline.seconds - checker.deadline.remaining(), 4)
    checker.step("reachable", True, "{:.0f} ms".format(checker.result.latency_s * 1000))
    checker.step("capabilities", True)
    checker.step("layer", True, collection)
    _crs_step(entry, checker, collection_layer(document).crs)
    _count_step(entry, checker, None)


def check_xyz(entry: CatalogueEntry, checker: object) -> None:
    """Fetch the z=0 tile."""
    try:
        response = http_get(probe_url(entry), authcfg=str(entry.source.get("authcfg", "")), deadline=checker.deadline)
    except NetworkError as error:
        raise failed_step(error, "capabilities") from error
    checker.result.latency_s = round(response.elapsed_s, 4)
    checker.step("reachable", True)
    checker.step("layer", True)
