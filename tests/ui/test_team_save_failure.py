"""A failed "Save to team file" in the app leaves the file, its backup and the session's team exactly as they
were, and says so in one line: invalid tables, a disk error at the rename, and a crash while writing."""

from __future__ import annotations

import os

import pytest

from tests.ui.sessions import Sessions
from ui import team_tab

pytestmark = pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:Warning", "ignore:The copy keyword:Warning")


@pytest.fixture
def app(tmp_path):
    s = Sessions(tmp_path / "home")
    s.call("a", "on_load", [])
    path = team_tab.team_path(s.settings)
    ok_inputs, _ = s.tables(role="Saved once")
    assert s.call("a", "save", ok_inputs)[1].startswith("Saved")  # so a .bak exists too
    return s, path


def _snapshot(path):
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.name.startswith(path.name) or p.name.startswith(".")}


def _invalid_inputs(s):
    inputs, t = s.tables(role="Should not be saved")
    tasks = [list(r) for r in t["tasks"]]
    tasks[0][team_tab.TASK_COLUMNS.index("most_likely")] = "0.5"  # below optimistic: invalid
    inputs[-2] = {"headers": team_tab.TASK_LABELS, "data": tasks, "metadata": None}
    return inputs


def _fail_rename(*_args, **_kwargs):
    raise OSError(28, "No space left on device")


def _fail_fsync(*_args, **_kwargs):
    raise OSError(5, "Input/output error")


@pytest.mark.parametrize("failure", ["invalid tables", "disk full at rename", "I/O error while writing"])
def test_failed_save_changes_nothing(app, monkeypatch, failure):
    s, path = app
    before = _snapshot(path)
    if failure == "invalid tables":
        inputs = _invalid_inputs(s)
    else:
        inputs, _ = s.tables(role="Should not be saved")
        target = "lead_core.atomic.os.replace" if failure == "disk full at rename" else "lead_core.atomic.os.fsync"
        monkeypatch.setattr(target, _fail_rename if "rename" in failure else _fail_fsync)
    status = s.call("a", "save", inputs)[1]
    monkeypatch.undo()
    first_line = status.splitlines()[0]
    assert first_line.startswith("Not saved:") and first_line.endswith("Nothing was saved."), status
    if failure == "invalid tables":  # each problem in words, naming the task
        assert "Task \u201c" in status and "must go optimistic \u2264 most likely \u2264 pessimistic" in status, status
    assert _snapshot(path) == before, "a failed save changed the team file, its backup, or left a temp file"
    assert not [p for p in os.listdir(path.parent) if p.endswith(".tmp")]
    # the session keeps using the last good team: the next chat turn sees the saved role, not the failed edit
    s.call("a", "submit", ["who is on my team?", [], None, None])
    team = s.copilot.calls[-1][2]
    assert team.people[0].role == "Saved once"
