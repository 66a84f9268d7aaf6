"""Kind 3: what SlimStad writes keeps only parameters known to be harmless (allow-list in core/secrets.py).

R12: credentials under keys no list knew (sig, subscription-key, private_token, x-api-key, key=) survived into
packages, check JSON and logs. The rule is now an allow-list, so a parameter name nobody has heard of is removed
too: one test packs layers with ten made-up secret parameter names and finds none of their values anywhere in the
package (inside the project, the manifest, GeoPackages and zips).
"""

import json
import logging
import threading
import zipfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, List

import pytest
from qgis.core import QgsDataSourceUri, QgsProject, QgsRasterLayer, QgsVectorLayer

from slimstad_plugin.core.base import files as files_module
from slimstad_plugin.core.base import secrets as secrets_module
from slimstad_plugin.core.base.log import SecretLogFilter
from slimstad_plugin.core.base.secret_scan import scan_files
from slimstad_plugin.core.base.secrets import (
    PLACEHOLDER,
    find_secrets,
    scrub_json,
    scrub_text,
    scrub_uri,
    scrub_xml,
)
from slimstad_plugin.core.sharing.pack import pack_project

# Ten parameter names no list in the code contains (checked below), each with a value that must not leak.
MADE_UP = {"zorro-pass": "Zp_81723kq", "x-gemeente-sleutel": "GemSl_55213", "sesam": "Sesam_90117x",
           "wachtwoordje": "Ww_44128ab", "qbert_auth": "Qb_73310zz", "hidden-ticket": "Tk_66219hj",
           "stadspas": "Sp_38814mm", "koekje": "Kk_11907pp", "laissez_passer": "Lp_24680qq",
           "magic.number": "Mn_97531rr"}
R12_VALUES = ["SasSig_3434", "Signature_8888", "GitlabTok_5151", "XApiKey_6262", "SubKey_2323", "ClientKey_9999",
              "MapTilerKey_7777"]


def every_blob(folder: Path) -> Iterator[bytes]:
    """Every file's bytes, and every member of every zip (.zip, .qgz) inside, recursively."""
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            yield data
            if data[:4] == b"PK\x03\x04":
                with zipfile.ZipFile(path) as archive:
                    for name in archive.namelist():
                        yield archive.read(name)


def test_the_made_up_names_are_in_no_list_of_the_code() -> None:
    code = "".join(Path(module.__file__).read_text() for module in (secrets_module, files_module))
    for name in MADE_UP:
        assert name not in code.lower(), name


@pytest.mark.parametrize("uri,kept", [
    ("url='https://h/c/wfs?sv=2022-11-02&sig=SasSig_3434' typename='x' version='2.0.0'", "typename='x'"),
    ("url='https://h/wms?signature=Signature_8888&layers=a' typename='x'", "layers=a"),
    ("url='https://h/ogc?private_token=GitlabTok_5151' typename='x'", "url='https://h/ogc?private_token="),
    ("url='https://h/wfs?x-api-key=XApiKey_6262&SERVICE=WFS' typename='x'", "SERVICE=WFS"),
    ("url='https://h/wfs?subscription-key=SubKey_2323&REQUEST=GetFeature' typename='x'", "REQUEST=GetFeature"),
    ("url='https://h/wfs?client_key=ClientKey_9999&TYPENAMES=a' typename='x'", "TYPENAMES=a"),
    ("type=xyz&url=https://h/tiles/%7Bz%7D/%7Bx%7D/%7By%7D.png?key%3DMapTilerKey_7777&zmax=19&zmin=0",
     "zmax=19&zmin=0"),
])
def test_r12_key_forms_are_removed(uri: str, kept: str) -> None:
    result = scrub_uri(uri)
    assert not any(value in result.text for value in R12_VALUES), result.text
    assert kept in result.text and PLACEHOLDER in result.text
    assert not find_secrets(result.text.encode()), "the final scan accepts what the rule produced"
    assert find_secrets(uri.encode()), "and refuses the original"


def test_uri_forms_of_every_provider() -> None:
    cases = [  # (uri, must disappear, must stay)
        ("dbname='stad' host=db port=5432 user='bob' password='Pg_Secret1' key='gid' srid=31370 type=Point "
         "authcfg=ab12cd3 table=\"public\".\"scholen\" (geom) sql=\"naam\" = 'x'",
         ["Pg_Secret1", "'bob'"], ["key='gid'", "authcfg=ab12cd3", "table=\"public\".\"scholen\" (geom)",
                                   "sql=\"naam\" = 'x'"]),
        ("contextualWMSLegend=0&crs=EPSG:31370&dpiMode=7&format=image/png&layers=a&styles=&"
         "url=https://h/wms?token%3DWms_Tok_123%26map%3Dx&http-header:X-Api-Key=Hdr_Key_456&"
         "http-header:referer=https://stad.be", ["Wms_Tok_123", "Hdr_Key_456"],
         ["dpiMode=7", "http-header:referer=https://stad.be", "layers=a"]),
        ("/vsicurl/https://h/ortho.tif?SAS=Vsi_Sig_789", ["Vsi_Sig_789"], ["/vsicurl/https://h/ortho.tif?"]),
        ("PG:\"dbname='x' host=h password='Ogr_Pw_321'\"", ["Ogr_Pw_321"], ["dbname='x'"]),
        ("/data/stad.gpkg|layername=scholen|subset=\"type\" = 'lager'", [], ["|subset=\"type\" = 'lager'"]),
        ("https://jan:Basic_Pw_654@h/wfs?SERVICE=WFS", ["Basic_Pw_654", "jan"], ["https://h/wfs?SERVICE=WFS"]),
        ("file:///data/a.csv?type=csv&delimiter=,&xField=x&yField=y&crs=EPSG:4326", [], ["xField=x"]),
        ("memory?geometry=Point&crs=EPSG:31370&field=naam:string(20)", [], ["field=naam:string(20)"]),
        ("https://www.gent.be/loket?id=[% \"id\" %]&f=json", [], ["id=[% \"id\" %]"]),
    ]
    for uri, gone, kept in cases:
        text = scrub_uri(uri).text
        assert all(value not in text for value in gone), text
        assert all(value in text for value in kept), text
        assert scrub_uri(text).text == text, "the rule is stable: cleaning twice changes nothing"


def test_catalogue_public_params_are_kept() -> None:
    url = "https://h/mapserv?map=stad.map&dataset=2024&edition=b7&token=Tok_13579ab"
    plain = scrub_uri(url).text
    assert "map=stad.map" in plain, "MapServer's map file is part of the endpoint's address"
    assert "dataset=" + PLACEHOLDER in plain and "edition=" + PLACEHOLDER in plain
    kept = scrub_uri(url, public=["dataset", "edition"]).text
    assert "dataset=2024" in kept and "edition=b7" in kept and "Tok_13579ab" not in kept


def test_xml_json_and_free_text() -> None:
    xml = ('<qgis><maplayer><datasource>url=\'https://h/wfs?apikey=Xml_Key_111&amp;SERVICE=WFS\' typename=\'a\''
           '</datasource><layer-tree-layer source="type=xyz&amp;url=https://t/%7Bz%7D.png?api_key%3DAttr_Key_222"/>'
           '</maplayer></qgis>')
    cleaned = scrub_xml(xml)
    assert "Xml_Key_111" not in cleaned.text and "Attr_Key_222" not in cleaned.text
    assert "SERVICE=WFS" in cleaned.text and "&amp;" in cleaned.text, "XML stays well-formed"
    document, result = scrub_json({"a": ["see https://h/x?secretcode=Json_Val_333&f=json"], "n": 3})
    assert document == {"a": ["see https://h/x?secretcode={}&f=json".format(PLACEHOLDER)], "n": 3}
    assert result.removed_keys == ["secretcode"]
    line = scrub_text("connecting to dbname='gis' host=db user=bob password=Log_Pw_444 failed").text
    assert "Log_Pw_444" not in line and "failed" in line
    assert scrub_text("250 features, ratio=3, a=b").text == "250 features, ratio=3, a=b"


def test_log_records_are_scrubbed(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("slimstad_plugin.test_secrets")
    handler = logging.StreamHandler()
    handler.addFilter(SecretLogFilter())
    records: List[str] = []
    handler.emit = lambda record: records.append(handler.format(record))  # type: ignore[method-assign]
    logger.addHandler(handler)
    try:
        logger.warning("answered HTTP 400: %s", "https://h/ogc?private_token=GitlabTok_5151&f=json")
    finally:
        logger.removeHandler(handler)
    assert records and "GitlabTok_5151" not in records[0] and "f=json" in records[0]


def _made_up_project(path: Path) -> None:
    """Remote layers of every kind, each carrying some of the made-up secret parameters."""
    names = list(MADE_UP.items())
    project = QgsProject()
    for index in range(0, 10, 2):
        (first, one), (second, two) = names[index], names[index + 1]
        query = "{}={}&{}={}".format(first, one, second, two)
        if index == 0:
            layer = QgsVectorLayer("url='http://127.0.0.1:9/wfs?{}' typename='a' version='2.0.0'".format(query),
                                   "wfs_{}".format(index), "WFS")
        elif index == 2:
            layer = QgsVectorLayer("url='http://127.0.0.1:9/ogc?{}' typename='a'".format(query), "oapif", "OAPIF")
        elif index == 4:
            uri = QgsDataSourceUri()
            for key, value in (("url", "http://127.0.0.1:9/wms?" + query), ("layers", "a"), ("styles", ""),
                               ("format", "image/png"), ("crs", "EPSG:31370")):
                uri.setParam(key, value)
            layer = QgsRasterLayer(bytes(uri.encodedUri()).decode(), "wms", "wms")
        elif index == 6:
            layer = QgsRasterLayer("type=xyz&url=http://127.0.0.1:9/t/%7Bz%7D/%7Bx%7D/%7By%7D.png?{}&zmax=19"
                                   .format(query.replace("=", "%3D").replace("&", "%26")), "xyz", "wms")
        else:
            layer = QgsVectorLayer("dbname='stad' host=127.0.0.1 port=9 {}='{}' {}='{}' key='gid' table=\"public\"."
                                   "\"scholen\" (geom)".format(first, one, second, two), "postgis", "postgres")
        project.addMapLayer(layer)
    assert project.write(str(path))
    text = path.read_text()
    assert all(value in text for value in MADE_UP.values()), "the project really holds all ten values"
    project.clear()


def test_pack_finds_none_of_ten_made_up_secret_parameters(qgis_app, tmp_path: Path) -> None:
    _made_up_project(tmp_path / "geheim.qgs")
    result = pack_project(tmp_path / "geheim.qgs", tmp_path / "pakket.zip")
    for blob in every_blob(tmp_path / "pakket.zip"):
        assert not any(value.encode() in blob for value in MADE_UP.values())
    # Every removed parameter is named in the receiver's configuration list, never its value.
    notes = " ".join(result.manifest.receiver_must_configure)
    assert all(name in notes for name in MADE_UP), notes
    assert PLACEHOLDER in notes
    with zipfile.ZipFile(tmp_path / "pakket.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        project_xml = archive.read("geheim.qgs").decode()
    assert all(name + "=" in project_xml or name + "%3D" in project_xml for name in MADE_UP), \
        "the parameter stays, with the placeholder as its value"
    assert not any(value in json.dumps(manifest) for value in MADE_UP.values())
    assert not scan_files([tmp_path / "pakket.zip"]), "the final scan agrees"


def test_final_scan_looks_inside_geopackages_and_zips(qgis_app, tmp_path: Path) -> None:
    import sqlite3

    gpkg = tmp_path / "stad.gpkg"
    with sqlite3.connect(str(gpkg)) as conn:
        conn.execute("CREATE TABLE gpkg_contents (table_name TEXT, data_type TEXT)")
        conn.execute("CREATE TABLE slimstad_snapshots (layer_name TEXT, source TEXT)")
        conn.execute("INSERT INTO slimstad_snapshots VALUES ('a', 'wfs https://h/wfs?vendor_token=Gpkg_Tok_555')")
    with zipfile.ZipFile(tmp_path / "p.zip", "w") as archive:
        archive.writestr("inner.qgz", _zip_bytes("x.qgs", "<a>https://h/?session=Zip_Sess_666</a>"))
    hits = scan_files([gpkg, tmp_path / "p.zip"])
    assert {path.name for path, _ in hits} == {"stad.gpkg", "p.zip"}
    assert any("vendor_token" in what for _, what in hits) and any("session" in what for _, what in hits)
    assert all("Gpkg_Tok_555" not in what and "Zip_Sess_666" not in what for _, what in hits)


def _zip_bytes(name: str, text: str) -> bytes:
    import io

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(name, text)
    return out.getvalue()


class _Fault(BaseHTTPRequestHandler):
    """Answers every request with HTTP 500 (a loopback stand-in for a failing service: qgis_mapserver cannot
    be made to fail on purpose)."""

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        self.send_response(500)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(b"boom")

    def log_message(self, *args: object) -> None:
        pass


def test_check_json_and_printed_lines_hold_no_secret(qgis_app, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture) -> None:
    """R12 part 2: `catalog check --json` of entries whose URLs carry credentials, against a failing server."""
    from slimstad_plugin.cli import main

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Fault)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = "http://127.0.0.1:{}".format(server.server_address[1])
    try:
        def entry(entry_id: str, kind: str, url: str) -> dict:
            extra = {"collection": "x"} if kind == "oapif" else {"layer": "x"}
            return {"id": entry_id, "title": {"nl": entry_id}, "sector": "bevolking", "owner": "t",
                    "licence": {"type": "open"}, "source": {"type": kind, "url": url, **extra}}
        catalogue = {"format": "slimstad-catalogue", "version": 1, "id": "lek", "title": {"nl": "lek"}, "entries": [
            entry("l.wfs", "wfs", base + "/wfs?sv=2022&sig=SasSig_3434&subscription-key=SubKey_2323"),
            entry("l.oapif", "oapif", base + "/ogc?private_token=GitlabTok_5151&x-api-key=XApiKey_6262")]}
        (tmp_path / "lek.json").write_text(json.dumps(catalogue))
        code = main(["catalog", "check", str(tmp_path / "lek.json"), "--timeout", "5", "--no-quality",
                     "--json", str(tmp_path / "check.json")])
    finally:
        server.shutdown()
    printed = capsys.readouterr()
    assert code == 1
    written = (tmp_path / "check.json").read_text()
    for value in ("SasSig_3434", "SubKey_2323", "GitlabTok_5151", "XApiKey_6262"):
        assert value not in written and value not in printed.out and value not in printed.err
    assert "sig=" + PLACEHOLDER in written
    before = (tmp_path / "lek.json").read_text()
    assert main(["catalog", "check", str(tmp_path / "lek.json"), "--timeout", "2", "--no-quality",
                 "--json", str(tmp_path / "lek.json")]) == 2
    assert "is one of the inputs" in capsys.readouterr().err
    assert (tmp_path / "lek.json").read_text() == before


# ---- issue 15, hidden-case variants: every spelling of a credential is removed, nothing else breaks ---------------

@pytest.mark.parametrize("text,secret", [
    ("postgresql://bob:Pg_Secret_913@db.stad.be:5432/gis", "Pg_Secret_913"),
    ("mongodb+srv://u:Mongo_Secret_77@cluster/db", "Mongo_Secret_77"),
    ("crs=EPSG:31370&format=image/png&http-header:Authorization=Bearer Hdr_Tok_4411&layers=a&url=https://h/wms",
     "Hdr_Tok_4411"),
    ("crs=EPSG:31370&http-header:X-Api-Key=Hdr_Key_5522&layers=a&url=https://h/wms", "Hdr_Key_5522"),
    ("https://h/wms?SERVICE=WMS;token=Semi_Tok_6633", "Semi_Tok_6633"),
    ("https://h/wms;jsessionid=Sess_Id_7744?SERVICE=WMS", "Sess_Id_7744"),
    ("https://h/ogc?f=json#access_token=Frag_Tok_8855", "Frag_Tok_8855"),
    ("https://h/ogc?f=json&%73ig=Pct_Sig_9966", "Pct_Sig_9966"),
    ("https://h/ogc?SIG=Up_Sig_1077&F=json", "Up_Sig_1077"),
    ("https://b.s3.amazonaws.com/x.tif?X-Amz-Signature=Amz_Sig_2188&AWSAccessKeyId=AKIA_3299", "Amz_Sig_2188"),
])
def test_credential_forms_are_removed_everywhere(text: str, secret: str) -> None:
    for result in (scrub_uri(text), scrub_text("log: " + text + " failed")):
        assert secret not in result.text and result.changed, result.text
    assert find_secrets(text.encode(), name="x.txt"), "the final scan must see it too"


def test_free_text_headers_and_environment_style_secrets() -> None:
    line = "GET https://h/x answered 401; Authorization: Bearer Hdr_Tok_4411, PGPASSWORD=Env_Pw_5511"
    cleaned = scrub_text(line).text
    assert "Hdr_Tok_4411" not in cleaned and "Env_Pw_5511" not in cleaned
    assert "https://h/x" in cleaned and "answered 401" in cleaned


def test_json_objects_lose_credential_members_and_headers() -> None:
    document = {"source": {"type": "wfs", "url": "https://h/wfs", "password": "Json_Pw_1234", "typename": "a",
                           "headers": {"Authorization": "Bearer Json_Tok_5678", "Accept": "application/json"},
                           "client_secret": "Json_Cs_9012", "authcfg": "ab12cd3", "key": "gid"}}
    cleaned, result = scrub_json(document)
    text = json.dumps(cleaned)
    assert not any(value in text for value in ("Json_Pw_1234", "Json_Tok_5678", "Json_Cs_9012")), text
    source = cleaned["source"]
    assert source["authcfg"] == "ab12cd3" and source["key"] == "gid" and source["typename"] == "a"
    assert source["headers"]["Accept"] == "application/json"
    assert find_secrets(json.dumps(document).encode(), name="manifest.json")


def test_qgis_symbol_xml_is_not_mistaken_for_credentials() -> None:
    xml = '<layer pass="0" class="SimpleFill" enabled="1" locked="0"><Option name="author" value="Jan"/></layer>'
    assert scrub_xml(xml).text == xml and not find_secrets(xml.encode(), name="x.qgs")


def test_project_and_layer_variables_named_like_credentials_lose_their_value(qgis_app, tmp_path: Path) -> None:
    """`@api_key` as a project variable (used in a layer's URL expression) is as secret as ``?api_key=``."""
    from qgis.core import QgsExpressionContextUtils

    project = QgsProject()
    QgsExpressionContextUtils.setProjectVariable(project, "api_key", "ProjVarKey_1234")
    QgsExpressionContextUtils.setProjectVariable(project, "stad", "Gent")
    layer = QgsVectorLayer("Point?crs=EPSG:31370", "punten", "memory")
    project.addMapLayer(layer)
    QgsExpressionContextUtils.setLayerVariable(layer, "my_token", "LayerVarTok_5678")
    assert project.write(str(tmp_path / "plan.qgs"))
    text = (tmp_path / "plan.qgs").read_text(encoding="utf-8")
    project.clear()
    cleaned = scrub_xml(text)
    assert "ProjVarKey_1234" not in cleaned.text and "LayerVarTok_5678" not in cleaned.text
    assert "Gent" in cleaned.text and set(cleaned.removed_keys) == {"api_key", "my_token"}
    assert find_secrets(text.encode("utf-8"), name="plan.qgs") and not find_secrets(cleaned.text.encode("utf-8"),
                                                                                    name="plan.qgs")
