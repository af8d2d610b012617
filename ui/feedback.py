"""Thumbs up/down feedback on answers, stored in SQLite under LEAD_HOME, and exported as eval cases."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from lead_core.atomic import atomic_write_text
from ui.sqlite_store import SqliteStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating IN (-1, 1)),
    comment TEXT NOT NULL DEFAULT ''
)
"""


@dataclass
class FeedbackRow:
    """One rated answer."""

    id: int
    created_at: str
    thread_id: str
    question: str
    answer: str
    rating: int
    comment: str


class FeedbackStore(SqliteStore):
    """A small SQLite table of rated answers; every write runs in its own transaction."""

    SCHEMA = SCHEMA

    def add(self, *, thread_id: str, question: str, answer: str, rating: int, comment: str = "") -> int:
        """Store one rating (+1 or -1) and return its id."""
        if rating not in (-1, 1):
            raise ValueError("rating must be +1 or -1")
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        with self._lock, self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO feedback (created_at, thread_id, question, answer, rating, comment) VALUES (?,?,?,?,?,?)",
                (now, thread_id, question, answer, rating, comment.strip()),
            )
            return int(cur.lastrowid)

    def set_comment(self, feedback_id: int, comment: str) -> bool:
        """Attach or replace the comment on a stored rating; False when the id is unknown."""
        with self._lock, self._transaction() as conn:
            cur = conn.execute("UPDATE feedback SET comment = ? WHERE id = ?", (comment.strip(), feedback_id))
            return cur.rowcount == 1

    def all(self) -> list[FeedbackRow]:
        """Every stored rating, oldest first."""
        with self._transaction() as conn:
            rows = conn.execute("SELECT * FROM feedback ORDER BY id").fetchall()
        return [FeedbackRow(**dict(r)) for r in rows]


def export_cases(store: FeedbackStore, path: str | Path) -> int:
    """Write every rated answer to `path` as a YAML list of eval cases (atomic); returns how many."""
    import yaml

    cases = []
    for row in store.all():
        case = asdict(row)
        case.pop("id")
        cases.append({k: case[k] for k in ("question", "answer", "rating", "comment", "thread_id", "created_at")})
    text = yaml.safe_dump(cases, sort_keys=False, allow_unicode=True)
    atomic_write_text(path, text)
    return len(cases)
