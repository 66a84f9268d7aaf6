"""Headless command line. Each ``commands_*`` module adds its sub-commands through ``register``."""

import argparse
import logging
import sys
from typing import List, Optional

from .. import plugin_version
from . import commands_catalog, commands_challenge, commands_export, commands_foundation, commands_sharing
from .common import CliError

COMMAND_MODULES = (commands_foundation, commands_sharing, commands_export, commands_challenge, commands_catalog)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every registered sub-command."""
    parser = argparse.ArgumentParser(prog="python -m slimstad_plugin",
                                     description="SlimStad headless tools.")
    parser.add_argument("--version", action="version", version=plugin_version())
    subparsers = parser.add_subparsers(dest="command", required=True)
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Optional[List[str]] = None) -> int:
    """Run one sub-command; user errors print one clear line and exit 2, never a traceback."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except CliError as error:
        print("error: {}".format(error), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
