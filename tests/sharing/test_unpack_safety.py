"""Kind 2: unpack is all-or-nothing, and zip bombs are judged on the whole archive before a byte is written.

R04: a manifest naming a challenge at ../../../etc/passwd gave a traceback after files were moved into --to.
R08: 300 members of 1 MB of zeros (0.5 MB zip, 300 MB unpacked) passed the per-member checks.
Kind 4 is checked here too: nothing in a package names the sender's folders.
"""

import json
import shutil
import zipfile
from pathlib import Path
from typing import List

import pytest
from qgis.core import QgsVectorLayer

from slimstad_plugin.cli import main
from slimstad_plugin.core.base.errors import Canceled
from slimstad_plugin.core.challenge.output import read_provenance
from slimstad_plugin.core.challenge.run import run_challenge
from slimstad_plugin.core.challenge.templates import load_template
from slimstad_plugin.core.demo.sample_project import build_sample_project
from slimstad_plugin.core.sharing.pack import pack_project
from slimstad_plugin.core.sharing.unpack import UnpackError, unpack_package
from slimstad_plugin.core.sharing.zip_safety import ZipLimits


@pytest.fixture(scope="module")
def package(sample_gpkg: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("afzender") / "jan" / "projecten" / "stad"
    folder.mkdir(parents=True)
    shutil.copyfile(sample_gpkg, folder / "stad.gpkg")
    project, _ = build_sample_project(folder / "stad.gpkg", folder / "stad.qgz")
    # Challenge results with provenance (absolute source paths of the sender) become part of the project.
    result = run_challenge(load_template("kinderopvang"), project)
    assert str(folder) in json.dumps(read_provenance(result.output)), "the provenance really names the folder"
    project.addMapLayer(QgsVectorLayer("{}|layername={}".format(result.output, result.layers[0]), "uitkomst", "ogr"))
    assert project.write()
    project.clear()
    return pack_project(folder / "stad.qgz", folder.parent / "pakket.zip").output


def everything(folder: Path) -> List[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def rewrite_manifest(source: Path, target: Path, change: dict, extra: dict = None) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest.update(change)
                data = json.dumps(manifest).encode()
            new.writestr(info.filename, data)
        for name, data in (extra or {}).items():
            new.writestr(name, data)
    return target


@pytest.mark.parametrize("change", [{"challenges": ["../../../etc/passwd"]}, {"project": "../buiten.qgs"},
                                    {"challenges": ["/etc/passwd"]}, {"project": "ontbreekt.qgs"}])
def test_bad_manifest_paths_refused_before_anything_moves(package: Path, tmp_path: Path, change: dict) -> None:
    bad = rewrite_manifest(package, tmp_path / "bad.zip", change)
    before = everything(tmp_path)
    with pytest.raises(UnpackError):
        unpack_package(bad, tmp_path / "doel")
    assert everything(tmp_path) == before, "no target, no staging folder"
    (tmp_path / "leeg").mkdir()
    with pytest.raises(UnpackError):
        unpack_package(bad, tmp_path / "leeg")
    assert list((tmp_path / "leeg").iterdir()) == [], "an empty target stays empty"


def test_r04_cli_line_and_exit_status(package: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    bad = rewrite_manifest(package, tmp_path / "challenge_outside.zip", {"challenges": ["../../../etc/passwd"]})
    assert main(["unpack", str(bad), "--to", str(tmp_path / "to")]) == 2
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("error: ")]
    assert lines and "The package contains a path outside its folder: ../../../etc/passwd" in lines[-1]
    assert "Traceback" not in err and not (tmp_path / "to").exists()


def bomb(path: Path, package: Path, members: int, size: int) -> Path:
    """A real package plus ``members`` files of zeros, each listed with its correct checksum (as R08)."""
    zeros = bytes(size)
    digest = __import__("hashlib").sha256(zeros).hexdigest()
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest["files"] += [{"path": "data/pad{}.bin".format(i), "sha256": digest, "size": size}
                          for i in range(members)]
    return rewrite_manifest(package, path, {"files": manifest["files"]},
                            {"data/pad{}.bin".format(i): zeros for i in range(members)})


def test_r08_many_small_members_are_a_bomb_too(package: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture) -> None:
    bombed = bomb(tmp_path / "bomb.zip", package, 60, (1 << 20) - 1)
    assert bombed.stat().st_size < 2 * 2 ** 20 and all(
        info.file_size < (1 << 20) for info in zipfile.ZipFile(bombed).infolist())
    target = tmp_path / "to"
    assert main(["unpack", str(bombed), "--to", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "highly compressed" in err and "Traceback" not in err
    assert not target.exists() and everything(tmp_path) == ["bomb.zip"]


def test_limits_are_whole_archive_and_configurable(package: Path, tmp_path: Path) -> None:
    from qgis.core import QgsSettings

    limits = ZipLimits()
    assert limits.max_total_ratio <= 100 and limits.max_total_bytes <= 4 * 1024 ** 3
    real = zipfile.ZipFile(package).infolist()
    total, compressed = sum(i.file_size for i in real), sum(i.compress_size for i in real)
    assert total / compressed < limits.max_total_ratio / 5, "a real city package is far from the limit"
    assert unpack_package(package, tmp_path / "ok").verification.ok
    settings = QgsSettings()
    try:
        settings.setValue("slimstad/unpack_max_members", 3)
        with pytest.raises(UnpackError, match="too many files"):
            unpack_package(package, tmp_path / "a")
        settings.setValue("slimstad/unpack_max_members", 10_000)
        settings.setValue("slimstad/unpack_max_total_mb", 1)
        settings.setValue("slimstad/unpack_max_ratio", 2)
        configured = ZipLimits.from_settings()
        assert (configured.max_total_bytes, configured.max_total_ratio) == (2 ** 20, 2.0)
        with pytest.raises(UnpackError, match="more than the allowed size"):
            unpack_package(package, tmp_path / "b", limits=ZipLimits(max_total_bytes=total - 1))
        with pytest.raises(UnpackError, match="highly compressed"):
            unpack_package(package, tmp_path / "c", limits=ZipLimits(max_total_ratio=1.01, ratio_floor_bytes=0))
    finally:
        settings.remove("slimstad/unpack_max_members")
        settings.remove("slimstad/unpack_max_total_mb")
        settings.remove("slimstad/unpack_max_ratio")
    assert [p.name for p in tmp_path.iterdir()] == ["ok"], "refused unpacks left nothing"


def test_cancel_and_failure_while_moving_leave_nothing(package: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def cancel_after_a_few() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(Canceled):
        unpack_package(package, tmp_path / "doel", is_canceled=cancel_after_a_few)
    assert everything(tmp_path) == []
    (tmp_path / "leeg").mkdir()
    original = Path.replace

    def failing_replace(self: Path, target: Path) -> Path:
        if Path(target).parent == tmp_path / "leeg" and Path(target).name == "stad.qgs":
            raise OSError(28, "No space left on device")
        return original(self, target)

    monkeypatch.setattr(Path, "replace", failing_replace)
    with pytest.raises(UnpackError, match="the disk is full"):
        unpack_package(package, tmp_path / "leeg")
    assert everything(tmp_path) == ["leeg"], "moved items went back and the staging folder is gone"


def test_package_carries_no_folder_of_the_sender(package: Path, tmp_path: Path) -> None:
    """Kind 4: project, manifest, challenge provenance in GeoPackages: no absolute path of the sender."""
    sender = str(package.parent)
    unpacked = unpack_package(package, tmp_path / "ontvanger")
    for path in (p for p in unpacked.folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle in (sender, str(Path.home()) + "/", "/jan/projecten"):
            assert needle.encode() not in data, (path, needle)
    project_xml = unpacked.project_path.read_text(encoding="utf-8")
    assert "provenance: " in project_xml and "kinderopvang" in project_xml, "the provenance travelled, reduced"


def test_a_pipe_or_device_as_package_is_refused_at_once_and_nothing_is_left(tmp_path: Path) -> None:
    """Reading a FIFO (or /dev/zero) as a zip would block or never end, and a killed unpack left its staging."""
    import os

    fifo = tmp_path / "pakket.zip"
    os.mkfifo(fifo)
    for package in (fifo, Path("/dev/zero")):
        with pytest.raises(UnpackError, match="not a file or a folder"):
            unpack_package(package, tmp_path / "doel")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["pakket.zip"]


def test_termination_signals_end_a_command_like_ctrl_c_so_staging_is_cleaned() -> None:
    """`timeout`, a closed terminal or a service stop send SIGTERM/SIGHUP: the command line turns them into
    KeyboardInterrupt so every ``finally`` (staging folders, temporary files) runs; exit status 130."""
    import subprocess
    import sys

    script = ("import os, signal, time\n"
              "from slimstad_plugin.cli import _interrupt_on_termination\n"
              "_interrupt_on_termination()\n"
              "for name in ('SIGTERM', 'SIGHUP'):\n"
              "    try:\n"
              "        os.kill(os.getpid(), getattr(signal, name)); time.sleep(5); print('not interrupted')\n"
              "    except KeyboardInterrupt:\n"
              "        print('cleaned up after', name)\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=str(Path(__file__).resolve().parents[2]))
    assert done.stdout.split("\n")[:2] == ["cleaned up after SIGTERM", "cleaned up after SIGHUP"], done.stderr
