"""`make demo`: the whole job from the generated city to the planning map and the atlas."""

from pathlib import Path

from pypdf import PdfReader


def test_demo_writes_project_results_map_and_atlas(slimstad_processing, tmp_path: Path) -> None:
    from slimstad_plugin.core.demo.steps import run_demo_steps

    produced = run_demo_steps(tmp_path / "out")
    names = [path.name for path in produced]
    assert names == ["voorbeeldstad.gpkg", "voorbeeldstad.qgz", "voorbeeldstad.png", "kinderopvang.gpkg",
                     "kinderopvang.png", "kinderopvang.pdf", "kinderopvang_wijken.pdf"]
    assert all(path.exists() and path.stat().st_size > 1000 for path in produced)
    assert produced[3].parent.name == "slimstad_resultaten"  # results next to the project, not the data
    atlas = PdfReader(str(tmp_path / "out" / "kinderopvang_wijken.pdf"))
    assert len(atlas.pages) == 10  # one page per wijk of Voorbeeldstad
    text = PdfReader(str(tmp_path / "out" / "kinderopvang.pdf")).pages[0].extract_text()
    assert "Kinderopvang" in text and "SlimStad" in text


def test_demo_project_holds_the_challenge_and_names_only_installed_fonts(slimstad_processing, tmp_path: Path) -> None:
    """Opened in QGIS, the demo project lists its challenge and raises no "font not available" warning."""
    import re
    import zipfile

    from qgis.core import QgsProject
    from qgis.PyQt.QtGui import QFontDatabase

    from slimstad_plugin.core.challenge.store import project_challenges
    from slimstad_plugin.core.demo.steps import run_demo_steps

    run_demo_steps(tmp_path / "out")
    project = QgsProject()
    assert project.read(str(tmp_path / "out" / "voorbeeldstad.qgz"))
    stored, problems = project_challenges(project)
    assert [c.id for c in stored] == ["kinderopvang"] and problems == []
    project.clear()
    with zipfile.ZipFile(tmp_path / "out" / "voorbeeldstad.qgz") as archive:
        xml = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode("utf-8")
    families = set(re.findall(r'fontFamily="([^"]+)"', xml))
    installed = set(QFontDatabase().families())
    assert families and families <= installed, families - installed
