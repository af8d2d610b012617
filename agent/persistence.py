"""Conversation storage: LangGraph's SQLite checkpointer plus a small thread index (title, last update)
in the same database file, so `lead chat --thread NAME` and the app can resume after a restart; and a lock per
conversation (a file lock, so it holds across processes) that makes concurrent turns on one thread take turns.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from agent.errors import AgentError
from agent.types import ThreadInfo
from lead_core.atomic import private_dir, private_file

TURN_WAIT_SECONDS = 300.0
SQLITE_BUSY_SECONDS = 30.0


class ConversationStore:
    """One SQLite file holding checkpoints (SqliteSaver) and the thread index."""

    def __init__(self, path: Path) -> None:
        from langgraph.checkpoint.sqlite import SqliteSaver

        self.path = Path(path)
        try:
            private_file(self.path)  # 0600 before SQLite writes anything (its journals copy the mode)
            self.conn = sqlite3.connect(str(self.path), check_same_thread=False, timeout=SQLITE_BUSY_SECONDS)
            self.saver = SqliteSaver(self.conn)
            self.saver.setup()
            with self.saver.lock, self.conn:
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS lead_threads (thread_id TEXT PRIMARY KEY, title TEXT NOT NULL, updated_at TEXT NOT NULL)"
                )
        except (sqlite3.Error, OSError) as exc:
            from knowledge.errors import storage_error

            cause = storage_error(exc, self.path.parent)  # permission, read-only, full disk: said as such
            raise AgentError(str(cause) if cause else f"Cannot open the conversation store {self.path}: {exc}.") from exc
        self.lock: threading.Lock = self.saver.lock

    @contextmanager
    def turn_lock(self, thread_id: str, *, wait: float = TURN_WAIT_SECONDS) -> Iterator[None]:
        """Hold one conversation's lock for a turn: other turns on it (any thread or process) wait their turn."""
        from filelock import FileLock, Timeout

        folder = private_dir(self.path.parent / "locks")
        digest = hashlib.sha256(f"{self.path.name}:{thread_id}".encode()).hexdigest()[:24]
        lock = FileLock(str(folder / f"thread-{digest}.lock"), thread_local=False)
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            raise AgentError(
                f"Another turn on conversation {thread_id!r} has been running for over {wait:.0f} s; "
                "wait for it to finish, then ask again."
            ) from None
        try:
            yield
        finally:
            lock.release()

    def touch(self, thread_id: str, title: str) -> None:
        """Record that a thread was updated (the first question becomes its title)."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self.lock, self.conn:
            self.conn.execute(
                "INSERT INTO lead_threads(thread_id, title, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(thread_id) DO UPDATE SET updated_at = excluded.updated_at",
                (thread_id, title[:80], now),
            )

    def forget(self, thread_id: str) -> None:
        """Drop a thread from the index (its conversation became empty)."""
        with self.lock, self.conn:
            self.conn.execute("DELETE FROM lead_threads WHERE thread_id = ?", (thread_id,))

    def threads(self) -> list[ThreadInfo]:
        """Saved threads, most recently updated first."""
        with self.lock:
            rows = self.conn.execute(
                "SELECT thread_id, title, updated_at FROM lead_threads ORDER BY updated_at DESC, rowid DESC"
            ).fetchall()
        return [ThreadInfo(thread_id=r[0], title=r[1], updated_at=r[2]) for r in rows]

    def close(self) -> None:
        """Close the database connection."""
        with self.lock:
            self.conn.close()
