"""Sub-commands ``catalog check``, ``catalog build``, ``catalog snapshot`` and ``catalog relink``
(``catalog harvest`` and ``catalog export`` live in commands_harvest.py)."""

import argparse
from pathlib import Path
from typing import Optional

from ..core.base.files import FileInUseError, FileWriteError
from ..core.base.i18n import plural, translator
from ..core.base.secrets import scrub_text
from ..core.base.settings import SlimStadSettings
from ..core.catalogue.builder import BuildError, build_catalogue
from ..core.catalogue.check import check_catalogues
from ..core.catalogue.loader import CatalogueError, load_catalogue, load_catalogues, save_catalogue
from ..core.catalogue.relink import RELINKED, relink_project_file
from ..core.catalogue.snapshot import IncompleteCopyError, SnapshotError, snapshot_entry
from ..qgis_app import start_qgis
from .commands_harvest import register_actions as register_harvest_actions
from .common import CliError

tr = translator("SlimStadCli")


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``catalog`` with its actions."""
    catalog = subparsers.add_parser("catalog", help="shared-data catalogues: check, build, snapshot, relink, "
                                                "harvest, export")
    actions = catalog.add_subparsers(dest="catalog_command", required=True)

    check = actions.add_parser("check", help="health, freshness and quality of every entry (exit 1 if an entry is "
                                             "broken, 2 if a catalogue cannot be read)")
    check.add_argument("catalogs", nargs="+", help="catalogue files or http(s) URLs, the city's own first")
    check.add_argument("--json", type=Path, dest="json_out", help="write the full result as JSON")
    check.add_argument("--timeout", type=float, default=10.0, help="seconds per source (default 10)")
    check.add_argument("--concurrency", type=int, default=32, help="sources checked at once (default 32)")
    check.add_argument("--data-dir", type=Path, help="folder that relative data paths resolve against (default: "
                                                     "the data folder of the SlimStad settings, else each "
                                                     "catalogue's folder)")
    check.add_argument("--no-quality", action="store_true", help="skip the per-feature quality checks")
    check.set_defaults(handler=run_check)

    build = actions.add_parser("build", help="create or extend a catalogue from a service, GeoPackage or PostGIS")
    build.add_argument("--from", dest="source", required=True,
                       help="WFS/WMS/OGC API URL, a .gpkg file, or a postgres URI (dbname=… authcfg=…)")
    build.add_argument("--out", type=Path, required=True, help="catalogue JSON to create or extend")
    build.add_argument("--id", default="", help="catalogue id (prefix of new entry ids)")
    build.add_argument("--title", default="")
    build.add_argument("--schema", default="", help="PostGIS schema (default: all)")
    build.add_argument("--authcfg", default="", help="QGIS authentication config id for the source")
    build.add_argument("--kind", choices=("wfs", "wms", "oapif"), default="", help="service type (default: guess)")
    build.add_argument("--timeout", type=float, default=10.0)
    build.set_defaults(handler=run_build)

    snapshot = actions.add_parser("snapshot", help="copy an entry's features into a local GeoPackage")
    snapshot.add_argument("catalog", help="catalogue file or URL")
    snapshot.add_argument("entry_id")
    snapshot.add_argument("--out", type=Path, required=True, help="GeoPackage (created or extended)")
    snapshot.add_argument("--data-dir", type=Path)
    snapshot.add_argument("--timeout", type=float, default=0.0,
                          help="seconds for the whole copy (default: the SlimStad settings, 900)")
    snapshot.add_argument("--allow-incomplete", action="store_true",
                          help="keep a copy holding fewer features than the service reports (marked incomplete)")
    snapshot.set_defaults(handler=run_snapshot)

    relink = actions.add_parser("relink", help="point a saved project's catalogue layers at the current sources")
    relink.add_argument("project", type=Path)
    relink.add_argument("--catalog", action="append", required=True, help="catalogue file or URL (repeatable)")
    relink.add_argument("--out", type=Path, help="write the relinked project here (default: in place)")
    relink.add_argument("--dry-run", action="store_true")
    relink.add_argument("--data-dir", type=Path)
    relink.add_argument("--timeout", type=float, default=10.0,
                        help="seconds to wait for each new source to answer (old sources are never contacted)")
    relink.set_defaults(handler=run_relink)
    register_harvest_actions(actions)


def run_check(args: argparse.Namespace) -> int:
    """Check; exit 2 when a catalogue (or an entry of it) could not be read, else 1 when an entry is broken."""
    start_qgis(with_processing=False)
    result = check_catalogues([_location(c) for c in args.catalogs], args.timeout, args.concurrency,
                              quality=not args.no_quality, data_dir=_data_dir(args, *args.catalogs), log=_print_clean)
    for error in result.load_errors:
        print("error: {}".format(error))
    for entry_id, kept, dropped in result.duplicates:
        print("duplicate: {} kept from {}, ignored in {}".format(entry_id, kept, dropped))
    if args.json_out:
        try:
            result.write_json(args.json_out, inputs=args.catalogs)
        except FileWriteError as error:
            raise CliError(str(error)) from error
        print("wrote {}".format(args.json_out))
    print(check_summary(len(result.entries), len(result.broken), bool(result.load_errors)))
    if result.load_errors:
        return 2
    return 0 if result.ok else 1


def run_build(args: argparse.Namespace) -> int:
    """Build or extend ``--out``."""

    start_qgis(with_processing=False)
    existing = None
    if args.out.exists():
        try:
            existing = load_catalogue(args.out)
        except CatalogueError as error:
            raise CliError(str(error)) from error
    catalogue_id = args.id or args.out.stem
    try:
        result = build_catalogue(_location(args.source), catalogue_id, args.title, existing, args.timeout,
                                 args.authcfg, args.out.resolve().parent, args.schema, args.kind)
        save_catalogue(result.catalogue, args.out, inputs=[args.source])
    except (BuildError, CatalogueError) as error:
        raise CliError(str(error)) from error
    print("wrote {}: {} added, {} already present".format(args.out, len(result.added), len(result.skipped)))
    for note in result.notes:
        print("note: {}".format(note))
    return 0


def run_snapshot(args: argparse.Namespace) -> int:
    """Snapshot one entry."""

    start_qgis(with_processing=False)
    try:
        catalogue = load_catalogue(_location(args.catalog), data_dir=_data_dir(args, args.catalog))
        entry = next((e for e in catalogue.entries if e.id == args.entry_id), None)
        if entry is None:
            raise CliError("no entry '{}' in {}".format(args.entry_id, args.catalog))
        info = snapshot_entry(entry, args.out, timeout_s=args.timeout or None,
                              allow_incomplete=args.allow_incomplete)
    except (FileInUseError, IncompleteCopyError) as error:
        raise CliError(str(error), exit_code=1) from error
    except (CatalogueError, SnapshotError, FileWriteError) as error:
        raise CliError(str(error)) from error
    reported = "" if info.expected_count is None else " of {} reported by the service".format(info.expected_count)
    print("wrote {} layer {}: {}{}, sha256 {}".format(args.out, info.layer_name,
                                                      plural(info.feature_count, "{n} feature", "{n} features"),
                                                               reported, info.sha256))
    if not info.complete:
        print("warning: incomplete snapshot: only {} of {} features copied".format(info.feature_count,
                                                                                   info.expected_count))
    return 0


def run_relink(args: argparse.Namespace) -> int:
    """Relink a saved project and print what changed."""

    start_qgis(with_processing=False)
    if not args.project.exists():
        raise CliError("project {} does not exist".format(args.project))
    merged, _catalogues, errors = load_catalogues([_location(c) for c in args.catalog],
                                                  data_dir=_data_dir(args, *args.catalog))
    for error in errors:
        print("error: {}".format(error))
    try:
        report = relink_project_file(args.project, merged.by_id, args.out, args.dry_run, args.timeout)
    except OSError as error:
        raise CliError(str(error)) from error
    for change in report.changes:
        line = "{}: {} ({})".format(change.status, change.layer_name, change.entry_id)
        if change.status == RELINKED:
            line += "\n  from {}\n  to   {}".format(change.old_source, change.new_source)
            if change.message:
                line += "\n  note: {}".format(change.message)
        elif change.message:
            line += ": {}".format(change.message)
        print(line)
    print(report.summary())
    if errors:
        return 2  # a catalogue could not be read (its error line says why)
    return 1 if report.problems() else 0  # exit 1: done, but some layers failed or their new source is not there


def check_summary(checked: int, broken: int, load_failed: bool) -> str:
    """The last line of ``catalog check``: counts with plural agreement; no count when nothing could be read."""
    if checked == 0 and load_failed:
        return tr("nothing checked: the catalogue could not be read")
    return tr("{checked}, {broken}").format(
        checked=plural(checked, tr("{n} entry checked"), tr("{n} entries checked")),
        broken=tr("{n} broken").format(n=broken))


def _data_dir(args: argparse.Namespace, *locations: object) -> Optional[str]:
    """``--data-dir``, else the data folder of the SlimStad settings (or SLIMSTAD_DATA_DIR; for the shipped sample
    catalogue the folder "Create sample city" writes to), else None (each catalogue's own folder)."""
    if args.data_dir:
        return str(args.data_dir)
    settings = SlimStadSettings.load()
    if len(locations) != 1:  # several catalogues: only a folder that applies to all of them
        return settings.configured_data_dir() or None
    return settings.catalogue_data_dir(locations[0]) or None


def _print_clean(line: str) -> None:
    """Print a line of the check through the secrets rule (URLs keep only harmless parameters)."""
    print(scrub_text(line).text)


def _location(value: str) -> str:
    """URLs stay strings; paths are expanded."""
    if value.lower().startswith(("http://", "https://", "file:")) or "=" in value:
        return value
    return str(Path(value).expanduser())
