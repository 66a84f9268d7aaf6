"""Sub-commands ``sample-city`` and ``demo``."""

import argparse
from pathlib import Path

from ..core.demo.sample_city import SampleCityError, write_city
from ..core.demo.steps import run_demo_steps
from ..qgis_app import start_qgis
from .common import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add this module's sub-commands."""
    sample = subparsers.add_parser("sample-city", help="write the Voorbeeldstad GeoPackage")
    sample.add_argument("out", type=Path, help="GeoPackage to write")
    sample.add_argument("--seed", type=int, default=2024)
    sample.add_argument("--force", action="store_true", help="overwrite an existing file")
    sample.set_defaults(handler=run_sample_city)

    demo = subparsers.add_parser("demo", help="build the demo project and maps in a folder")
    demo.add_argument("--out", type=Path, default=Path("out"))
    demo.set_defaults(handler=run_demo)


def run_sample_city(args: argparse.Namespace) -> int:
    """Write the sample city."""

    start_qgis(with_processing=False)
    try:
        counts = write_city(args.out, seed=args.seed, force=args.force)
    except SampleCityError as error:
        raise CliError(str(error)) from error
    print("wrote {}: {}".format(args.out, ", ".join("{} {}".format(k, v) for k, v in counts.items())))
    return 0


def run_demo(args: argparse.Namespace) -> int:
    """Run the demo steps into ``args.out``."""

    start_qgis(with_processing=True)
    try:
        produced = run_demo_steps(args.out)
    except (OSError, RuntimeError) as error:
        raise CliError(str(error)) from error
    for path in produced:
        print("demo: wrote {}".format(path))
    return 0
