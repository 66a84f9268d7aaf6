"""PostGIS connections the QGIS way: layer sources, stored connections and authcfg credentials.

Credentials are resolved at run time from the layer's data source or the QGIS authentication manager
(``authcfg``) and passed straight to libpq; they never appear in logs, messages or provenance.
psycopg2 (Debian ``python3-psycopg2``) is used because the push-down needs server-side cursors and
``connection.cancel()``, which QGIS's ``QgsAbstractDatabaseProviderConnection`` does not expose.
"""

from dataclasses import dataclass, field
from typing import Any, Dict, Optional, Tuple

from qgis.core import QgsApplication, QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer

from ..i18n import translator

tr = translator("SlimStadPushdown")

APPLICATION_NAME = "SlimStad push-down"


class PushdownError(Exception):
    """A push-down failure; the message is translated, fit for the user and free of secrets."""


class PushdownCanceledError(PushdownError):
    """The user canceled; the server-side query was canceled too."""


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


def connect(ref: DatabaseRef) -> Any:
    """A psycopg2 connection (autocommit off) with the QGIS-resolved credentials."""
    try:
        import psycopg2
    except ImportError:
        raise PushdownError(tr("The database engine needs the Python module psycopg2 "
                               "(Debian/Ubuntu: python3-psycopg2).")) from None
    try:
        return psycopg2.connect(**_libpq_params(ref))
    except psycopg2.Error as error:
        # libpq messages name host/user at most, never the password.
        raise PushdownError(tr("Could not connect to database {db}: {reason}").format(
            db=ref.describe(), reason=first_line(error))) from None


def first_line(error: BaseException) -> str:
    """First line of a driver message (server messages can carry multi-line context)."""
    text = str(getattr(error, "pgerror", None) or error).strip()
    return text.splitlines()[0] if text else type(error).__name__
