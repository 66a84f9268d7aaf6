"""Headless command line. Each ``commands_*`` module adds its sub-commands through ``register``."""

import argparse
import logging
import sys
from typing import List, Optional

from .. import plugin_version
from ..core.base.boundary import describe, exit_status
from ..core.base.secrets import install_log_filter
from . import commands_catalog, commands_challenge, commands_export, commands_foundation, commands_sharing
from .common import CliError  # noqa: F401 - re-exported for the command modules

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
    """Run one sub-command; never a traceback on the console.

    Exit status: 0 done; 1 done but problems were found (broken entries or layers); 2 the user's input or
    environment is wrong (one ``error:`` line naming the file and place); 3 an unexpected error, a bug (one
    ``error:`` line naming the log file that holds the traceback); 130 interrupted or canceled."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        install_log_filter(handler)  # no log line carries a secret (core/secrets.py)
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the boundary: every error becomes one line
        print("error: {}".format(describe(error, "python -m slimstad_plugin {}".format(args.command))),
              file=sys.stderr)
        return exit_status(error)
