"""`lead ask` and `lead chat` through the real CLI entry point (offline brain, real retriever and tools)."""

from __future__ import annotations

import io
import json
import sys

import pytest

from agent.cli import main


@pytest.fixture(autouse=True)
def _index_ready(retriever, monkeypatch):
    """The session index exists before the CLI opens it; the offline brain is used."""
    monkeypatch.setenv("LEAD_BRAIN", "offline")


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_ask_json_shape(capsys, team_file):
    code = main(["ask", "Which of these five incoming requests should reach my team at all?", "--team", str(team_file), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(out) == {"intent", "answer", "citations", "tool_calls", "brain", "model", "privacy", "latency_ms", "situation",
                        "thread_id", "notices", "usage"}
    assert out["intent"] == "triage" and out["brain"] == "offline" and out["privacy"] == "local"
    assert out["tool_calls"][0]["name"] == "triage_inbox" and set(out["tool_calls"][0]) == {"name", "arguments", "result", "error", "duration_ms"}
    assert all(set(c) == {"n", "id", "title", "source"} for c in out["citations"])


def test_ask_readable_output_lists_sources_and_tools(capsys, team_file):
    assert main(["ask", "Prepare my 1-on-1 with Marco", "--team", str(team_file)]) == 0
    out = capsys.readouterr().out
    assert "Sources\n  [" in out and " — " in out
    assert "Tools used\n  build_agenda" in out


def test_question_from_stdin(capsys, monkeypatch):
    _stdin(monkeypatch, "How do I hire ML engineers?\n".encode())
    assert main(["ask", "-", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["intent"] == "guidance"


@pytest.mark.parametrize("data", [b"\xff\xfe\xfa question", b"\x00\x01binary"])
def test_binary_stdin_is_one_clear_error(capsys, monkeypatch, data):
    _stdin(monkeypatch, data)
    assert main(["ask", "-"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: stdin") and err.count("\n") == 1


def test_empty_question_and_missing_team_file(capsys, tmp_path):
    assert main(["ask", "   "]) == 2
    assert "Your question is empty" in capsys.readouterr().err
    assert main(["ask", "hello", "--team", str(tmp_path / "nope.yaml")]) == 2
    assert "Team file not found" in capsys.readouterr().err


def test_openai_brain_without_endpoint_is_a_user_error(capsys):
    assert main(["ask", "hello", "--brain", "openai"]) == 2
    assert "OPENAI_BASE_URL" in capsys.readouterr().err


def test_chat_reads_lines_and_resumes_a_thread(capsys, monkeypatch, team_file):
    _stdin(monkeypatch, b"Prepare my 1-on-1 with Marco\n/new\nWrite me a poem\n/exit\nnever read\n")
    assert main(["chat", "--team", str(team_file), "--thread", "cli-chat"]) == 0
    out = capsys.readouterr().out
    assert "build_agenda" in out and "New conversation: chat-" in out and "Lead Copilot is for" in out
    _stdin(monkeypatch, b"")
    assert main(["chat", "--thread", "cli-chat"]) == 0
    assert "Resuming cli-chat (1 earlier turn(s))." in capsys.readouterr().out
