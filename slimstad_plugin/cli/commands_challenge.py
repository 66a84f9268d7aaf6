"""Sub-commands ``run`` (a whole challenge on a project) and ``challenge-templates``."""

import argparse
from pathlib import Path

from qgis.core import QgsFeedback

from ..core.base.errors import Canceled
from ..core.challenge.model import ChallengeError, load_file
from ..core.challenge.run import run_challenge
from ..core.challenge.templates import load_template, template_ids, template_titles
from ..qgis_app import start_qgis
from .common import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands."""
    run = subparsers.add_parser("run", help="run a challenge on a project and write its results GeoPackage")
    run.add_argument("challenge", help="CHALLENGE.slimstad.json, or the id of a shipped template (e.g. kinderopvang)")
    run.add_argument("--project", type=Path, required=True, help="QGIS project (.qgz/.qgs) with the layers")
    run.add_argument("--out", type=Path, default=None,
                     help="results GeoPackage (default: <project dir>/slimstad_resultaten/<challenge id>.gpkg)")
    run.set_defaults(handler=run_challenge_command)

    templates = subparsers.add_parser("challenge-templates", help="list the shipped challenge templates")
    templates.add_argument("--language", default="nl", choices=("nl", "en", "fr"))
    templates.set_defaults(handler=list_templates)


def _load(spec: str) -> "object":

    path = Path(spec)
    if not path.exists() and spec in template_ids():
        return load_template(spec)
    if not path.exists():
        raise CliError("The challenge file {} does not exist (templates: {}).".format(path, ", ".join(template_ids())))
    return load_file(path)


def run_challenge_command(args: argparse.Namespace) -> int:
    """Run one challenge; user errors become one line on stderr and exit code 2."""

    start_qgis(with_processing=False)


    try:
        challenge = _load(args.challenge)
        result = run_challenge(challenge, args.project, args.out, feedback=QgsFeedback())
    except ChallengeError as error:
        raise CliError(str(error)) from error
    except Canceled as error:
        raise CliError("canceled", exit_code=130) from error
    for message in result.messages:
        print("note: {}".format(message))
    print("wrote {} ({} area units; layers: {})".format(result.output, len(result.unit_ids), ", ".join(result.layers)))
    return 0


def list_templates(args: argparse.Namespace) -> int:
    """Print id and title of every shipped template."""

    start_qgis(with_processing=False)
    for template_id, title in template_titles(args.language).items():
        print("{}\t{}".format(template_id, title))
    return 0
