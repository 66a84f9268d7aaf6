"""Health steps for web services (WMS, WMTS, WFS, OGC API Features, XYZ) over :mod:`.network`."""

import re
import time
import xml.etree.ElementTree as ET
from typing import List, Optional
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..base.errors import SlimStadError
from ..base.i18n import translator
from ..base.network import AuthenticationError, HttpStatusError, NetworkError, NetworkTimeoutError, http_get
from ..base.readers import decode_json
from .model import CatalogueEntry

tr = translator("SlimStadCatalogue")
ROOT_TAGS = {"wms": ("WMS_Capabilities", "WMT_MS_Capabilities"), "wmts": ("Capabilities",),
             "wfs": ("WFS_Capabilities",)}


class CheckFailedError(SlimStadError):
    """A hard failure of one named step."""

    def __init__(self, step: str, message: str) -> None:
        super().__init__(message)
        self.step = step


def with_query(url: str, **params: str) -> str:
    """``url`` with ``params`` added (existing keys of the same name, any case, replaced)."""
    parts = urlsplit(url)
    keys = {key.lower() for key in params}
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in keys]
    query.extend(params.items())
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), parts.fragment))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _fetch(checker: object, url: str, authcfg: str, step: str, accept: str = "", not_found: str = ""):
    try:
        response = http_get(url, timeout_s=checker.remaining(), authcfg=authcfg,
                            headers={"Accept": accept} if accept else None)
    except NetworkTimeoutError as error:
        raise CheckFailedError("reachable", str(error)) from error
    except AuthenticationError as error:
        raise CheckFailedError("authentication", str(error)) from error
    except HttpStatusError as error:
        if error.status == 404 and not_found:
            raise CheckFailedError(step, not_found) from error
        raise CheckFailedError("reachable", str(error)) from error
    except NetworkError as error:
        raise CheckFailedError("reachable" if step == "capabilities" else step, str(error)) from error
    return response


def check_ows(entry: CatalogueEntry, checker: object) -> None:
    """GetCapabilities, the layer listed, CRS offered; WFS also counts features (resultType=hits)."""
    kind = entry.source_type
    source = entry.source
    authcfg = str(source.get("authcfg", ""))
    url = with_query(str(source["url"]), SERVICE=kind.upper(), REQUEST="GetCapabilities")
    response = _fetch(checker, url, authcfg, "capabilities")
    checker.result.latency_s = round(response.elapsed_s, 4)
    checker.step("reachable", True, "{:.0f} ms".format(response.elapsed_s * 1000))
    try:
        root = ET.fromstring(response.content)
    except ET.ParseError as error:
        raise CheckFailedError("capabilities", tr("the capabilities are not valid XML ({error})").format(
            error=error)) from error
    if _local(root.tag) in ("ServiceExceptionReport", "ExceptionReport"):
        text = " ".join(t.strip() for t in root.itertext() if t.strip())[:200]
        raise CheckFailedError("capabilities", tr("the service reports an error: {error}").format(error=text))
    if _local(root.tag) not in ROOT_TAGS[kind]:
        raise CheckFailedError("capabilities", tr("the answer is not {kind} capabilities (root element {tag})").format(
            kind=kind.upper(), tag=_local(root.tag)))
    checker.step("capabilities", True, root.get("version", ""))
    layer = str(source["layer"])
    if kind == "wms":
        names = [el.text or "" for el in root.iter() if _local(el.tag) == "Name" and _parent_is(root, el, "Layer")]
        crs_values = [el.text or "" for el in root.iter() if _local(el.tag) in ("CRS", "SRS")]
    elif kind == "wmts":
        names = _wmts_layer_ids(root)
        crs_values = [el.text or "" for el in root.iter() if _local(el.tag) == "SupportedCRS"]
    else:
        names = [el.text or "" for el in root.iter()
                 if _local(el.tag) == "Name" and _parent_is(root, el, "FeatureType")]
        crs_values = [el.text or "" for el in root.iter() if _local(el.tag) in ("DefaultCRS", "DefaultSRS",
                                                                                  "OtherCRS", "OtherSRS")]
    if not _name_matches(layer, names):
        raise CheckFailedError("layer", tr("layer '{layer}' is not offered by the service").format(layer=layer))
    checker.step("layer", True, layer)
    expected = str(source.get("crs") or "")
    normalised = [_normalise_crs(value) for value in crs_values]
    checker.result.crs = expected if expected and expected.upper() in normalised else (normalised[0] if normalised
                                                                                       else "")
    if expected and normalised and expected.upper() not in normalised:
        checker.warn("crs", tr("the service does not offer {crs}").format(crs=expected))
    if kind == "wfs":
        _wfs_hits(entry, checker, layer, authcfg, root.get("version", ""))


def _parent_is(root: ET.Element, element: ET.Element, parent_name: str) -> bool:
    # ElementTree has no parent pointers: build the map lazily once per document.
    parents = getattr(root, "_slimstad_parents", None)
    if parents is None:
        parents = {child: parent for parent in root.iter() for child in parent}
        try:
            root._slimstad_parents = parents  # type: ignore[attr-defined]
        except AttributeError:
            pass
    parent = parents.get(element)
    return parent is not None and _local(parent.tag) == parent_name


def _wmts_layer_ids(root: ET.Element) -> List[str]:
    ids = []
    for element in root.iter():
        if _local(element.tag) == "Layer":
            for child in element:
                if _local(child.tag) == "Identifier":
                    ids.append(child.text or "")
    return ids


def _name_matches(layer: str, names: List[str]) -> bool:
    """Exact, or equal without the namespace prefix (``GRB:GBG`` vs ``GBG``)."""
    short = layer.split(":")[-1]
    return any(name == layer or name.split(":")[-1] == short for name in names)


def _normalise_crs(value: str) -> str:
    value = value.strip().upper()
    if value.endswith("CRS84"):
        return "EPSG:4326"
    match = re.search(r"EPSG(?::\d*)?::?(\d+)$", value) or re.search(r"EPSG/0/(\d+)$", value)
    return "EPSG:{}".format(match.group(1)) if match else value


def _wfs_hits(entry: CatalogueEntry, checker: object, layer: str, authcfg: str, served_version: str) -> None:
    # The version the server answered GetCapabilities with is one it speaks (QGIS Server: 1.1.0).
    version = served_version or str(entry.source.get("version") or "2.0.0")
    type_key = "TYPENAMES" if version.startswith("2") else "TYPENAME"
    url = with_query(str(entry.source["url"]), SERVICE="WFS", VERSION=version, REQUEST="GetFeature",
                     RESULTTYPE="hits", **{type_key: layer})
    try:
        response = http_get(url, timeout_s=checker.remaining(), authcfg=authcfg)
        root = ET.fromstring(response.content)
    except (NetworkError, ET.ParseError) as error:
        checker.warn("feature_count", tr("feature count unknown: {error}").format(error=error))
        return
    count = root.get("numberMatched") or root.get("numberOfFeatures")
    if count is None or not str(count).isdigit():
        checker.warn("feature_count", tr("feature count unknown: the service does not count"))
        return
    checker.result.feature_count = int(count)
    if int(count) == 0:
        checker.warn("feature_count", tr("the layer is empty"))
    else:
        checker.step("feature_count", True, str(count))


def check_oapif(entry: CatalogueEntry, checker: object) -> None:
    """The collection's JSON document, its CRS list, and numberMatched of one item page."""
    source = entry.source
    authcfg = str(source.get("authcfg", ""))
    base = str(source["url"]).rstrip("/")
    collection = str(source["collection"])
    missing = tr("collection '{layer}' is not offered by the service").format(layer=collection)
    response = _fetch(checker, "{}/collections/{}?f=json".format(base, collection), authcfg, "layer",
                      accept="application/json", not_found=missing)
    checker.result.latency_s = round(response.elapsed_s, 4)
    checker.step("reachable", True, "{:.0f} ms".format(response.elapsed_s * 1000))
    try:
        document = decode_json(response.content, response.url)
    except ValueError as error:  # ReadError: syntax, encoding, depth, number limits
        raise CheckFailedError("capabilities", tr("the collection description is not valid JSON ({error})").format(
            error=error)) from error
    if not isinstance(document, dict) or str(document.get("id", collection)) != collection:
        raise CheckFailedError("layer", tr("collection '{layer}' is not offered by the service").format(
            layer=collection))
    checker.step("capabilities", True)
    checker.step("layer", True, collection)
    crs_list = [_normalise_crs(str(value)) for value in document.get("crs", []) or []]
    storage = document.get("storageCrs")
    checker.result.crs = _normalise_crs(str(storage)) if storage else (crs_list[0] if crs_list else "EPSG:4326")
    items_url = "{}/collections/{}/items?f=json&limit=1".format(base, collection)
    try:
        items = decode_json(http_get(items_url, timeout_s=checker.remaining(), authcfg=authcfg,
                                     headers={"Accept": "application/geo+json"}).content, items_url)
    except (NetworkError, ValueError) as error:
        checker.warn("feature_count", tr("feature count unknown: {error}").format(error=error))
        return
    matched: Optional[int] = items.get("numberMatched") if isinstance(items, dict) else None
    if isinstance(matched, int):
        checker.result.feature_count = matched
        if matched == 0:
            checker.warn("feature_count", tr("the layer is empty"))
        else:
            checker.step("feature_count", True, str(matched))
    else:
        checker.warn("feature_count", tr("feature count unknown: the service does not count"))


def check_xyz(entry: CatalogueEntry, checker: object) -> None:
    """Fetch the z=0 tile."""
    url = str(entry.source["url"]).replace("{z}", "0").replace("{x}", "0").replace("{y}", "0").replace("{-y}", "0")
    started = time.monotonic()
    _fetch(checker, url, str(entry.source.get("authcfg", "")), "capabilities")
    checker.result.latency_s = round(time.monotonic() - started, 4)
    checker.step("reachable", True)
    checker.step("layer", True)
