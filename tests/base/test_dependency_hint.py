"""The in-app hint for missing packages must work on Debian 12, whose Python is externally managed (PEP 668):
plain ``pip install --user`` is refused there (issue 18, point 9)."""

import shlex
import subprocess
import sysconfig
from pathlib import Path

import pytest

from slimstad_plugin.core.base import dependencies

SYSTEM_PYTHON = Path("/usr/bin/python3")


def _system_is_externally_managed() -> bool:
    if not SYSTEM_PYTHON.exists():
        return False
    stdlib = subprocess.run([str(SYSTEM_PYTHON), "-c", "import sysconfig; print(sysconfig.get_path('stdlib'))"],
                            capture_output=True, text=True, timeout=30).stdout.strip()
    return (Path(stdlib) / "EXTERNALLY-MANAGED").exists()


def test_hint_on_an_externally_managed_python(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dependencies, "externally_managed", lambda: True)
    text = dependencies.install_hint(["shapely>=2"])
    assert "shapely>=2" in text
    assert "--break-system-packages" in text and "--user" in text
    assert "venv --system-site-packages" in text and "PYTHONPATH=" in text
    monkeypatch.setattr(dependencies, "externally_managed", lambda: False)
    assert "--break-system-packages" not in dependencies.install_hint(["shapely>=2"])


def test_detection_matches_this_python() -> None:
    marker = Path(sysconfig.get_path("stdlib")) / "EXTERNALLY-MANAGED"
    assert dependencies.externally_managed() == marker.exists()


@pytest.mark.skipif(not _system_is_externally_managed(), reason="needs an externally managed /usr/bin/python3")
def test_the_hinted_command_is_accepted_where_the_old_one_was_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run the hint's own pip command against Debian's Python, offline (--dry-run --no-index, and only the
    requirement the system already satisfies: no package index is contacted, nothing is installed)."""
    monkeypatch.setattr(dependencies, "externally_managed", lambda: True)
    text = dependencies.install_hint(["shapely>=2"])
    command = text.split("Install them for your user: ", 1)[1].split(" — ", 1)[0]
    words = shlex.split(command)
    assert words[:4] == ["python3", "-m", "pip", "install"]
    flags = [word for word in words[4:] if word.startswith("--")]
    offline = [str(SYSTEM_PYTHON), "-m", "pip", "install", "--dry-run", "--no-index", *flags, "numpy<2"]
    accepted = subprocess.run(offline, capture_output=True, text=True, timeout=120)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    old = [str(SYSTEM_PYTHON), "-m", "pip", "install", "--dry-run", "--no-index", "--user", "numpy<2"]
    refused = subprocess.run(old, capture_output=True, text=True, timeout=120)
    assert refused.returncode != 0 and "externally-managed-environment" in refused.stdout + refused.stderr
