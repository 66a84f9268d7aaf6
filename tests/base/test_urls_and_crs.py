"""URL building and CRS spellings: pure functions, every legal form (A03's right value among them)."""

import pytest

from slimstad_plugin.core.base.crs import canonical_crs, epsg_code, same_crs
from slimstad_plugin.core.base.urls import host_key, join_path, same_url, strip_path_suffix, with_query


def test_query_parameters_are_kept_replaced_never_duplicated() -> None:
    url = "https://geo.stad.be/cgi-bin/mapserv?map=/srv/maps/stad.map&service=wms&apikey=k3y"
    built = with_query(url, SERVICE="WFS", REQUEST="GetCapabilities")
    assert built == "https://geo.stad.be/cgi-bin/mapserv?map=/srv/maps/stad.map&apikey=k3y&SERVICE=WFS&REQUEST=GetCapabilities"
    assert built.lower().count("service=") == 1
    assert with_query(built, REQUEST="GetFeature", TYPENAMES="gent:wijken").endswith(
        "SERVICE=WFS&REQUEST=GetFeature&TYPENAMES=gent:wijken")
    assert with_query("https://h/wfs#top", VERSION="2.0.0") == "https://h/wfs?VERSION=2.0.0#top"
    assert with_query("https://h/wfs?a=1", a=None) == "https://h/wfs"


def test_paths_join_the_path_not_the_query() -> None:
    assert join_path("https://h/ogc/features?apikey=k3y", "collections", "scholen", "items", f="json", limit=1) == \
        "https://h/ogc/features/collections/scholen/items?apikey=k3y&f=json&limit=1"
    assert join_path("https://h/ogc/features/", "collections", "gent:wijken") == \
        "https://h/ogc/features/collections/gent:wijken"
    assert join_path("https://h/api", "collections", "met spatie") == "https://h/api/collections/met%20spatie"
    assert strip_path_suffix("https://h/ogc/features/collections/?apikey=k", "collections") == \
        "https://h/ogc/features?apikey=k"


def test_service_addresses_compare_by_meaning() -> None:
    assert same_url("HTTP://Geo.Stad.be:80/wfs/?b=2&a=1", "http://geo.stad.be/wfs?a=1&b=2")
    assert not same_url("http://geo.stad.be/wfs?map=a.map", "http://geo.stad.be/wfs?map=b.map")
    assert host_key("https://geo.stad.be/wfs") == ("https", "geo.stad.be", 443)


@pytest.mark.parametrize("spelling", [
    "EPSG:31370", "epsg:31370", "EPSG::31370", "urn:ogc:def:crs:EPSG::31370", "urn:ogc:def:crs:EPSG:6.9:31370",
    "urn:x-ogc:def:crs:EPSG:6.6:31370", "urn:x-ogc:def:crs:EPSG:31370", "http://www.opengis.net/def/crs/EPSG/0/31370",
    "https://www.opengis.net/def/crs/EPSG/9.9.1/31370/", "http://www.opengis.net/gml/srs/epsg.xml#31370",
    " EPSG:6.9:31370 ",  # what an older SlimStad wrote into catalogues
])
def test_every_spelling_of_lambert_72_is_epsg_31370(spelling: str) -> None:
    assert canonical_crs(spelling) == "EPSG:31370"
    assert same_crs(spelling, "EPSG:31370") and epsg_code(spelling) == 31370


def test_crs84_web_mercator_and_others() -> None:
    for spelling in ("CRS:84", "OGC:CRS84", "urn:ogc:def:crs:OGC:1.3:CRS84",
                     "http://www.opengis.net/def/crs/OGC/1.3/CRS84"):
        assert canonical_crs(spelling) == "OGC:CRS84" and same_crs(spelling, "EPSG:4326")
    assert canonical_crs("EPSG:900913") == canonical_crs("ESRI:102100") == "EPSG:3857"
    assert canonical_crs("IGNF:LAMB93") == "IGNF:LAMB93"
    assert not same_crs("EPSG:3035", "EPSG:31370") and not same_crs("", "")
    assert canonical_crs("http://example.org/not-a-crs") == "http://example.org/not-a-crs"


def test_canonical_spellings_open_in_qgis(qgis_app) -> None:
    from slimstad_plugin.core.base.crs import qgis_crs

    assert qgis_crs("urn:ogc:def:crs:EPSG:6.9:31370").authid() == "EPSG:31370"
    assert qgis_crs("http://www.opengis.net/def/crs/OGC/1.3/CRS84").isValid()
