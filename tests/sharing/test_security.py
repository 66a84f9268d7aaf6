"""Hostile and broken packages are refused before anything is written; packages never carry credentials."""

import shutil
import stat
import zipfile
from pathlib import Path
from typing import Dict, List

import pytest
from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorLayer

from slimstad_plugin.core.base.secrets import find_secrets, scrub_uri
from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.sharing.pack import PackOptions, pack_project
from slimstad_plugin.core.sharing.unpack import TamperedPackageError, UnpackError, open_project, unpack_package
from slimstad_plugin.core.sharing.zip_safety import ZipLimits


def all_files(folder: Path) -> List[Path]:
    return sorted(p for p in folder.rglob("*"))


@pytest.fixture(scope="module")
def good_package(sample_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real package of the sample-city project."""
    folder = tmp_path_factory.mktemp("good")
    shutil.copyfile(sample_gpkg, folder / "stad.gpkg")
    project, _ = build_sample_project(folder / "stad.gpkg", folder / "stad.qgz")
    project.clear()
    return pack_project(folder / "stad.qgz", folder / "pakket.zip").output


def rewrite(source: Path, target: Path, change: Dict[str, bytes] = None, rename=None, extra: Dict[str, bytes] = None,
            windows: bool = False) -> Path:
    """Copy a zip member by member, optionally changing contents, names or adding members."""
    change, extra = change or {}, extra or {}
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            name = rename(info.filename) if rename else info.filename
            new_info = zipfile.ZipInfo(name, info.date_time)
            new_info.compress_type = zipfile.ZIP_DEFLATED
            if windows:
                new_info.create_system = 0
                new_info.external_attr = 0x20
            new.writestr(new_info, change.get(info.filename, old.read(info)))
        for name, data in extra.items():
            new.writestr(name, data)
    return target


def assert_refused(package: Path, tmp_path: Path, match: str, limits: ZipLimits = None) -> None:
    before = all_files(tmp_path)
    with pytest.raises(UnpackError, match=match):
        unpack_package(package, tmp_path / "doel", limits=limits)
    assert all_files(tmp_path) == before, "something was written"


def single_member_zip(path: Path, name: str, data: bytes = b"x", mode: int = 0) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        if mode:
            info.external_attr = mode << 16
        archive.writestr("manifest.json", b"{}")
        archive.writestr(info, data)
    return path


@pytest.mark.parametrize("name", ["../evil.txt", "data/../../evil.txt", "..\\evil.txt", "/tmp/evil.txt",
                                  "C:\\Windows\\evil.txt", "c:evil.txt", "\\\\server\\share\\evil.txt"])
def test_zip_slip_and_absolute_paths_refused(tmp_path: Path, name: str) -> None:
    package = single_member_zip(tmp_path / "slip.zip", name)
    assert_refused(package, tmp_path, "outside its folder|absolute path|invalid file name")
    assert not (tmp_path.parent / "evil.txt").exists()


def test_symlink_member_refused(tmp_path: Path) -> None:
    package = single_member_zip(tmp_path / "link.zip", "data/passwd", b"/etc/passwd", stat.S_IFLNK | 0o777)
    assert_refused(package, tmp_path, "link or special file")


def test_zip_bomb_refused_by_ratio_and_by_total_size(tmp_path: Path) -> None:
    bomb = single_member_zip(tmp_path / "bomb.zip", "data/zeros.bin", bytes(24 * 1024 * 1024))
    assert bomb.stat().st_size < 100_000
    assert_refused(bomb, tmp_path, "highly compressed")
    big = single_member_zip(tmp_path / "big.zip", "data/random.bin", bytes(range(256)) * 64)
    assert_refused(big, tmp_path, "more than the allowed size", ZipLimits(max_total_bytes=10_000))
    assert_refused(big, tmp_path, "too many files", ZipLimits(max_members=1))
    assert_refused(big, tmp_path, "too large", ZipLimits(max_member_bytes=1000))


def test_member_larger_than_its_header_claims_is_cut_off(tmp_path: Path) -> None:
    package = single_member_zip(tmp_path / "liar.zip", "data/a.bin", b"a" * 5000)
    raw = bytearray(package.read_bytes())
    # Lower the uncompressed size in the central directory entry of data/a.bin to 10 bytes.
    central = raw.rfind(b"PK\x01\x02")
    raw[central + 24:central + 28] = (10).to_bytes(4, "little")
    package.write_bytes(bytes(raw))
    assert_refused(package, tmp_path, "not a readable zip file")


def test_duplicate_and_case_clashing_names_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "dup.zip", "w") as archive:
        archive.writestr("data/A.gpkg", b"1")
        archive.writestr("data/a.gpkg", b"2")
    assert_refused(tmp_path / "dup.zip", tmp_path, "twice")


def test_tampered_file_reported_and_not_opened(good_package: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(good_package) as archive:
        project_name = next(n for n in archive.namelist() if n.endswith(".qgs"))
        text = archive.read(project_name).replace(b"Kinderopvang", b"Kinderopvang!")
    tampered = rewrite(good_package, tmp_path / "t.zip", change={project_name: text})
    with pytest.raises(TamperedPackageError, match="changed: stad.qgs") as caught:
        unpack_package(tampered, tmp_path / "doel")
    assert caught.value.verification.changed == ["stad.qgs"]
    assert not (tmp_path / "doel").exists()
    # Explicitly allowed: unpacked, but the mismatch is still reported.
    result = unpack_package(tampered, tmp_path / "toch", allow_tampered=True)
    assert not result.verification.ok and result.verification.changed == ["stad.qgs"]


def test_unlisted_and_missing_files_and_missing_manifest(good_package: Path, tmp_path: Path) -> None:
    extra = rewrite(good_package, tmp_path / "extra.zip", extra={"data/extra.py": b"print('hi')"})
    with pytest.raises(TamperedPackageError, match="not in the manifest: data/extra.py"):
        unpack_package(extra, tmp_path / "a")
    dropped = tmp_path / "dropped.zip"
    with zipfile.ZipFile(good_package) as old, zipfile.ZipFile(dropped, "w") as new:
        for info in old.infolist():
            if not info.filename.endswith(".gpkg"):
                new.writestr(info, old.read(info))
    with pytest.raises(TamperedPackageError, match="missing: data/stad.gpkg"):
        unpack_package(dropped, tmp_path / "b")
    no_manifest = tmp_path / "nomanifest.zip"
    with zipfile.ZipFile(good_package) as old, zipfile.ZipFile(no_manifest, "w") as new:
        for info in old.infolist():
            if info.filename != "manifest.json":
                new.writestr(info, old.read(info))
    with pytest.raises(UnpackError, match="no manifest"):
        unpack_package(no_manifest, tmp_path / "c")
    assert not any((tmp_path / name).exists() for name in "abc")


def test_package_made_on_windows_opens(good_package: Path, tmp_path: Path) -> None:
    windows = rewrite(good_package, tmp_path / "win.zip", rename=lambda name: name.replace("/", "\\"), windows=True)
    with zipfile.ZipFile(windows) as archive:
        assert "data\\stad.gpkg" in archive.namelist()
    result = unpack_package(windows, tmp_path / "doel")
    assert result.verification.ok
    project, broken = open_project(result.project_path)
    assert broken == [] and len(project.mapLayers()) == 9
    project.clear()


def test_scrub_uri_forms() -> None:
    cases = {
        "dbname='gis' host=db.stad.be port=5432 user='bob' password='s3 cr=t' sslmode=disable key='id' "
        "table=\"public\".\"wijken\" (geom)": ("s3 cr=t", "bob"),
        "crs=EPSG:31370&authcfg=ab12cd3&format=image/png&url=https://geo.stad.be/wms?token%3Dabc123%26x%3D1":
            ("abc123",),
        "url=https://x.be/wfs?apikey=KEY12345&typename=a": ("KEY12345",),
    }
    for uri, secrets in cases.items():
        clean = scrub_uri(uri)
        assert not find_secrets(clean.text.encode()), clean.text
        assert all(secret not in clean.text for secret in secrets)
        assert find_secrets(uri.encode())
    assert "key='id'" in scrub_uri(list(cases)[0]).text, "the primary key is not a secret"
    assert "authcfg=ab12cd3" in scrub_uri(list(cases)[1]).text, "an authcfg id is a reference, not a secret"


@pytest.mark.postgis
def test_package_holds_no_credentials(postgis, sample_gpkg: Path, tmp_path: Path) -> None:
    from fixtures_postgis import create_basic_authcfg

    postgis.load_gpkg(sample_gpkg, ["wijken", "kinderopvang"], schema="sharing_secrets")
    postgis.create_role("planner_gent", "Gent-Geheim-2024")
    postgis.psql("GRANT USAGE ON SCHEMA sharing_secrets TO planner_gent; "
                 "GRANT SELECT ON ALL TABLES IN SCHEMA sharing_secrets TO planner_gent")
    authcfg = create_basic_authcfg("sharing test", "planner_gent", "Gent-Geheim-2024")
    project = QgsProject()
    with_password = QgsDataSourceUri(postgis.conninfo("planner_gent", "Gent-Geheim-2024"))
    with_password.setDataSource("sharing_secrets", "wijken", "geom", "", "fid")
    with_auth = QgsDataSourceUri("host={} port={} dbname={}".format(postgis.host, postgis.port, postgis.dbname))
    with_auth.setAuthConfigId(authcfg)
    with_auth.setDataSource("sharing_secrets", "kinderopvang", "geom", "", "fid")
    layers = [QgsVectorLayer(with_password.uri(False), "Wijken (PostGIS)", "postgres"),
              QgsVectorLayer(with_auth.uri(False), "Kinderopvang (authcfg)", "postgres")]
    assert all(layer.isValid() for layer in layers)
    for layer in layers:
        project.addMapLayer(layer)
    project.setFileName(str(tmp_path / "geheim.qgs"))
    assert project.write()
    project.clear()
    original = (tmp_path / "geheim.qgs").read_text()
    assert "Gent-Geheim-2024" in original and authcfg in original, "the test project must really hold secrets"
    needles = [b"Gent-Geheim-2024", b"planner_gent"]
    for options, name in ((PackOptions(), "snap"), (PackOptions(snapshot_remote=False), "links")):
        result = pack_project(tmp_path / "geheim.qgs", tmp_path / "{}.zip".format(name), options)
        unpacked = unpack_package(result.output, tmp_path / name)
        for path in (p for p in unpacked.folder.rglob("*") if p.is_file()):
            data = path.read_bytes()
            assert not any(needle in data for needle in needles), path
            assert not find_secrets(data), path
        with zipfile.ZipFile(result.output) as archive:
            for info in archive.infolist():
                assert not any(needle in archive.read(info) for needle in needles)
    notes = result.manifest.receiver_must_configure
    assert len(notes) == 2 and all(postgis.host in note for note in notes)
    assert any(authcfg in note for note in notes), "the receiver learns which authentication id to create"
    with zipfile.ZipFile(result.output) as archive:
        assert authcfg.encode() in archive.read("geheim.qgs"), "authcfg ids are references and stay"
    snap = unpack_package(tmp_path / "snap.zip", tmp_path / "snap2")
    opened, broken = open_project(snap.project_path)
    assert broken == [] and {layer.providerType() for layer in opened.mapLayers().values()} == {"ogr"}
    wijken = next(layer for layer in opened.mapLayers().values() if layer.name() == "Wijken (PostGIS)")
    assert wijken.featureCount() == QgsVectorLayer("{}|layername=wijken".format(sample_gpkg), "w", "ogr").featureCount()
    opened.clear()


@pytest.mark.network
def test_web_service_keys_are_removed_and_wfs_snapshotted(mapserver, sample_gpkg: Path, tmp_path: Path) -> None:
    from qgis.core import QgsRasterLayer

    key = "SleutelGent0123456789"
    wfs = QgsDataSourceUri()
    wfs.setParam("url", "{}?apikey={}".format(mapserver.ows_url, key))
    wfs.setParam("typename", "kinderopvang")
    wfs.setParam("version", "2.0.0")
    wms = QgsDataSourceUri()
    for name, value in (("url", "{}?token={}".format(mapserver.ows_url, key)), ("layers", "wijken"),
                        ("styles", ""), ("format", "image/png"), ("crs", "EPSG:31370")):
        wms.setParam(name, value)
    project = QgsProject()
    layers = [QgsVectorLayer(wfs.uri(False), "Kinderopvang (WFS)", "WFS"),
              QgsRasterLayer(bytes(wms.encodedUri()).decode(), "Wijken (WMS)", "wms")]
    assert all(layer.isValid() for layer in layers)
    for layer in layers:
        project.addMapLayer(layer)
    project.setFileName(str(tmp_path / "diensten.qgs"))
    assert project.write()
    project.clear()
    assert key in (tmp_path / "diensten.qgs").read_text()
    result = pack_project(tmp_path / "diensten.qgs", tmp_path / "diensten.zip")
    modes = {layer.name: layer.mode for layer in result.manifest.layers}
    assert modes == {"Kinderopvang (WFS)": "snapshot", "Wijken (WMS)": "remote"}
    assert any("127.0.0.1" in note for note in result.manifest.receiver_must_configure)
    unpacked = unpack_package(result.output, tmp_path / "uit")
    for path in (p for p in unpacked.folder.rglob("*") if p.is_file()):
        assert key.encode() not in path.read_bytes() and not find_secrets(path.read_bytes()), path
    opened, broken = open_project(unpacked.project_path)
    assert broken == [], "this server needs no key, so the scrubbed link still works"
    snapshot = next(layer for layer in opened.mapLayers().values() if layer.name() == "Kinderopvang (WFS)")
    expected = QgsVectorLayer("{}|layername=kinderopvang".format(sample_gpkg), "k", "ogr").featureCount()
    assert snapshot.providerType() == "ogr" and snapshot.featureCount() == expected
    opened.clear()
