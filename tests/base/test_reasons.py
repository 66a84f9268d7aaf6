"""No English library text inside a translated message: zip, JSON, SQLite and OS errors get translated reasons."""

import errno
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from slimstad_plugin.core.base.boundary import user_message
from slimstad_plugin.core.base.i18n import language_scope
from slimstad_plugin.core.base.reasons import reason
from slimstad_plugin.core.catalogue.builder import BuildError, build_catalogue
from slimstad_plugin.core.sharing.unpack import UnpackError, unpack_package

LIBRARY_TEXTS = ("File is not a zip file", "No space left on device", "Permission denied", "file is not a database",
                 "Expecting value", "[Errno", "No such file or directory")


def _library_errors(tmp_path: Path) -> list:
    bad_zip = tmp_path / "pkg.zip"
    bad_zip.write_text("geen zip")
    not_db = tmp_path / "x.gpkg"
    not_db.write_text("geen database " * 100)
    errors = []
    try:
        zipfile.ZipFile(bad_zip)
    except zipfile.BadZipFile as error:
        errors.append(error)
    try:
        json.loads("{nope")
    except json.JSONDecodeError as error:
        errors.append(error)
    try:
        with sqlite3.connect(str(not_db)) as conn:
            conn.execute("SELECT * FROM gpkg_contents")
    except sqlite3.DatabaseError as error:
        errors.append(error)
    errors += [OSError(errno.ENOSPC, "No space left on device"), PermissionError(errno.EACCES, "Permission denied"),
               FileNotFoundError(errno.ENOENT, "No such file or directory", str(tmp_path / "weg"))]
    return errors


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_reasons_are_translated_and_carry_no_library_text(qgis_app, tmp_path: Path, language: str) -> None:
    with language_scope(language):
        texts = [reason(error) for error in _library_errors(tmp_path)]
    assert all(texts) and len(set(texts)) == len(texts), texts
    for text in texts:
        assert not any(english in text for english in LIBRARY_TEXTS), text
    if language == "fr":
        assert texts[0] == "ce n'est pas une archive zip, ou l'archive est endommagée ou incomplète"
        assert texts[1] == "JSON invalide à la ligne 1, colonne 2"
        assert texts[3] == "le disque est plein"
    if language == "nl":
        assert texts[3] == "de schijf is vol"


def test_unpack_of_a_file_that_is_not_a_zip_says_so_in_the_message_language(qgis_app, tmp_path: Path) -> None:
    package = tmp_path / "pkg.zip"
    package.write_text("dit is geen zip")
    with language_scope("fr"), pytest.raises(UnpackError) as raised:
        unpack_package(package, tmp_path / "doel")
    message = str(raised.value)
    assert str(package) in message and "n'est pas un fichier zip lisible" in message
    assert "File is not a zip file" not in message and "ce n'est pas une archive zip" in message
    assert not (tmp_path / "doel").exists()


def test_boundary_names_the_file_with_a_translated_os_reason(qgis_app) -> None:
    with language_scope("nl"):
        line = user_message(PermissionError(errno.EACCES, "Permission denied", "/data/stad.gpkg"))
    assert line == "/data/stad.gpkg: geen toestemming"


def test_catalogue_build_from_a_file_that_is_not_a_geopackage(qgis_app, tmp_path: Path) -> None:
    fake = tmp_path / "kapot.gpkg"
    fake.write_text("geen geopackage " * 100)
    with language_scope("nl"), pytest.raises(BuildError) as raised:
        build_catalogue(str(fake), "c", "", None, 5.0, "", tmp_path, "", "")
    assert "kapot.gpkg" in str(raised.value) and "file is not a database" not in str(raised.value)


def test_background_task_reports_an_os_error_with_a_translated_reason(qgis_app) -> None:
    """GUI tasks showed str(OSError): "[Errno 28] No space left on device: '…'" inside a Dutch message bar."""
    from slimstad_plugin.gui.task import BackgroundTask

    def fail(_task: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/data/kaart.pdf")

    def bug(_task: object) -> None:
        raise KeyError("internal detail")

    with language_scope("nl"):
        task = BackgroundTask("test", fail)
        assert task.run() is False
        lost = BackgroundTask("test", bug)
        assert lost.run() is False
    assert task.outcome.error == "/data/kaart.pdf: de schijf is vol"
    assert "internal detail" not in lost.outcome.error and "KeyError" in lost.outcome.error


def test_invalid_xml_answer_names_the_place_in_words(qgis_app) -> None:
    from slimstad_plugin.core.base.answers import read_xml
    from slimstad_plugin.core.base.network_errors import BadPayloadError

    with language_scope("fr"), pytest.raises(BadPayloadError) as raised:
        read_xml(b"<?xml version='1.0'?>\n<a><b></a>", "https://stad.be/wfs", "la réponse", ())
    message = str(raised.value)
    assert "mal formé à la ligne 2" in message and "mismatched tag" not in message
