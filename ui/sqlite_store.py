"""A small SQLite file under LEAD_HOME: schema ensured on every connection, one transaction per call."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from lead_core.atomic import private_file


class SqliteStore:
    """Base for the app's small stores; subclasses set `SCHEMA` (one or more CREATE ... IF NOT EXISTS)."""

    SCHEMA = ""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        private_file(self.path)  # owner-only (0600) before SQLite writes anything
        self._lock = threading.Lock()
        self._connect().close()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10)
        conn.row_factory = sqlite3.Row
        conn.executescript(self.SCHEMA)  # cheap; also recreates the tables if the file was removed while running
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One connection, one transaction (committed on success, rolled back on error), then closed."""
        conn = self._connect()
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
        finally:
            conn.close()
