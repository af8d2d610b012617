"""Who owns each app conversation: a browser (a random id kept in its localStorage), a logged-in user, or an API
session. Ownership is stored in SQLite under LEAD_HOME, so the Conversations list shows each owner only its own
threads, also after the app or the browser restarts, and a thread of another owner can never be resumed. The
names given to conversations and the deleted ones are kept here too."""

from __future__ import annotations

import re
import secrets
import uuid
from collections.abc import Iterable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ui.sqlite_store import SqliteStore

DB_NAME = "ui-threads.sqlite"
STORAGE_KEY = "lead-copilot-owner"
BROWSER_RE = re.compile(r"browser-[0-9a-f]{32}")

SCHEMA = """
CREATE TABLE IF NOT EXISTS thread_owner (
    thread_id TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS thread_owner_by_owner ON thread_owner (owner);
CREATE TABLE IF NOT EXISTS thread_meta (
    thread_id TEXT PRIMARY KEY,
    title TEXT NOT NULL DEFAULT '',
    hidden INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS app_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def db_path(home: str | Path) -> Path:
    """The ownership database inside LEAD_HOME."""
    return Path(home) / DB_NAME


def new_browser_owner() -> str:
    """A fresh, unguessable owner id for a browser that has none yet."""
    return f"browser-{uuid.uuid4().hex}"


def is_browser_owner(value: Any) -> bool:
    """True when `value` is an owner id this app could have handed to a browser."""
    return isinstance(value, str) and BROWSER_RE.fullmatch(value) is not None


def owner_for(owner: str | None, request: Any = None) -> str | None:
    """The owner of a request: the logged-in user, else the session's browser owner, else its session hash."""
    username = getattr(request, "username", None)
    if username:
        return f"user:{username}"
    return owner or api_session_owner(request)


def api_session_owner(request: Any) -> str | None:
    """The owner of a request whose page never said who it is (an API client): its session hash."""
    session = getattr(request, "session_hash", None)
    return f"session:{session}" if session else None


class ThreadOwners(SqliteStore):
    """The thread_owner table: one owner per thread, set by the first turn and never changed."""

    SCHEMA = SCHEMA

    def claim(self, thread_id: str, owner: str) -> bool:
        """Make `owner` the owner of `thread_id` unless it has one; True when the thread is `owner`'s."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._lock, self._transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO thread_owner (thread_id, owner, created_at) VALUES (?,?,?)",
                         (thread_id, owner, now))
            row = conn.execute("SELECT owner FROM thread_owner WHERE thread_id = ?", (thread_id,)).fetchone()
        return row is not None and row[0] == owner

    def adopt(self, old_owner: str, new_owner: str) -> int:
        """Give every thread of `old_owner` to `new_owner` (a page's turns sent before its owner was known)."""
        if old_owner == new_owner:
            return 0
        with self._lock, self._transaction() as conn:
            cur = conn.execute("UPDATE thread_owner SET owner = ? WHERE owner = ?", (new_owner, old_owner))
            return cur.rowcount

    def owner_of(self, thread_id: str) -> str | None:
        """The owner of a thread, or None when no app session started it."""
        with self._transaction() as conn:
            row = conn.execute("SELECT owner FROM thread_owner WHERE thread_id = ?", (thread_id,)).fetchone()
        return row[0] if row else None

    def allows(self, thread_id: str, owner: str | None) -> bool:
        """True when `owner` may see and continue `thread_id`."""
        return owner is not None and self.owner_of(thread_id) == owner

    def threads_of(self, owner: str | None) -> set[str]:
        """The ids of every thread `owner` started and did not delete."""
        if not owner:
            return set()
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT o.thread_id FROM thread_owner o LEFT JOIN thread_meta m ON m.thread_id = o.thread_id "
                "WHERE o.owner = ? AND COALESCE(m.hidden, 0) = 0", (owner,)).fetchall()
        return {r[0] for r in rows}

    def titles(self, thread_ids: Iterable[str]) -> dict[str, str]:
        """The names given to these threads (threads never renamed are left out)."""
        ids = list(thread_ids)
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        with self._transaction() as conn:
            rows = conn.execute(f"SELECT thread_id, title FROM thread_meta WHERE title != '' AND thread_id IN ({marks})",
                                ids).fetchall()
        return {r[0]: r[1] for r in rows}

    def rename(self, thread_id: str, title: str) -> None:
        """Give a thread a name for the conversation list."""
        with self._lock, self._transaction() as conn:
            conn.execute("INSERT INTO thread_meta (thread_id, title) VALUES (?, ?) "
                         "ON CONFLICT(thread_id) DO UPDATE SET title = excluded.title", (thread_id, title))

    def hide(self, thread_id: str) -> None:
        """Take a deleted thread out of its owner's list for good (its id is never handed out again)."""
        with self._lock, self._transaction() as conn:
            conn.execute("INSERT INTO thread_meta (thread_id, hidden) VALUES (?, 1) "
                         "ON CONFLICT(thread_id) DO UPDATE SET hidden = 1", (thread_id,))

    def browser_secret(self) -> str:
        """The key that encrypts the owner id in browsers' localStorage; created once, kept across restarts."""
        with self._lock, self._transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO app_meta (key, value) VALUES ('browser_secret', ?)",
                         (secrets.token_urlsafe(24),))
            (value,) = conn.execute("SELECT value FROM app_meta WHERE key = 'browser_secret'").fetchone()
        return str(value)
