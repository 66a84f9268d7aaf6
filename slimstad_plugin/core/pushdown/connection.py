"""PostGIS connections the QGIS way: layer sources, stored connections and authcfg credentials.

Credentials are resolved at run time from the layer's data source or the QGIS authentication manager
(``authcfg``) and passed straight to libpq; they never appear in logs, messages or provenance.
psycopg2 (Debian ``python3-psycopg2``) is used because the push-down needs server-side cursors and
``connection.cancel()``, which QGIS's ``QgsAbstractDatabaseProviderConnection`` does not expose.
"""

import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterator, List, Optional, Tuple

from qgis.core import QgsApplication, QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer

from ..base.errors import Canceled, SlimStadError
from ..base.i18n import translator

tr = translator("SlimStadPushdown")

APPLICATION_NAME = "SlimStad push-down"
CANCEL_POLL_S = 0.1


class PushdownError(SlimStadError):
    """A push-down failure; the message is translated, fit for the user and free of secrets."""


class PushdownConnectionLostError(PushdownError):
    """The connection dropped mid-run; the transaction (and any results table) was rolled back."""


@dataclass(frozen=True)
class DatabaseRef:
    """Where a database lives. Compares on host/port/database/service only (credentials excluded)."""

    host: str
    port: str
    dbname: str
    service: str = ""
    authcfg: str = field(default="", compare=False)
    user: str = field(default="", compare=False)
    # The full QGIS connection string (may hold a password): used to connect, never shown.
    _uri: str = field(default="", compare=False, repr=False)

    def describe(self) -> str:
        """Human and provenance form: no user name, no password."""
        if self.service:
            return "service={} dbname={}".format(self.service, self.dbname)
        return "{}@{}:{}".format(self.dbname, self.host or "localhost", self.port or "5432")

    def provenance(self) -> Dict[str, str]:
        """What the provenance may record about the connection (authcfg id, never credentials)."""
        out = {"database": self.dbname, "host": self.host, "port": self.port}
        if self.service:
            out["service"] = self.service
        if self.authcfg:
            out["authcfg"] = self.authcfg
        return out


@dataclass(frozen=True)
class PgTable:
    """One PostGIS table behind a QGIS layer."""

    database: DatabaseRef
    schema: str
    table: str
    geometry_column: str
    key_column: str
    srid: int

    def label(self) -> str:
        """``schema.table`` for messages and provenance."""
        return "{}.{}".format(self.schema, self.table)


def database_from_uri(uri: QgsDataSourceUri) -> DatabaseRef:
    """A :class:`DatabaseRef` from a QGIS data source URI."""
    return DatabaseRef(host=uri.host(), port=uri.port() or "5432", dbname=uri.database(), service=uri.service(),
                       authcfg=uri.authConfigId(), user=uri.username(), _uri=uri.uri(False))


def database_from_connection_name(name: str) -> DatabaseRef:
    """A connection stored in QGIS (Browser > PostgreSQL) by its name."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    try:
        connection = metadata.findConnection(name) if metadata is not None else None
    except Exception:  # noqa: BLE001 - QGIS raises QgsProviderConnectionException on unknown names
        connection = None
    if connection is None:
        raise PushdownError(tr("There is no PostgreSQL connection called {name} in QGIS.").format(name=name))
    return database_from_uri(QgsDataSourceUri(connection.uri()))


def table_from_layer(layer: Optional[QgsVectorLayer]) -> Tuple[Optional[PgTable], str]:
    """The PostGIS table behind ``layer``, or ``None`` and the (translated) reason it cannot be pushed down."""
    if layer is None or not layer.isValid():
        return None, tr("a layer is missing or invalid")
    if layer.providerType() != "postgres":
        return None, tr("layer {name} is not a PostGIS table").format(name=layer.name())
    uri = layer.dataProvider().uri()  # the provider's uri carries the key column it resolved
    if uri.table().strip().startswith("("):
        return None, tr("layer {name} is an SQL query, not a table").format(name=layer.name())
    if uri.sql() or layer.subsetString():
        return None, tr("layer {name} has a filter").format(name=layer.name())
    if not uri.geometryColumn():
        return None, tr("layer {name} has no geometry column").format(name=layer.name())
    if not uri.keyColumn() or "," in uri.keyColumn():
        return None, tr("layer {name} has no single-column primary key").format(name=layer.name())
    srid = int(uri.srid()) if uri.srid().isdigit() else layer.crs().postgisSrid()
    return PgTable(database_from_uri(uri), uri.schema() or "public", uri.table(), uri.geometryColumn(),
                   uri.keyColumn().strip('"'), srid), ""


def _libpq_params(ref: DatabaseRef) -> Dict[str, Any]:
    uri = QgsDataSourceUri(ref._uri)
    user, password = uri.username(), uri.password()
    if uri.authConfigId():
        manager = QgsApplication.authManager()
        items = ["user='{}'".format(user)] if user else []
        ok, items = manager.updateDataSourceUriItems(items, uri.authConfigId(), "postgres")
        if not ok:
            raise PushdownError(tr("The QGIS authentication configuration {id} could not be read "
                                   "(is the master password set?).").format(id=uri.authConfigId()))
        resolved = QgsDataSourceUri(" ".join(items))
        user, password = resolved.username() or user, resolved.password()
    params: Dict[str, Any] = {"dbname": uri.database(), "application_name": APPLICATION_NAME,
                              "connect_timeout": 15}
    for key, value in (("host", uri.host()), ("port", uri.port()), ("service", uri.service()),
                       ("user", user), ("password", password)):
        if value:
            params[key] = value
    mode = uri.sslMode()
    modes = {QgsDataSourceUri.SslMode.SslDisable: "disable", QgsDataSourceUri.SslMode.SslAllow: "allow",
             QgsDataSourceUri.SslMode.SslRequire: "require", QgsDataSourceUri.SslMode.SslVerifyCa: "verify-ca",
             QgsDataSourceUri.SslMode.SslVerifyFull: "verify-full"}
    if mode in modes:
        params["sslmode"] = modes[mode]
    return params


def psycopg2_module() -> Any:
    try:
        import psycopg2  # lazy: psycopg2 is optional (desktop engine)
    except ImportError:
        raise PushdownError(tr("The database engine needs the Python module psycopg2 "
                               "(Debian/Ubuntu: python3-psycopg2).")) from None
    return psycopg2


def connect(ref: DatabaseRef) -> Any:
    """A psycopg2 connection (autocommit off) with the QGIS-resolved credentials."""
    return connect_many(ref, 1)[0]


def connect_many(ref: DatabaseRef, count: int) -> List[Any]:
    """Up to ``count`` connections (at least one), credentials resolved once.

    Fewer come back when the server refuses more (``max_connections``); the caller then uses fewer.
    """
    psycopg2 = psycopg2_module()
    params = _libpq_params(ref)
    connections: List[Any] = []
    while len(connections) < max(1, count):
        try:
            connections.append(psycopg2.connect(**params))
        except psycopg2.Error as error:
            if connections:
                break
            # libpq messages name host/user at most, never the password.
            raise PushdownError(tr("Could not connect to database {db}: {reason}").format(
                db=ref.describe(), reason=first_line(error))) from None
    return connections


def first_line(error: BaseException) -> str:
    """First line of a driver message (server messages can carry multi-line context)."""
    text = str(getattr(error, "pgerror", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__


class CancelWatch:
    """Polls ``is_canceled`` in a thread and cancels the running statements of every connection on the server."""

    def __init__(self, connections: List[Any], is_canceled: Optional[Callable[[], bool]]) -> None:
        self.connections = connections  # the band connections are appended once they are open
        self.is_canceled = is_canceled
        self.fired = False
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="slimstad-pushdown-cancel", daemon=True)

    def __enter__(self) -> "CancelWatch":
        if self.is_canceled is not None:
            self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(CANCEL_POLL_S):
            if self.is_canceled():
                self.fired = True
                for connection in list(self.connections):
                    try:
                        connection.cancel()  # PQcancel: a separate request, safe from another thread
                    except Exception:  # noqa: BLE001 - the connection may already be gone
                        pass
                return

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()


@contextmanager
def database_run(ref: DatabaseRef, connections: List[Any], watch: CancelWatch) -> Iterator[None]:
    """Run database work under ``watch``; driver errors become translated :class:`PushdownError` subclasses.

    On any error the first (main) connection rolls back; every connection is closed at the end, which drops
    the session's temporary tables.
    """
    psycopg2 = psycopg2_module()
    try:
        with watch:
            yield
    except psycopg2.errors.QueryCanceled:
        _rollback(connections[0])
        if watch.fired:
            raise Canceled(
                tr("The calculation was canceled; the query on the server was stopped.")) from None
        raise PushdownError(tr("The database stopped the query (statement timeout or an administrator).")) from None
    except (psycopg2.OperationalError, psycopg2.InterfaceError) as error:
        _rollback(connections[0])
        raise PushdownConnectionLostError(tr(
            "The connection to database {db} was lost during the calculation ({reason}); nothing was "
            "written there (the transaction was rolled back).").format(
            db=ref.describe(), reason=first_line(error))) from None
    except psycopg2.Error as error:
        _rollback(connections[0])
        raise PushdownError(tr("The database refused the calculation: {reason}").format(
            reason=first_line(error))) from None
    finally:
        for connection in connections:
            try:
                connection.close()
            except Exception:  # noqa: BLE001 - already closed or dead
                pass


def _rollback(connection: Any) -> None:
    try:
        connection.rollback()
    except Exception:  # noqa: BLE001 - a dead connection cannot roll back; the server does it itself
        pass
