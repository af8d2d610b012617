"""Data under LEAD_HOME is private to its owner: the folder is created 0700 and every SQLite file
(conversations, feedback, app threads) 0600, whatever the umask."""

from __future__ import annotations

import os
import stat

from agent.persistence import ConversationStore
from ui.feedback import FeedbackStore
from ui.threads import ThreadOwners, db_path


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_sqlite_files_are_0600_and_home_0700(tmp_path):
    home = tmp_path / "home"
    old = os.umask(0o022)
    try:
        ConversationStore(home / "conversations.sqlite").close()
        FeedbackStore(home / "feedback.sqlite")
        ThreadOwners(db_path(home))
    finally:
        os.umask(old)
    assert _mode(home) == 0o700
    for name in ("conversations.sqlite", "feedback.sqlite", db_path(home).name):
        assert _mode(home / name) == 0o600, name


def test_an_existing_world_readable_file_is_tightened(tmp_path):
    path = tmp_path / "feedback.sqlite"
    path.touch(mode=0o644)
    os.chmod(path, 0o644)
    FeedbackStore(path)
    assert _mode(path) == 0o600
