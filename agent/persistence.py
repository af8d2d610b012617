"""Conversation storage: LangGraph's SQLite checkpointer plus a small thread index (title, last update)
in the same database file, so `lead chat --thread NAME` and the app can resume after a restart.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

from agent.errors import AgentError
from agent.types import ThreadInfo


class ConversationStore:
    """One SQLite file holding checkpoints (SqliteSaver) and the thread index."""

    def __init__(self, path: Path) -> None:
        from langgraph.checkpoint.sqlite import SqliteSaver

        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), check_same_thread=False)
            self.saver = SqliteSaver(self.conn)
            self.saver.setup()
            with self.saver.lock, self.conn:
                self.conn.execute(
                    "CREATE TABLE IF NOT EXISTS lead_threads (thread_id TEXT PRIMARY KEY, title TEXT NOT NULL, updated_at TEXT NOT NULL)"
                )
        except (sqlite3.Error, OSError) as exc:
            raise AgentError(f"Cannot open the conversation store {self.path}: {exc}.") from exc
        self.lock: threading.Lock = self.saver.lock

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
