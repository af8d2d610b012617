"""Odd input to the CLI (empty, whitespace-only, 100 KB, control characters, binary, not UTF-8) to `lead ask`,
`lead ask -`, `lead lint -`, `lead lint FILE`, `lead triage FILE` and `lead ingest`: one short clear line on
stderr, no traceback, exit 2 (ingest skips the file with a notice instead, so a folder of mixed files still loads)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent.cli import main
from agent.errors import AgentError

REPO = Path(__file__).resolve().parents[2]
HUGE = "Should I move Priya off the fraud model? " * 2500  # ~100 KB
RANDOM_BYTES = bytes((i * 197 + 13) % 256 for i in range(4096))  # deterministic binary junk, NULs included
TRACE_SIGNS = ("Traceback", 'File "', "unexpected")


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    monkeypatch.setenv("LEAD_BRAIN", "offline")


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _one_clear_line(err: str, max_len: int = 300) -> str:
    assert err.startswith("error: ") and err.count("\n") == 1, err[:500]
    assert len(err) < max_len, f"error line is {len(err)} characters long"
    assert not any(s in err for s in TRACE_SIGNS), err
    return err


@pytest.mark.parametrize("question", ["", "   ", "\t\n  \r\n", "\x00\x01\x02\x7f", "\x1b\x1b\x07\x08"])
def test_ask_with_nothing_to_ask(capsys, question):
    assert main(["ask", question]) == 2
    assert "Your question is empty" in _one_clear_line(capsys.readouterr().err)


def test_ask_with_100_kb(capsys):
    assert main(["ask", HUGE]) == 2
    err = _one_clear_line(capsys.readouterr().err)
    assert f"{len(HUGE.strip()):,} characters" in err and "LEAD_MAX_INPUT_CHARS" in err


def test_ask_with_bytes_that_were_not_utf8_on_the_command_line(capsys):
    # Python hands undecodable argv bytes over as lone surrogates
    assert main(["ask", "\udcff\udcfe how do I plan?"]) == 2
    assert "not UTF-8" in _one_clear_line(capsys.readouterr().err)


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "Your question is empty"),
    (b"   \n\n\t", "Your question is empty"),
    (RANDOM_BYTES, "binary"),
    (b"\xff\xfe\xfa question", "not UTF-8"),
    (HUGE.encode(), "characters long"),
])
def test_ask_from_stdin(capsys, monkeypatch, data, expected):
    _stdin(monkeypatch, data)
    assert main(["ask", "-"]) == 2
    assert expected in _one_clear_line(capsys.readouterr().err)


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "empty"),
    (b" \n \n", "empty"),
    (RANDOM_BYTES, "binary"),
    (b"\xff\xfe\x80 We will ship Friday.", "not UTF-8"),
    (HUGE.encode() * 2, "at most 50000 characters"),
])
def test_lint_from_stdin(capsys, monkeypatch, data, expected):
    _stdin(monkeypatch, data)
    assert main(["lint", "-"]) == 2
    assert expected in _one_clear_line(capsys.readouterr().err)


def test_lint_binary_file(capsys, tmp_path):
    path = tmp_path / "message.bin"
    path.write_bytes(b"\xff" + RANDOM_BYTES)
    assert main(["lint", str(path)]) == 2
    assert "not UTF-8" in _one_clear_line(capsys.readouterr().err)


@pytest.mark.parametrize("data", [b"\xff" + RANDOM_BYTES, b"title: x\x00\x01\x02\nkind: feature\n", b"", b"\x00" * 64])
def test_triage_binary_or_empty_file(capsys, tmp_path, data):
    path = tmp_path / "request.yaml"
    path.write_bytes(data)
    assert main(["triage", str(path)]) == 2
    _one_clear_line(capsys.readouterr().err)


def test_ingest_binary_files_are_skipped_with_a_notice(capsys, tmp_path, monkeypatch):
    import knowledge.ingest as ingest
    from knowledge.corpus import corpus_passages

    monkeypatch.setenv("LEAD_HOME", str(tmp_path / "home"))  # never touch the session index
    subset = [p for p in corpus_passages() if p.card_id == "two-hour-rule"]
    monkeypatch.setattr(ingest, "corpus_passages", lambda: subset)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "junk.md").write_bytes(RANDOM_BYTES)
    (docs / "latin1.txt").write_bytes("Caf\xe9 notes about 1-on-1s".encode("latin-1"))
    (docs / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + RANDOM_BYTES)
    assert main(["ingest", str(docs)]) == 2  # nothing usable: the user has to fix the input
    captured = capsys.readouterr()
    assert "none of the given files could be ingested" in captured.err
    assert "junk.md: binary content" in captured.err and "latin1.txt: not UTF-8 text" in captured.err
    assert "image.png: unsupported file type" in captured.err
    assert not any(s in captured.out + captured.err for s in TRACE_SIGNS)


def test_real_process_with_undecodable_argv_and_binary_stdin():
    """The same checks through a real `lead` process, where argv and stdin are raw bytes."""
    env = {**os.environ, "LEAD_BRAIN": "offline", "HF_HUB_OFFLINE": "1"}
    cmd = [sys.executable, "-m", "agent.cli"]
    argv = subprocess.run([*cmd, "ask", os.fsdecode(b"\xff\xfe how do I plan?")], capture_output=True, env=env,
                          cwd=REPO, timeout=120)
    lint = subprocess.run([*cmd, "lint", "-"], input=RANDOM_BYTES, capture_output=True, env=env, cwd=REPO, timeout=120)
    for proc in (argv, lint):
        err = proc.stderr.decode("utf-8", "replace")
        assert proc.returncode == 2, err
        _one_clear_line(err)


def test_copilot_rejects_text_that_was_not_utf8(offline_copilot):
    with pytest.raises(AgentError, match="UTF-8"):
        offline_copilot.ask("\udcff\udcfe how do I plan uncertain ML work?")
