"""``catalog harvest`` (CSW / DCAT-AP -> catalogue) and ``catalog export`` (catalogue -> DCAT-AP / ISO 19139)."""

import argparse
from pathlib import Path

from ..core.base.errors import SlimStadError
from ..core.catalogue.harvest import harvest, merge_entries
from ..core.catalogue.loader import CatalogueError, load_catalogue, save_catalogue
from ..core.catalogue.model import Catalogue
from ..core.catalogue.publish import export_catalogue
from ..qgis_app import start_qgis
from .common import CliError


def register_actions(actions: argparse._SubParsersAction) -> None:
    """Add ``harvest`` and ``export`` to the ``catalog`` command."""
    harvest = actions.add_parser("harvest", help="entries from a CSW (ISO 19139) or a DCAT-AP file or URL")
    harvest.add_argument("--from", dest="source", required=True,
                         help="CSW 2.0.2 endpoint, or DCAT-AP file/URL (RDF/XML, Turtle, JSON-LD)")
    harvest.add_argument("--out", type=Path, required=True, help="catalogue JSON to write")
    harvest.add_argument("--merge", type=Path, help="existing catalogue to update (may be the same file as --out)")
    harvest.add_argument("--query", default="", help="free text the records must contain")
    harvest.add_argument("--kind", choices=("csw", "dcat"), default="", help="kind of source (default: guess)")
    harvest.add_argument("--id", default="", help="id of a new catalogue (default: the --out file name)")
    harvest.add_argument("--title", default="", help="title of a new catalogue")
    harvest.add_argument("--authcfg", default="", help="QGIS authentication config id for the source")
    harvest.add_argument("--page-size", type=int, default=50, help="CSW records per request (default 50)")
    harvest.add_argument("--max-records", type=int, default=5000, help="stop after this many records")
    harvest.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    harvest.set_defaults(handler=run_harvest)

    export = actions.add_parser("export", help="publish a catalogue as DCAT-AP Vlaanderen or ISO 19139 records")
    export.add_argument("catalog", help="catalogue file")
    export.add_argument("--format", dest="export_format", choices=("dcat-ap-vl", "iso19139"), required=True)
    export.add_argument("--out", type=Path, required=True,
                        help="FILE.ttl, .rdf or .jsonld (dcat-ap-vl); a folder (iso19139)")
    export.add_argument("--base-uri", default="", help="URI the dataset URIs start with (default: urn:slimstad:…)")
    export.add_argument("--open-only", action="store_true", help="only entries with an open licence")
    export.set_defaults(handler=run_export)


def run_harvest(args: argparse.Namespace) -> int:
    """Harvest, merge, write; print what happened per reason."""
    if args.out.exists() and (args.merge is None or args.merge.resolve() != args.out.resolve()):
        raise CliError("{} already exists: give --merge {} to update it, or choose another --out".format(
            args.out, args.out))
    if args.page_size < 1 or args.max_records < 1:
        raise CliError("--page-size and --max-records must be at least 1")
    start_qgis(with_processing=False)
    try:
        if args.merge is not None:
            catalogue = load_catalogue(args.merge)
        else:
            catalogue = Catalogue(id=args.id or args.out.stem, title={"nl": args.title or args.id or args.out.stem})
        source = args.source if "://" in args.source else str(Path(args.source).expanduser())
        result = harvest(source, args.query, args.kind, args.page_size, args.max_records, args.timeout,
                         authcfg=args.authcfg)
        report = merge_entries(catalogue, result.entries)
        save_catalogue(catalogue, args.out)
    except (SlimStadError, CatalogueError) as error:
        raise CliError(str(error)) from error
    print(result.summary())
    for skip in result.skipped:
        print("skipped ({}): {}{}".format(skip.reason, skip.label, ": " + skip.detail if skip.detail else ""))
    for note in result.notes:
        print("note: {}".format(note))
    print("wrote {}: {} added, {} updated, {} unchanged".format(args.out, len(report.added), len(report.updated),
                                                                len(report.unchanged)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Export and print what was written and left out."""
    start_qgis(with_processing=False)
    try:
        catalogue = load_catalogue(args.catalog)
        report = export_catalogue(catalogue, args.export_format, args.out, base_uri=args.base_uri,
                                  open_only=args.open_only)
    except (SlimStadError, CatalogueError) as error:
        raise CliError(str(error)) from error
    print(report.summary())
    for entry_id, why in report.left_out:
        print("left out: {}: {}".format(entry_id, why))
    return 0
