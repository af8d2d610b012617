"""Output files of `lead feedback export`, `lead eval --report/--markdown` and `lead agenda --markdown`: the path
is checked before any work, and an existing file, a read-only file or a symlink is replaced only with --force."""

from __future__ import annotations

import os
import time

import pytest

from agent.cli import main


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("LEAD_HOME", str(tmp_path / "home"))
    return tmp_path


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1, err
    return err[0]


def test_feedback_export_refuses_to_overwrite_without_force(home, capsys):
    out = home / "cases.yaml"
    out.write_text("keep me\n")
    assert main(["feedback", "export", str(out)]) == 2
    assert "--force" in _one_error_line(capsys) and out.read_text() == "keep me\n"
    assert main(["feedback", "export", str(out), "--force"]) == 0
    assert out.read_text() != "keep me\n"


def test_read_only_files_and_symlinks_are_not_replaced_silently(home, capsys):
    target = home / "real.yaml"
    target.write_text("precious\n")
    link = home / "link.yaml"
    link.symlink_to(target)
    readonly = home / "ro.yaml"
    readonly.write_text("frozen\n")
    readonly.chmod(0o444)
    for path, word in ((link, "symlink"), (readonly, "read-only")):
        assert main(["feedback", "export", str(path)]) == 2
        assert word in _one_error_line(capsys)
    assert link.is_symlink() and target.read_text() == "precious\n" and readonly.read_text() == "frozen\n"


def test_eval_checks_its_report_paths_before_running(home, capsys):
    blocker = home / "not-a-folder"
    blocker.write_text("x")
    started = time.monotonic()
    assert main(["eval", "intents", "--report", str(blocker / "report.json"), "-q"]) == 2
    assert time.monotonic() - started < 5  # refused before the suite ran
    assert "report.json" in _one_error_line(capsys)
    existing = home / "report.md"
    existing.write_text("old")
    assert main(["eval", "intents", "--markdown", str(existing), "-q"]) == 2
    assert "--force" in _one_error_line(capsys) and existing.read_text() == "old"


def test_agenda_markdown_is_checked_too(home, capsys, team_file):
    out = home / "agenda.md"
    out.write_text("mine")
    assert main(["agenda", "--team", str(team_file), "--person", "Marco", "--markdown", str(out)]) == 2
    assert "--force" in _one_error_line(capsys) and out.read_text() == "mine"
    assert main(["agenda", "--team", str(team_file), "--person", "Marco", "--markdown", str(out), "--force"]) == 0
    assert "Marco" in out.read_text() and os.stat(out).st_size > 10
