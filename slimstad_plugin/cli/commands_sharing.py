"""Sub-commands ``pack``, ``unpack`` and ``compare`` (sharing between cities)."""

import argparse
from pathlib import Path
from typing import Dict, List

from qgis.core import QgsProject

from ..core.base.files import FileWriteError, save_project
from ..core.base.i18n import plural
from ..core.catalogue.loader import CatalogueError, load_catalogue
from ..core.catalogue.project_reading import read_project
from ..core.challenge.model import ChallengeError
from ..core.challenge.rebinding import import_challenge
from ..core.sharing.compare import CompareError, compare_cities
from ..core.sharing.pack import PackError, PackOptions, pack_project
from ..core.sharing.unpack import UnpackError, missing_fonts, open_checked, unpack_package
from ..qgis_app import start_qgis
from .common import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands."""
    pack = subparsers.add_parser("pack", help="pack a project, its challenges and data into one zip or folder")
    pack.add_argument("project", type=Path, help="QGIS project (.qgz/.qgs)")
    pack.add_argument("--out", type=Path, required=True, help="PACKAGE.zip, or a new folder")
    pack.add_argument("--no-snapshots", action="store_true", help="keep remote layers as links")
    pack.add_argument("--include-restricted", action="store_true",
                      help="also pack internal and restricted layers (check the licence first)")
    pack.add_argument("--include-layer", action="append", default=[], metavar="LAYER_ID",
                      help="pack this internal/restricted layer (repeatable)")
    pack.add_argument("--challenge", action="append", default=[], type=Path, help="extra .slimstad.json file")
    pack.add_argument("--force", action="store_true", help="overwrite an existing output")
    pack.set_defaults(handler=run_pack)

    unpack = subparsers.add_parser("unpack", help="verify and unpack a package, then open its project")
    unpack.add_argument("package", type=Path)
    unpack.add_argument("--to", type=Path, required=True, help="new or empty folder")
    unpack.add_argument("--allow-tampered", action="store_true",
                        help="keep files that do not match the manifest (they are still reported)")
    unpack.set_defaults(handler=run_unpack)

    rebind = subparsers.add_parser("rebind", help="bind another city's challenge to a project and report how")
    rebind.add_argument("challenge", type=Path, help="NAME.slimstad.json")
    rebind.add_argument("--project", type=Path, required=True, help="the receiving city's project")
    rebind.add_argument("--catalogue", action="append", default=[], help="catalogue giving the layers' roles")
    rebind.add_argument("--save", action="store_true", help="store the bound challenge in the project (when complete)")
    rebind.set_defaults(handler=run_rebind)

    compare = subparsers.add_parser("compare", help="run one challenge on several cities and compare them")
    compare.add_argument("challenge", type=Path, help="NAME.slimstad.json")
    compare.add_argument("--city", action="append", required=True, metavar="NAME=PROJECT",
                         help="a city and its project (repeat for every city)")
    compare.add_argument("--out", type=Path, required=True, help="folder for the table and maps")
    compare.add_argument("--catalogue", action="append", default=[], metavar="CATALOGUE",
                         help="catalogue whose entries give the layers' roles (repeatable)")
    compare.add_argument("--no-maps", action="store_true", help="only the table")
    compare.set_defaults(handler=run_compare)


def run_pack(args: argparse.Namespace) -> int:

    start_qgis(with_processing=False)
    options = PackOptions(snapshot_remote=not args.no_snapshots, include_protected=args.include_restricted,
                          include_layer_ids=args.include_layer, challenge_files=args.challenge, force=args.force)
    try:
        result = pack_project(args.project, args.out, options)
    except PackError as error:
        raise CliError(str(error)) from error
    print("packed {} -> {} ({})".format(args.project, result.output,
                                        plural(len(result.manifest.files), "{n} file", "{n} files")))
    for layer in result.manifest.layers:
        print("  {:<9} {}  [{}]".format(layer.mode, layer.name, layer.licence_type or "-"))
    for note in result.manifest.receiver_must_configure:
        print("  receiver must configure: {}".format(note))
    for warning in result.warnings:
        print("  warning: {}".format(warning))
    return 0


def run_unpack(args: argparse.Namespace) -> int:

    start_qgis(with_processing=False)
    try:
        result = unpack_package(args.package, args.to, allow_tampered=args.allow_tampered)
        project, check = open_checked(result.project_path, result.manifest)
    except UnpackError as error:
        raise CliError(str(error)) from error
    if not result.verification.ok:
        print("WARNING: files do not match the manifest: {}".format(result.verification.describe()))
    print("unpacked {} -> {}: {}, {} broken, {} need a connection (each layer opened and compared with "
          "the manifest, each picture looked up)".format(args.package, result.project_path,
                                                          plural(len(project.mapLayers()), "{n} layer", "{n} layers"),
                                                          len(check.broken), len(check.needs_connection)))
    for name in check.broken:
        print("  broken: {}".format(name))
    for name in check.needs_connection:
        print("  needs a connection: {}".format(name))
    for name in check.links:
        print("  remote link (opens; its server was not contacted): {}".format(name))
    for layer in result.manifest.layers:
        if layer.mode == "excluded":
            print("  left out by the sender: {}: {}".format(layer.name, layer.note))
    for note in result.manifest.receiver_must_configure:
        print("  configure: {}".format(note))
    fonts = missing_fonts(result.manifest)
    if fonts:
        print("  warning: fonts the maps use are not installed here: {}".format(", ".join(fonts)))
    project.clear()
    return 1 if check.broken or check.needs_connection or not result.verification.ok else 0


def _entries(locations: List[str]) -> list:

    entries = []
    for location in locations:
        try:
            entries.extend(load_catalogue(location).entries)
        except CatalogueError as error:
            raise CliError(str(error)) from error
    return entries


def run_rebind(args: argparse.Namespace) -> int:


    start_qgis(with_processing=False)
    project = QgsProject()
    if not args.project.is_file() or not read_project(project, args.project):
        raise CliError("cannot open the project {}".format(args.project))
    try:
        report = import_challenge(args.challenge, project, _entries(args.catalogue), save=args.save)
    except ChallengeError as error:
        raise CliError(str(error)) from error
    for line in report.lines():
        print("  " + line)
    print(report.summary())
    if args.save and report.complete:
        try:
            save_project(project, args.project, [args.challenge] + list(args.catalogue or []))
        except FileWriteError as error:
            raise CliError(str(error)) from error
        print("stored challenge {} in {}".format(report.challenge.id, args.project))
    project.clear()
    return 0 if report.complete else 1


def parse_cities(values: List[str]) -> Dict[str, Path]:
    """``NAME=PROJECT`` pairs, in the order given."""
    cities: Dict[str, Path] = {}
    for value in values:
        name, sep, path = value.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise CliError("--city expects NAME=PROJECT, got {!r}".format(value))
        if name.strip() in cities:
            raise CliError("city {} given twice".format(name.strip()))
        cities[name.strip()] = Path(path.strip())
    return cities


def run_compare(args: argparse.Namespace) -> int:

    cities = parse_cities(args.city)
    start_qgis(with_processing=True)
    entries = _entries(args.catalogue)
    try:
        result = compare_cities(args.challenge, cities, args.out, maps=not args.no_maps, entries=entries)
    except CompareError as error:
        raise CliError(str(error)) from error
    for path in result.files:
        print("compare: wrote {}".format(path))
    for name, run in result.runs.items():
        print("  {}: {}".format(name, run.binding.summary() if run.binding else run.error))
    return 0 if all(run.result is not None for run in result.runs.values()) else 1
