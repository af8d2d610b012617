"""Team files that are not files, too deep, too big or not team files at all: one clear sentence, never a hang,
a RecursionError or the file's own content echoed back."""

from __future__ import annotations

import os
import threading

import pytest

from agent.cli import main
from tools.team import MAX_TEAM_BYTES, TeamFileError, load_team


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "team.yaml"
    os.mkfifo(fifo)
    outcome: list[BaseException | None] = []

    def load() -> None:
        try:
            load_team(fifo)
            outcome.append(None)
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # unblock the reader so the test process can finish
        with open(fifo, "w") as writer:
            writer.write("")
        pytest.fail("loading a FIFO blocked")
    assert isinstance(outcome[0], TeamFileError) and "not a regular file" in str(outcome[0])


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(TeamFileError, match="not a regular file"):
        load_team(tmp_path)


def test_deep_nesting_is_one_sentence(tmp_path, capsys):
    deep = tmp_path / "team.yaml"
    deep.write_text("people: " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(TeamFileError, match="nested too deeply|nesting depth"):
        load_team(deep)
    assert main(["triage", "--team", str(deep)]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_an_oversized_file_is_refused_before_parsing(tmp_path):
    big = tmp_path / "team.yaml"
    with big.open("w") as handle:
        handle.write("team: Big\npeople:\n")
        handle.write("  # padding\n" * (MAX_TEAM_BYTES // 10))
    with pytest.raises(TeamFileError, match="limit is 1 MB"):
        load_team(big)


@pytest.mark.parametrize(("name", "content"), [
    ("shadow", "db_password_hunter2: yes\n"),
    ("id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU: secret\n"),
    ("notes.txt", "sk-live-123456: token\npeople: []\n"),
])
def test_content_of_a_file_that_is_not_a_team_file_is_never_echoed(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(TeamFileError) as info:
        load_team(path)
    message = str(info.value)
    for secret in ("hunter2", "b3BlbnNzaC1", "sk-live"):
        assert secret not in message, message


def test_a_typo_in_a_yaml_team_file_is_still_named(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text("team: X\npeopel: []\n")
    with pytest.raises(TeamFileError, match="peopel"):
        load_team(path)
