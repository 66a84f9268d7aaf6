"""Headless command line. Each ``commands_*`` module adds its sub-commands through ``register``."""

import argparse
import logging
import signal
import sys
from typing import List, Optional

from .. import plugin_version
from ..core.base.boundary import describe, exit_status
from ..core.base.log import install_log_filter
from ..core.base.secrets import scrub_text
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
        install_log_filter(handler)  # no log line carries a secret (core/base/log.py)
    args = build_parser().parse_args(argv)
    _interrupt_on_termination()
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # noqa: BLE001 - the boundary: every error becomes one line
        line = describe(error, "python -m slimstad_plugin {}".format(args.command))
        print("error: {}".format(scrub_text(line).text), file=sys.stderr)  # messages may quote a source
        return exit_status(error)


def _terminated(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt("signal {}".format(signum))


def _interrupt_on_termination() -> None:
    """SIGTERM/SIGHUP (``timeout``, a closed terminal, a service stop) end a command like Ctrl-C: as an exception,
    so every temporary and staging file is removed on the way out (the default action kills without cleaning)."""
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            try:
                signal.signal(number, _terminated)
            except (ValueError, OSError):  # not the main thread (tests calling main in a worker)
                pass
