"""Saved rehearsals: one table of our own (`lead_rehearsals`) in the conversation database, one JSON
document per session, each save one transaction; the file is readable by its owner only (0600)."""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

from agent.errors import AgentError
from agent.rehearse.models import Session

SCHEMA = """
CREATE TABLE IF NOT EXISTS lead_rehearsals (
    id TEXT PRIMARY KEY,
    role TEXT NOT NULL,
    situation TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    data TEXT NOT NULL
)
"""


class RehearsalStore:
    """Save, load and list rehearsal sessions in an SQLite file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connect().close()
            os.chmod(self.path, 0o600)
        except (sqlite3.Error, OSError) as exc:
            raise AgentError(f"Cannot open the rehearsal store {self.path}: {exc}.") from exc

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10)
        conn.executescript(SCHEMA)
        return conn

    def save(self, session: Session, updated_at: str) -> None:
        """Insert or replace a session (one transaction: the old or the new version, never half of one)."""
        with self._lock:
            conn = self._connect()
            try:
                with conn:
                    conn.execute(
                        "INSERT INTO lead_rehearsals(id, role, situation, created_at, updated_at, data) VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at, data = excluded.data",
                        (session.id, session.role, session.situation[:200], session.created_at, updated_at,
                         session.model_dump_json()),
                    )
            finally:
                conn.close()

    def load(self, session_id: str) -> Session | None:
        """A saved session, or None."""
        with self._lock:
            conn = self._connect()
            try:
                row = conn.execute("SELECT data FROM lead_rehearsals WHERE id = ?", (session_id,)).fetchone()
            finally:
                conn.close()
        return Session.model_validate_json(row[0]) if row else None

    def recent(self, limit: int = 20) -> list[tuple[str, str, str, str]]:
        """(id, role, situation, updated_at) of the latest sessions, newest first."""
        with self._lock:
            conn = self._connect()
            try:
                rows = conn.execute(
                    "SELECT id, role, situation, updated_at FROM lead_rehearsals ORDER BY updated_at DESC, rowid DESC LIMIT ?",
                    (limit,),
                ).fetchall()
            finally:
                conn.close()
        return [tuple(r) for r in rows]
