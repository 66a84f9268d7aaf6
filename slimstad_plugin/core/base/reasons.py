"""Translated reasons for library exceptions: a message never carries Python's or a library's English text.

``tr("{path} is not a readable zip file: {error}").format(error=error)`` would show "File is not a zip file" in a
Dutch or French sentence. :func:`reason` turns the common exceptions of files, archives, JSON, SQLite and the
operating system (errno) into a short translated reason; the original text goes to the log only (DEBUG), where a
developer finds it. Unknown exceptions get a generic translated reason naming no English text.
"""

import errno
import json
import logging
import sqlite3
import zipfile
import zlib
from xml.etree import ElementTree as ET

from .errors import SlimStadError
from .i18n import translator

tr = translator("SlimStadReasons")
LOG = logging.getLogger(__name__)


def _errno_reason(code: int) -> str:
    reasons = {
        errno.ENOENT: tr("the file or folder does not exist"),
        errno.EACCES: tr("permission denied"),
        errno.EPERM: tr("permission denied"),
        errno.ENOSPC: tr("the disk is full"),
        errno.EDQUOT: tr("the disk quota is exceeded"),
        errno.EROFS: tr("the disk is read-only"),
        errno.EISDIR: tr("it is a folder, not a file"),
        errno.ENOTDIR: tr("a part of the path is not a folder"),
        errno.EEXIST: tr("it already exists"),
        errno.ENAMETOOLONG: tr("the name is too long"),
        errno.EIO: tr("the disk could not be read or written (input/output error)"),
        errno.EBUSY: tr("it is in use by another program"),
        errno.ETXTBSY: tr("it is in use by another program"),
        errno.EXDEV: tr("it is on another disk"),
        errno.EMFILE: tr("too many files are open"),
        errno.ENOTEMPTY: tr("the folder is not empty"),
        errno.EFBIG: tr("the file is too large"),
    }
    return reasons.get(code, "")


def _sqlite_reason(error: sqlite3.Error) -> str:
    text = str(error).lower()
    for needle, message in (("locked", tr("it is locked by another program")),
                            ("busy", tr("it is locked by another program")),
                            ("not a database", tr("it is not a database file, or it is damaged")),
                            ("malformed", tr("the database file is damaged")),
                            ("disk is full", tr("the disk is full")),
                            ("readonly", tr("the disk or file is read-only")),
                            ("disk i/o", tr("the disk could not be read or written (input/output error)")),
                            ("unable to open", tr("the file cannot be opened")),
                            ("permission", tr("permission denied")),
                            ("no such table", tr("a table it needs is missing"))):
        if needle in text:
            return message
    return tr("the database could not be read")


def reason(error: BaseException) -> str:
    """A short translated reason for ``error`` (no English library text); the original text is logged (DEBUG).

    Knows zipfile/zlib archive errors, ``json.JSONDecodeError`` (with line and column), ``sqlite3.Error``,
    ``UnicodeDecodeError`` and ``OSError`` by errno; anything else gets a generic reason."""
    if isinstance(error, SlimStadError):
        return str(error)  # already a translated message of SlimStad's own
    LOG.debug("reason for %s: %s", type(error).__name__, error)
    if isinstance(error, (zipfile.BadZipFile, EOFError)):
        return tr("it is not a zip archive, or the archive is damaged or incomplete")
    if isinstance(error, zlib.error):
        return tr("the compressed data in the archive is damaged")
    if isinstance(error, zipfile.LargeZipFile):
        return tr("the archive is too large")
    if isinstance(error, NotImplementedError):
        return tr("it uses a compression method SlimStad cannot read")
    if isinstance(error, ET.ParseError) and getattr(error, "position", None):
        line, column = error.position
        return tr("not well-formed at line {line}, column {column}").format(line=line, column=column + 1)
    if isinstance(error, json.JSONDecodeError):
        return tr("invalid JSON at line {line}, column {column}").format(line=error.lineno, column=error.colno)
    if isinstance(error, UnicodeDecodeError):
        return tr("the text is not in the expected encoding (UTF-8)")
    if isinstance(error, sqlite3.Error):
        return _sqlite_reason(error)
    if isinstance(error, OSError):
        known = _errno_reason(error.errno) if error.errno is not None else ""
        if known:
            return known
        if isinstance(error, TimeoutError):
            return tr("it took too long")
        return tr("a file system error (code {code})").format(code=error.errno) if error.errno else tr(
            "a file system error")
    return tr("an unexpected problem ({kind}); the details are in the log").format(kind=type(error).__name__)

