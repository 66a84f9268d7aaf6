"""A throwaway PostgreSQL 15 + PostGIS cluster on 127.0.0.1 for tests and benchmarks (no mocks).

PostgreSQL refuses to run as root, so as root every server command runs as the ``postgres`` user.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import List, Optional

PG_BIN = Path("/usr/lib/postgresql/15/bin")
SUPERUSER = "postgres"
DATABASE = "slimstad"


def free_port() -> int:
    """A currently free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PgCluster:
    """initdb + pg_ctl in a temporary folder; ``stop()`` removes everything."""

    def __init__(self, superpassword: str = "slimstad-test-super") -> None:
        self.superpassword = superpassword
        self.host = "127.0.0.1"
        self.port = free_port()
        self.dbname = DATABASE
        self.superuser = SUPERUSER
        self.base = Path(tempfile.mkdtemp(prefix="slimstad-pg-"))
        self.data_dir = self.base / "data"
        self.log_file = self.base / "server.log"
        self.running = False

    # -- process helpers -------------------------------------------------------------
    def _as_server_user(self, command: List[str]) -> List[str]:
        return ["runuser", "-u", "postgres", "--"] + command if os.geteuid() == 0 else command

    def _run(self, command: List[str], **kwargs: object) -> subprocess.CompletedProcess:
        return subprocess.run(self._as_server_user(command), check=True, capture_output=True, text=True, **kwargs)

    def start(self) -> "PgCluster":
        """Create and start the cluster, then a database with PostGIS."""
        if os.geteuid() == 0:
            shutil.chown(self.base, "postgres", "postgres")
        pwfile = self.base / "pw"
        pwfile.write_text(self.superpassword)
        if os.geteuid() == 0:
            shutil.chown(pwfile, "postgres", "postgres")
        self._run([str(PG_BIN / "initdb"), "-D", str(self.data_dir), "-U", SUPERUSER, "--pwfile", str(pwfile),
                   "-A", "scram-sha-256", "--auth-local=trust", "-E", "UTF8", "--locale=C.UTF-8"])
        pwfile.unlink()
        options = "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " \
                  "-c full_page_writes=off".format(self.port, self.base)
        self._run([str(PG_BIN / "pg_ctl"), "-D", str(self.data_dir), "-o", options, "-l", str(self.log_file),
                   "-w", "-t", "60", "start"])
        self.running = True
        self.psql("CREATE DATABASE {}".format(DATABASE), dbname="postgres")
        self.psql("CREATE EXTENSION postgis")
        return self

    def stop(self) -> None:
        """Stop the server and delete its folder."""
        if self.running:
            subprocess.run(self._as_server_user([str(PG_BIN / "pg_ctl"), "-D", str(self.data_dir), "-m", "immediate",
                                                 "-w", "stop"]), capture_output=True)
            self.running = False
        shutil.rmtree(self.base, ignore_errors=True)

    # -- client helpers ----------------------------------------------------------------
    def psql(self, sql: str, dbname: Optional[str] = None) -> str:
        """Run SQL as superuser over the Unix socket; returns unaligned output."""
        result = self._run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", str(self.base),
                            "-p", str(self.port), "-U", SUPERUSER, "-d", dbname or self.dbname, "-c", sql])
        return result.stdout.strip()

    def conninfo(self, user: Optional[str] = None, password: Optional[str] = None, dbname: Optional[str] = None) -> str:
        """libpq/QgsDataSourceUri connection string over TCP (password included only when given)."""
        parts = ["host={}".format(self.host), "port={}".format(self.port), "dbname={}".format(dbname or self.dbname),
                 "user={}".format(user or SUPERUSER)]
        if password is None and user is None:
            password = self.superpassword
        if password is not None:
            parts.append("password='{}'".format(password.replace("'", "\\'")))
        return " ".join(parts)

    def create_role(self, name: str, password: str, superuser: bool = False) -> None:
        """A login role (``superuser`` for tests that need DDL everywhere)."""
        self.psql("CREATE ROLE \"{}\" LOGIN PASSWORD '{}' {}".format(
            name.replace('"', '""'), password.replace("'", "''"), "SUPERUSER" if superuser else ""))

    def load_gpkg(self, gpkg: Path, layers: Optional[List[str]] = None, schema: str = "public") -> None:
        """Copy GeoPackage layers into the database with ogr2ogr (spatial index created by ogr2ogr)."""
        self.psql('CREATE SCHEMA IF NOT EXISTS "{}"'.format(schema.replace('"', '""')))
        command = ["ogr2ogr", "-f", "PostgreSQL", "PG:" + self.conninfo(), str(gpkg), "-lco", "SCHEMA=" + schema,
                   "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-overwrite", "-nlt", "PROMOTE_TO_MULTI"]
        subprocess.run(command + (layers or []), check=True, capture_output=True, text=True)


def wait_for_port(host: str, port: int, timeout_s: float = 30) -> None:
    """Block until something listens on ``host:port``."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex((host, port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError("nothing listens on {}:{}".format(host, port))
