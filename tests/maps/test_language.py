"""Kind 2: one language per map. Every printed text -- template texts, legend and class labels, table headers and
caption, sources block, disclaimer, classification wording, challenge title and question -- is in the map's
language, a choice of the export (default: QGIS's language).

``make demo`` runs ``python -m slimstad_plugin demo``: its map must be Dutch only, whatever language QGIS runs in
(here: English). The same project exported with ``--language fr`` must be French only.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from paths import REPO
from pypdf import PdfReader

# English texts SlimStad prints on a map (a Dutch or French map has none of them).
ENGLISH = ("Legend", "Sources", "Area", "Public", "no residents (no value)", "Indicative planning map",
           "no rights can be derived", "source unknown", "updated", "update date unknown", "Challenge", "method",
           "within", "accessibility", "The 10 areas", "their numbers are on the map", "No units here", "continued",
           "Not all licences known", "derived from the listed sources", "Made with", "Planning map", "No.")
# Dutch texts SlimStad prints (and the Dutch challenge and layer titles of the sample city).
DUTCH = ("Legende", "Bronnen", "Gebied", "Publiek", "geen inwoners", "geen waarde", "Indicatieve planningskaart",
         "bijgewerkt", "Opgave", "methode", "binnen", "bereikbaarheid", "gebieden", "nummers staan op de kaart",
         "Bereikbare plaatsen", "Kinderopvang", "Wijken", "Stratennet", "Waar zijn te weinig plaatsen", "Nr.")
FRENCH_ONLY_WORDS_ALLOWED = ("Sources", "Public")  # the same word in French


def run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    return subprocess.run([sys.executable, "-m", "slimstad_plugin", *args], cwd=str(REPO), env=env,
                          capture_output=True, text=True, timeout=600)


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text(extraction_mode="layout") for page in PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", text)


def found(words: tuple, text: str) -> list:
    return [word for word in words if re.search(r"(?<![\w>]){}(?!\w)".format(re.escape(word)), text)]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo") / "out"
    done = run("demo", "--out", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    return out


def test_make_demo_map_is_dutch_only(demo: Path) -> None:
    for name in ("kinderopvang.pdf", "kinderopvang_wijken.pdf"):
        text = pdf_text(demo / name)
        assert not found(ENGLISH, text), "English on the Dutch map {}: {}".format(name, found(ENGLISH, text))
        assert {"Legende", "Bronnen", "Gebied", "Publiek", "geen inwoners"} <= set(found(DUTCH, text))
        assert "Waar zijn te weinig plaatsen in de kinderopvang" in text


def test_french_export_is_french_only(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "carte.pdf"
    done = run("export", "--project", str(demo / "voorbeeldstad.qgz"), "--challenge", "kinderopvang",
               "--language", "fr", "--out", str(out), "--dpi", "72", "--background", "Stratennet")
    assert done.returncode == 0, done.stderr[-3000:]
    text = pdf_text(out)
    english = [word for word in found(ENGLISH, text) if word not in FRENCH_ONLY_WORDS_ALLOWED]
    assert not english, "English on the French map: {}".format(english)
    assert not found(DUTCH, text), "Dutch on the French map: {}".format(found(DUTCH, text))
    for french in ("Légende", "Sources", "Zone", "Accueil de la petite enfance", "pas d'habitants",
                   "Places accessibles par 100 enfants", "Quartiers", "rayon de 1000 m"):
        assert french in text, french
    assert "language: fr" in done.stdout


def test_english_export_of_the_same_project_is_english(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "map.pdf"
    done = run("export", "--project", str(demo / "voorbeeldstad.qgz"), "--challenge", "kinderopvang",
               "--language", "en", "--out", str(out), "--dpi", "72")
    assert done.returncode == 0, done.stderr[-3000:]
    text = pdf_text(out)
    dutch = [word for word in found(DUTCH, text) if word not in ("Kinderopvang",)]  # none left but proper names
    assert not dutch, "Dutch on the English map: {}".format(dutch)
    assert {"Legend", "Sources", "Area"} <= set(found(ENGLISH, text))


def test_unknown_language_is_refused_clearly(demo: Path, tmp_path: Path) -> None:
    done = run("export", "--project", str(demo / "voorbeeldstad.qgz"), "--language", "de", "--out",
               str(tmp_path / "x.pdf"))
    assert done.returncode == 2 and "invalid choice" in done.stderr and not (tmp_path / "x.pdf").exists()
