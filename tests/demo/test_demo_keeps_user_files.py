"""`demo --out FOLDER` never replaces a file it did not write (issue 15: no command loses the user's data)."""

import hashlib
import json
from pathlib import Path

import pytest

from slimstad_plugin.core.base.files import FileWriteError
from slimstad_plugin.core.demo.steps import LEDGER, refuse_foreign_files, run_demo_steps


def test_a_folder_holding_the_users_own_project_is_refused_unchanged(tmp_path: Path) -> None:
    (tmp_path / "voorbeeldstad.qgz").write_bytes(b"PK\x03\x04 my own project")
    (tmp_path / "notes.txt").write_text("mine")
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    with pytest.raises(FileWriteError, match="voorbeeldstad.qgz"):
        run_demo_steps(tmp_path)
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


def test_files_of_an_earlier_demo_are_replaced_but_not_once_the_user_changed_them(tmp_path: Path) -> None:
    (tmp_path / "voorbeeldstad.png").write_bytes(b"demo png")
    (tmp_path / "notes.txt").write_text("not a demo name: never looked at")
    ledger = {"voorbeeldstad.png": hashlib.sha256(b"demo png").hexdigest()}
    (tmp_path / LEDGER).write_text(json.dumps(ledger))
    refuse_foreign_files(tmp_path)  # exactly what the demo wrote: may be replaced
    (tmp_path / "voorbeeldstad.png").write_bytes(b"edited by the user")
    with pytest.raises(FileWriteError, match="voorbeeldstad.png"):
        refuse_foreign_files(tmp_path)


def test_a_file_instead_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file")
    with pytest.raises(FileWriteError):
        run_demo_steps(tmp_path / "out")
    assert (tmp_path / "out").read_text() == "a file"
