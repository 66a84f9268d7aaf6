"""Bands of strips computed on parallel connections that share one snapshot.

PostgreSQL's own parallel query cannot read temporary tables, and a shared database must not get
permanent scratch tables, so the run splits the demand into bands of equal row counts and gives each band
its own connection (and server process). All of them import the snapshot of the main connection
(``pg_export_snapshot``), so they read exactly the same rows. A lost or canceled connection takes its
private tables with it.
"""

import io
import math
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Iterable, List, Sequence, Tuple, TypeVar

import numpy as np

from ..base.i18n import translator
from .band_sql import NO_LIMIT, Source, copy_statements, index_statements
from .connection import PushdownError
from .stage_sql import stage_one_sql, stage_two_sql

tr = translator("SlimStadPushdown")
T = TypeVar("T")

ROWS_PER_CONNECTION = 100_000  # below this a band's connection costs more than it saves
MAX_CONNECTIONS = 8
STREAM_ROWS = 50_000  # rows per round trip when keys are not integers
COPY_FLUSH_BYTES = 4 << 20
INTEGER_TYPES = ("int2", "int4", "int8")
_COPY_HEADER = b"PGCOPY\n\xff\r\n\x00"
_ACCESS_ROW = np.dtype([("fields", ">i2"), ("lk", ">i4"), ("k", ">i8"), ("lv", ">i4"), ("v", ">f8"),
                        ("la", ">i4"), ("access", ">f8"), ("ln", ">i4"), ("n", ">i8")])


@dataclass(frozen=True)
class Band:
    """Strips ``low..high``; the first band also owns rows without a point."""

    low: int
    high: int
    first: bool


def plan_bands(counts: Sequence[Tuple[int, int]], connections: int) -> List[Band]:
    """Cut ``(strip, rows)`` counts into at most ``connections`` bands of about equal rows, covering all strips."""
    total = sum(rows for _, rows in counts)
    cuts: List[int] = []
    running = 0
    for strip, rows in counts:
        running += rows
        if len(cuts) < connections - 1 and running >= total * (len(cuts) + 1) / connections:
            cuts.append(strip)
    cuts = cuts if cuts and cuts[-1] != counts[-1][0] else cuts[:-1]
    lows = [-NO_LIMIT] + [cut + 1 for cut in cuts]
    highs = cuts + [NO_LIMIT]
    return [Band(low, high, index == 0) for index, (low, high) in enumerate(zip(lows, highs))]


def copy_text(value: Any) -> str:
    """One field in COPY text format (floats exactly, by repr)."""
    if value is None:
        return "\\N"
    if isinstance(value, float):
        return "NaN" if math.isnan(value) else repr(value)
    text = str(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy_rows(rows: Iterable[Sequence[Any]]) -> io.StringIO:
    """Rows as a COPY text stream."""
    return io.StringIO("".join("\t".join(copy_text(value) for value in row) + "\n" for row in rows))


class BinaryAccessRows:
    """A file-like sink for ``COPY ... TO STDOUT (FORMAT binary)`` of (bigint, float8, float8, bigint) rows.

    Parses in blocks as bytes arrive, so a million rows need their arrays (32 bytes a row), not a text copy.
    """

    def __init__(self) -> None:
        self.pending = bytearray()
        self.header_done = False
        self.parts: List[Tuple[np.ndarray, ...]] = []

    def write(self, data: bytes) -> int:
        self.pending += data
        if len(self.pending) >= COPY_FLUSH_BYTES:
            self._drain()
        return len(data)

    def _drain(self) -> None:
        if not self.header_done:
            if len(self.pending) < 19:
                return
            if bytes(self.pending[:11]) != _COPY_HEADER:
                raise PushdownError(tr("The database sent results in an unexpected format."))
            extension = int.from_bytes(self.pending[15:19], "big")
            del self.pending[:19 + extension]
            self.header_done = True
        usable = len(self.pending) // _ACCESS_ROW.itemsize * _ACCESS_ROW.itemsize
        if usable:
            rows = np.frombuffer(memoryview(self.pending)[:usable], dtype=_ACCESS_ROW)
            if not ((rows["fields"] == 4) & (rows["lk"] == 8) & (rows["lv"] == 8) & (rows["la"] == 8)
                    & (rows["ln"] == 8)).all():
                raise PushdownError(tr("The database sent results in an unexpected format."))
            # Native copies (32 bytes a row) right away, so the 50-byte wire rows are never all held.
            self.parts.append((rows["k"].astype(np.int64), rows["v"].astype(float), rows["access"].astype(float),
                               rows["n"].astype(np.int64)))
            del rows
            del self.pending[:usable]

    def arrays(self) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """``keys, values, access, pairs`` after the copy has finished."""
        self._drain()
        if bytes(self.pending) != b"\xff\xff":
            raise PushdownError(tr("The database sent results in an unexpected format."))
        if not self.parts:
            return (np.empty(0, dtype=np.int64), np.empty(0), np.empty(0), np.empty(0, dtype=np.int64))
        columns = tuple(np.concatenate([part[index] for part in self.parts]) for index in range(4))
        self.parts = []
        return columns


@dataclass
class BandWorker:
    """One band on its own autocommit connection; ``statements`` records what ran (for the SQL hash)."""

    connection: Any
    band: Band
    values: Dict[str, Any]
    method: str
    jit: str = "full"  # JIT of the pair queries: "full", "light" (no inlining/optimising) or "off"
    statements: List[str] = field(default_factory=list)
    seconds: List[float] = field(default_factory=list)  # per call of run_all: copy, ratios, access

    def _execute(self, cursor: Any, statement: Any) -> None:
        text = statement.as_string(self.connection)
        self.statements.append(text)
        cursor.execute(text)

    def _jit(self, cursor: Any, on: bool) -> None:
        """JIT only for a stage's pair query, at the level the run's size earns (see ``_Run._plan``).

        The other statements call C functions or sort, where compiling (up to half a second each) gains
        nothing, while the planner prices the tiled pair queries below the default inlining threshold
        although they run for seconds.
        """
        if self.jit != "off":
            cursor.execute("SET jit = on" if on else "SET jit = off")

    def copy(self, snapshot: str, demand: Source, supply: Source) -> None:
        """Private copies in the shared snapshot, then the strip index (all-visible: index-only scans)."""
        band = self.band
        with self.connection.cursor() as cursor:
            cursor.execute("SET work_mem = '128MB'; SET max_parallel_workers_per_gather = 0; "
                           "SET enable_memoize = off; "
                           "SET jit = off; SET jit_above_cost = 0; "
                           + ("SET jit_inline_above_cost = 0; SET jit_optimize_above_cost = 0" if self.jit == "full"
                              else "SET jit_inline_above_cost = -1; SET jit_optimize_above_cost = -1"))
            cursor.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("SET TRANSACTION SNAPSHOT %s", (snapshot,))
            for statement in copy_statements(demand, supply, self.values, band.low, band.high, band.first):
                self._execute(cursor, statement)
            cursor.execute("COMMIT")
            for statement in index_statements():
                self._execute(cursor, statement)

    def stage_one(self) -> List[Tuple[Any, ...]]:
        """``(k, x, y, st, v, ratio, n)`` of the band's facilities."""
        with self.connection.cursor() as cursor:
            preparation, pairs = stage_one_sql(self.method, self.values)
            for statement in preparation:
                self._execute(cursor, statement)
            self._jit(cursor, True)
            self._execute(cursor, pairs)
            self._jit(cursor, False)
            cursor.execute("SELECT k, x, y, st, v, ratio, n FROM slimstad_pd_ratio")
            return cursor.fetchall()

    def stage_two(self, facilities: Sequence[Tuple[float, float, float, int]],
                  integer_keys: bool) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Access of every demand row of the band from the facilities' ``(x, y, ratio, strip)``."""
        band = self.band
        with self.connection.cursor() as cursor:
            cursor.execute("CREATE TEMP TABLE slimstad_pd_facility (x double precision, y double precision, "
                           "ratio double precision, st bigint)")
            cursor.copy_expert("COPY slimstad_pd_facility FROM STDIN", copy_rows(facilities))
            cursor.execute("ANALYZE slimstad_pd_facility")
            preparation, access = stage_two_sql(self.method, self.values, band.low, band.high, band.first,
                                                integer_keys)
            for statement in preparation:
                self._execute(cursor, statement)
            query = access.as_string(self.connection)
            self.statements.append(query)
            self._jit(cursor, True)  # stays on: the connection ends with this query
            if integer_keys:
                sink = BinaryAccessRows()
                cursor.copy_expert("COPY ({}) TO STDOUT (FORMAT binary)".format(query), sink)
                return sink.arrays()
        return self._stream(query)

    def _stream(self, query: str) -> Tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        keys: List[Any] = []
        numbers: List[np.ndarray] = []
        self.connection.autocommit = False  # a server-side cursor lives in a transaction
        with self.connection.cursor(name="slimstad_pd_stream") as cursor:
            cursor.itersize = STREAM_ROWS
            cursor.execute(query)
            while True:
                rows = cursor.fetchmany(STREAM_ROWS)
                if not rows:
                    break
                keys.extend(row[0] for row in rows)
                numbers.append(np.array([row[1:] for row in rows], dtype=float).reshape(-1, 3))
        self.connection.commit()
        self.connection.autocommit = True
        block = np.concatenate(numbers) if numbers else np.empty((0, 3), dtype=float)
        return np.array(keys, dtype=object), block[:, 0], block[:, 1], block[:, 2].astype(np.int64)


def _timed(call: Callable[[BandWorker], T], worker: BandWorker) -> T:
    started = time.perf_counter()
    try:
        return call(worker)
    finally:
        worker.seconds.append(round(time.perf_counter() - started, 2))


def run_all(workers: Sequence[BandWorker], call: Callable[[BandWorker], T]) -> List[T]:
    """``call`` on every worker at once (psycopg2 releases the GIL while the server works).

    On the first failure the other connections' statements are canceled and that first error is raised.
    """
    if len(workers) == 1:
        return [_timed(call, workers[0])]
    with ThreadPoolExecutor(max_workers=len(workers), thread_name_prefix="slimstad-band") as pool:
        futures = [pool.submit(_timed, call, worker) for worker in workers]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        failed = [future for future in futures if future in done and future.exception() is not None]
        if failed:
            for worker in workers:
                try:
                    worker.connection.cancel()
                except Exception:  # noqa: BLE001 - a dead connection cannot cancel
                    pass
            wait(futures)
            raise failed[0].exception()
        return [future.result() for future in futures]
