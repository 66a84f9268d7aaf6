"""Fuzz: malformed catalogues, challenges, manifests, packages and layers, as a careless or hostile user makes them.

Every input is generated here from a seed (nothing large is committed) and goes through the command line (in this
process; a sample also as a real ``python -m slimstad_plugin`` subprocess) and, for the JSON formats, through the
core readers. For each input: no traceback; the exit status is one the CLI documents (0 done, 1 done but problems
found, 2 input refused with an ``error:`` line — never 3, an internal error); inputs the readers must refuse give
exactly 2; the input files are unchanged (sha256).

Counts per category: see ``CASES`` (``test_fuzz_counts`` prints them).
"""

import json
import os
import random
import shutil
import subprocess
import sys
import warnings
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Tuple

import pytest
from bad_input_support import error_lines, make_city, run_cli, text_in_numbers, tree_hashes
from paths import REPO

from slimstad_plugin import RESOURCES_DIR
from slimstad_plugin.core.base.errors import SlimStadError

SEED = int(os.environ.get("SLIMSTAD_FUZZ_SEED", "16"))  # another seed explores further; 16 is the suite
MUST_FAIL = "must_fail"   # the readers must refuse it: exit 2 with an error line naming the file
MAY_FAIL = "may_fail"     # may still be usable: exit 0, 1 or 2, never a traceback or 3
VALID = "valid"           # a different but valid spelling (BOM): must work like the original



@dataclass(frozen=True)
class Case:
    category: str
    mutation: str
    number: int

    @property
    def seed(self) -> int:
        """The same in every run and process (``hash()`` of text is not)."""
        return zlib.crc32("{}:{}".format(SEED, self).encode("ascii"))

    def __str__(self) -> str:
        return "{}-{}-{}".format(self.category, self.mutation, self.number)


# --- JSON mutations --------------------------------------------------------------------------------------------

def _paths(value: Any, prefix: Tuple[Any, ...] = ()) -> List[Tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, prefix + (key,)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, prefix + (index,)))
    return found


def _set(doc: Any, path: Tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        doc = doc[part]
    doc[path[-1]] = value


def _delete(doc: Any, path: Tuple[Any, ...]) -> None:
    for part in path[:-1]:
        doc = doc[part]
    del doc[path[-1]]


WRONG_VALUES = [None, True, False, -1, 0, 1e308, -1e308, "", "n.v.t.", "x" * 5000, [], {}, [[[]]], {"a": {}},
                "../../etc/passwd", "C:\\Windows", "http://127.0.0.1:9/", 2 ** 62, -0.0, "NaN", "1e999"]


def _text_mutation(name: str, base: str, rng: random.Random) -> Tuple[bytes, str]:
    """(bytes, expectation) for a mutation of the JSON text ``base``."""
    doc = json.loads(base)
    if name == "truncate":
        return base.encode("utf-8")[:rng.randint(1, base.rindex("}") - 1)], MUST_FAIL
    if name == "garbage":
        position = rng.randint(0, len(base))
        junk = "".join(rng.choice('{}[]:,"\\\u0000\u00e9 x') for _ in range(rng.randint(1, 6)))
        return (base[:position] + junk + base[position:]).encode("utf-8"), MAY_FAIL
    if name == "deep":
        depth = rng.choice([65, 300, 999, 5000, 100_000])
        opening = rng.choice(["[", '{"a": '])
        closing = "]" if opening == "[" else "}"
        return json.dumps(dict(doc, diep="@@")).replace('"@@"', opening * depth + "1" + closing * depth).encode(
            "utf-8"), MUST_FAIL
    if name == "bignum":
        digits = rng.choice([19, 40, 4301, 5000, 20000])
        return json.dumps(dict(doc, n="@@")).replace('"@@"', rng.choice(["", "-"]) + "9" * digits).encode(
            "utf-8"), MUST_FAIL
    if name == "nan":
        literal = rng.choice(["NaN", "Infinity", "-Infinity", "1e999", "-1e400"])
        path = rng.choice(_paths(doc))
        _set(doc, path, "@@")
        return json.dumps(doc).replace('"@@"', literal).encode("utf-8"), MUST_FAIL
    if name in ("utf16", "utf16be", "utf32", "latin1", "cp1252"):
        doc["opmerking"] = "crèche à Gent" if name == "latin1" else "“opvang” – €"
        text = json.dumps(doc, ensure_ascii=False)
        codec = {"utf16": "utf-16", "utf16be": "utf-16-be", "utf32": "utf-32", "latin1": "latin-1",
                 "cp1252": "cp1252"}[name]
        return text.encode(codec), MUST_FAIL
    if name == "empty":
        return rng.choice([b"", b"   \n", b"\xef\xbb\xbf", b"\r\n\t"]), MUST_FAIL
    if name == "binary":
        return rng.choice([b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(64)),
                           b"SQLite format 3\x00" + bytes(64), bytes(rng.randrange(256) for _ in range(256))]), \
            MUST_FAIL
    if name == "bom":
        return b"\xef\xbb\xbf" + base.encode("utf-8"), VALID
    if name == "wrong_type":
        for _ in range(rng.randint(1, 3)):
            _set(doc, rng.choice(_paths(doc)), rng.choice(WRONG_VALUES))
        return json.dumps(doc).encode("utf-8"), MAY_FAIL
    if name == "drop_key":
        candidates = [path for path in _paths(doc) if isinstance(path[-1], str)]
        for path in rng.sample(candidates, min(len(candidates), rng.randint(1, 3))):
            try:
                _delete(doc, path)
            except (KeyError, IndexError, TypeError):
                pass
        return json.dumps(doc).encode("utf-8"), MAY_FAIL
    if name == "duplicate_key":  # the same key twice in one object: which one is meant?
        text = json.dumps(doc)
        first = text.index('"', 1)
        key = text[1:text.index('"', first + 1) + 1] if text.startswith('{"') else '"id"'
        return ("{" + key + ": 1, " + text[1:]).encode("utf-8"), MUST_FAIL
    if name == "surrogate":  # half of a UTF-16 pair: no character, cannot be written back as UTF-8
        path = rng.choice([path for path in _paths(doc) if path] or [("x",)])
        _set(doc, path, "@@")
        return json.dumps(doc).replace('"@@"', rng.choice(['"\\ud800"', '"a\\udfffb"', '"\\udbff\\u0041"'])
                                       ).encode("utf-8"), MUST_FAIL
    if name == "not_object":
        return json.dumps(rng.choice([[doc], "tekst", 42, None, True, [[1, 2], {"a": 3}]])).encode("utf-8"), MUST_FAIL
    raise ValueError(name)


JSON_MUTATIONS = {"truncate": 4, "garbage": 4, "deep": 4, "bignum": 3, "nan": 4, "utf16": 1, "utf16be": 1,
                  "utf32": 1, "latin1": 2, "cp1252": 1, "empty": 2, "binary": 2, "bom": 1, "wrong_type": 8,
                  "drop_key": 4, "not_object": 2, "duplicate_key": 1, "surrogate": 2}
PACKAGE_MUTATIONS = {"zip_truncate": 3, "zip_flip": 3, "zip_not_zip": 2, "zip_empty": 1, "no_manifest": 1,
                     "extra_member": 2, "changed_member": 2, "escape_member": 2, "duplicate_member": 1}
LAYER_MUTATIONS = {"gpkg_zero": 1, "gpkg_random": 2, "gpkg_truncated": 2, "gpkg_text_in_numbers": 3,
                   "gpkg_wrong_crs": 2, "csv_random": 6, "csv_encoding": 3}
CASES = ([Case(category, mutation, number) for category in ("catalogue", "challenge", "manifest")
          for mutation, count in JSON_MUTATIONS.items() for number in range(count)]
         + [Case("package", mutation, number) for mutation, count in PACKAGE_MUTATIONS.items()
            for number in range(count)]
         + [Case("layer", mutation, number) for mutation, count in LAYER_MUTATIONS.items() for number in range(count)])
# A sample also runs as a real subprocess (a fresh Python: no state of this test session helps it).
SUBPROCESS = {"catalogue-deep-0", "catalogue-latin1-0", "challenge-bignum-0", "manifest-wrong_type-1",
              "package-zip_flip-0", "layer-gpkg_zero-0"}


def test_fuzz_counts() -> None:
    counts = Counter(case.category for case in CASES)
    print("fuzz inputs per category:", dict(counts), "total", len(CASES))
    assert len(CASES) >= 150 and min(counts.values()) >= 15


# --- the bases ---------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def bases(qgis_app, sample_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Dict[str, Any]:
    """A city project, a catalogue of it, the kinderopvang challenge and a package with its manifest."""
    root = tmp_path_factory.mktemp("fuzzbasis")
    project = make_city(root / "stad", sample_gpkg)
    catalogue = {"format": "slimstad-catalogue", "version": 1, "id": "fuzz", "title": {"nl": "Fuzz"},
                 "data_dir": str(root / "stad"),
                 "entries": [{"id": "fuzz.sectoren", "title": {"nl": "Sectoren"}, "sector": "bevolking",
                              "owner": "Stad", "licence": {"type": "open"}, "update_rhythm": "P1Y",
                              "source": {"type": "gpkg", "path": "voorbeeldstad.gpkg",
                                         "layer": "statistische_sectoren"},
                              "fields": {"area_id": "cd_sector", "residents_total": "inw_totaal"},
                              "extent": [150000, 170000, 165000, 185000], "extent_crs": "EPSG:31370"},
                             {"id": "fuzz.opvang", "title": {"nl": "Opvang"}, "sector": "kinderopvang",
                              "owner": "Stad", "licence": {"type": "internal"},
                              "source": {"type": "gpkg", "path": "voorbeeldstad.gpkg", "layer": "kinderopvang"},
                              "fields": {"capacity": "plaatsen"}}]}
    package = root / "pakket.zip"
    code, output = run_cli(["pack", project, "--out", package])
    assert code == 0, output
    with zipfile.ZipFile(package) as archive:
        manifest = archive.read("manifest.json").decode("utf-8")
    return {"root": root, "project": project, "catalogue": json.dumps(catalogue, indent=1),
            "challenge": (RESOURCES_DIR / "challenges" / "kinderopvang.slimstad.json").read_text(encoding="utf-8"),
            "package": package, "manifest": manifest}


def _rewrite_zip(source: Path, target: Path, change: Callable[[List[Tuple[zipfile.ZipInfo, bytes]]], list]) -> None:
    with zipfile.ZipFile(source) as archive:
        members = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # a duplicate member is one of the planted faults
        for info, data in change(members):
            archive.writestr(info, data)


def _package_input(case: Case, bases: Dict[str, Any], folder: Path, rng: random.Random) -> Tuple[Path, str]:
    target = folder / "pakket.zip"
    data = bases["package"].read_bytes()
    name = case.mutation
    if name == "zip_truncate":
        target.write_bytes(data[:rng.randint(10, len(data) - 10)])
    elif name == "zip_flip":
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            position = rng.randrange(len(flipped))
            flipped[position] ^= 1 << rng.randrange(8)
        target.write_bytes(bytes(flipped))
        return target, MAY_FAIL
    elif name == "zip_not_zip":
        target.write_bytes(rng.choice([b"", b"not a zip at all", bytes(rng.randrange(256) for _ in range(500))]))
    elif name == "zip_empty":
        with zipfile.ZipFile(target, "w"):
            pass
    elif name == "no_manifest":
        _rewrite_zip(bases["package"], target, lambda ms: [(i, d) for i, d in ms if i.filename != "manifest.json"])
    elif name == "extra_member":
        extra = zipfile.ZipInfo(rng.choice(["data/extra.gpkg", "stiekem.qgs", "challenges/x.slimstad.json"]))
        _rewrite_zip(bases["package"], target, lambda ms: ms + [(extra, b"extra")])
    elif name == "changed_member":
        _rewrite_zip(bases["package"], target, lambda ms: [
            (i, d[:-7] + b"changed" if i.filename.endswith(".qgs") else d) for i, d in ms])
    elif name == "escape_member":
        evil = zipfile.ZipInfo(rng.choice(["../ontsnapt.txt", "/tmp/absoluut.txt", "data/../../weg.txt"]))
        _rewrite_zip(bases["package"], target, lambda ms: ms + [(evil, b"evil")])
    elif name == "duplicate_member":
        _rewrite_zip(bases["package"], target, lambda ms: ms + [ms[-1]])
    else:
        raise ValueError(name)
    return target, MUST_FAIL


def _layer_input(case: Case, bases: Dict[str, Any], folder: Path, rng: random.Random) -> Tuple[Path, str]:
    """A project folder (layer cases on the GeoPackage) or a catalogue of a CSV table."""
    name = case.mutation
    if name.startswith("csv_"):
        data_dir = folder / "data"
        data_dir.mkdir()
        if name == "csv_random":
            delimiter = rng.choice([",", ";", "\t", "|"])
            header = delimiter.join(rng.choice(["CD_SECTOR", "TOTAL", "naam", "", '"q"', "TOTAL"])
                                    for _ in range(rng.randint(1, 5)))
            rows = [delimiter.join(rng.choice(["12", "0012", "1,5", "n.v.t.", "", '"a;b"', "-3", "1e999", "x\"y"])
                                   for _ in range(rng.randint(0, 7))) for _ in range(rng.randint(0, 8))]
            body = "\r\n".join([header] + rows).encode("utf-8")
        else:
            text = "CD_SECTOR;TOTAL\r\n44021A00-;2310\r\n44021A01-;crèche\r\n"
            body = rng.choice([text.encode("utf-16"), text.encode("cp1252"), b"\x00\x01\x02" * 30])
        (data_dir / "tabel.csv").write_bytes(body)
        catalogue = {"format": "slimstad-catalogue", "version": 1, "id": "t", "title": {"nl": "T"},
                     "data_dir": "data", "entries": [{
                         "id": "t.tabel", "title": {"nl": "Tabel"}, "sector": "bevolking", "owner": "Statbel",
                         "licence": {"type": "open"}, "source": {"type": "file", "path": "tabel.csv"},
                         "fields": {"area_id": "CD_SECTOR", "residents_total": "TOTAL"}}]}
        (folder / "catalogue.json").write_text(json.dumps(catalogue), encoding="utf-8")
        return folder, MAY_FAIL
    shutil.copyfile(bases["project"], folder / "voorbeeldstad.qgz")
    gpkg = folder / "voorbeeldstad.gpkg"
    original = (bases["project"].parent / "voorbeeldstad.gpkg").read_bytes()
    if name == "gpkg_zero":
        gpkg.write_bytes(b"")
    elif name == "gpkg_random":
        gpkg.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randint(1, 5000))))
    elif name == "gpkg_truncated":
        gpkg.write_bytes(original[:rng.choice([100, 1024, 4096, len(original) // 2])])
    elif name == "gpkg_text_in_numbers":
        gpkg.write_bytes(original)
        text_in_numbers(gpkg, "statistische_sectoren", "inw_0_2", rng.randint(1, 40),
                         rng.choice(["n.v.t.", "onbekend", "12 kinderen", "-"]))
    elif name == "gpkg_wrong_crs":  # the user set the wrong CRS on a layer (Lambert metres declared as degrees)
        gpkg.write_bytes(original)
        from qgis.core import QgsCoordinateReferenceSystem, QgsProject

        project = QgsProject()
        assert project.read(str(folder / "voorbeeldstad.qgz"))
        wanted = rng.choice(["Statistische sectoren", "Kinderopvang"])
        layer = next(layer for layer in project.mapLayers().values() if layer.name() == wanted)
        layer.setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
        assert project.write()
        project.clear()
    else:
        raise ValueError(name)
    return folder, MUST_FAIL if name != "gpkg_truncated" else MAY_FAIL


# --- running one case -----------------------------------------------------------------------------------------

def _command(case: Case, bases: Dict[str, Any], path: Path, out: Path) -> List[Any]:
    if case.category == "catalogue" or (case.category == "layer" and case.mutation.startswith("csv_")):
        target = path if case.category == "catalogue" else path / "catalogue.json"
        return ["catalog", "check", target, "--timeout", "2"] + (["--no-quality"] if case.number % 2 else [])
    if case.category == "challenge":
        return ["run", path, "--project", bases["project"], "--out", out / "r.gpkg"]
    if case.category in ("manifest", "package"):
        return ["unpack", path, "--to", out / "uitgepakt"]
    if case.number % 2:
        return ["pack", path / "voorbeeldstad.qgz", "--out", out / "o.zip"]
    return ["run", "kinderopvang", "--project", path / "voorbeeldstad.qgz", "--out", out / "r.gpkg"]


def _make_input(case: Case, bases: Dict[str, Any], folder: Path) -> Tuple[Path, str]:
    rng = random.Random(case.seed)
    if case.category == "package":
        return _package_input(case, bases, folder, rng)
    if case.category == "layer":
        return _layer_input(case, bases, folder, rng)
    data, expectation = _text_mutation(case.mutation, bases[case.category], rng)
    if case.category == "manifest":
        path = folder / "pakket.zip"
        _rewrite_zip(bases["package"], path, lambda ms: [(i, data if i.filename == "manifest.json" else d)
                                                         for i, d in ms])
        return path, expectation
    path = folder / ("fuzz.slimstad.json" if case.category == "challenge" else "fuzz.json")
    path.write_bytes(data)
    return path, expectation


def _core_read(case: Case, path: Path) -> Optional[BaseException]:
    """The JSON formats straight through the core readers: success or a SlimStadError, nothing else."""
    from slimstad_plugin.core.catalogue.loader import load_catalogue
    from slimstad_plugin.core.challenge.model import load_file
    from slimstad_plugin.core.sharing.manifest import Manifest

    try:
        if case.category == "catalogue":
            load_catalogue(path, strict=False)
        elif case.category == "challenge":
            load_file(path)
        elif case.category == "manifest":
            from slimstad_plugin.core.base.readers import MANIFEST, parse_json

            with zipfile.ZipFile(path) as archive:
                Manifest.from_dict(parse_json(archive.read("manifest.json"), "manifest.json", MANIFEST))
    except SlimStadError as error:
        return error
    return None


def _subprocess(args: List[Any]) -> Tuple[int, str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "slimstad_plugin"] + [str(arg) for arg in args], cwd=str(REPO),
                            capture_output=True, text=True, timeout=120, env=environment)
    return result.returncode, result.stdout + result.stderr


@pytest.mark.parametrize("case", CASES, ids=str)
def test_fuzz(case: Case, bases: Dict[str, Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIMSTAD_LOG_DIR", str(tmp_path / "log"))
    inputs = tmp_path / "in"
    inputs.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    path, expectation = _make_input(case, bases, inputs)
    protected = tree_hashes(inputs) | tree_hashes(bases["project"].parent) | tree_hashes(bases["package"])
    if case.category in ("catalogue", "challenge", "manifest"):
        refusal = _core_read(case, path)
        if expectation == MUST_FAIL:
            assert refusal is not None, "the core reader accepted {}".format(case)
        elif expectation == VALID:
            assert refusal is None, refusal
    args = _command(case, bases, path, out)
    if args[0] == "pack" and case.mutation in ("gpkg_text_in_numbers", "gpkg_wrong_crs"):
        expectation = MAY_FAIL  # packing copies such data as it is; the analysis is what refuses it
    code, output = (_subprocess if str(case) in SUBPROCESS else run_cli)(args)
    assert "Traceback" not in output, output
    assert code in (0, 1, 2), "exit {} (3 = internal error) for {}:\n{}".format(code, case, output)
    if expectation == MUST_FAIL:
        assert code == 2, "{} was not refused (exit {}):\n{}".format(case, code, output)
    if code == 2:
        lines = error_lines(output)
        assert lines and all("Unexpected error" not in line for line in lines), output
    if expectation == VALID:
        assert code in (0, 1), output
    if case.category in ("manifest", "package") and code == 2:
        assert not (out / "uitgepakt").exists(), "unpack left a half-written folder"
    if args[0] == "pack" and code == 2:
        assert not (out / "o.zip").exists()
    after = tree_hashes(inputs) | tree_hashes(bases["project"].parent) | tree_hashes(bases["package"])
    assert after == protected, "an input file was changed"
