"""`lead rehearse` driven through the CLI entry point: a scripted session as text and as JSON, the saved
session exported as Markdown, and one-line errors for bad input."""

from __future__ import annotations

import json

import pytest

from agent.cli import main

SITUATION = "Victor wants Priya moved to the summarizer on Monday"
GOOD = [
    "I understand the summarizer matters. My recommendation is that Priya finishes Fraud model v3 first, about 2 weeks left.",
    "Two options: she finishes first and we lose 2.5 working days, or she switches now and we lose 6.5 days. I recommend the first.",
    "Next step: I'll send you both options in writing by tomorrow morning.",
]


@pytest.fixture
def script(tmp_path):
    path = tmp_path / "replies.txt"
    path.write_text("# my replies\n" + "\n".join(GOOD) + "\n", encoding="utf-8")
    return path


def rehearse(team_file, script, *extra):
    return main(["rehearse", "--with", "vp", SITUATION, "--team", str(team_file), "--script", str(script),
                 "--today", "2026-11-23", *extra])


def test_scripted_session_prints_transcript_and_scorecard(team_file, script, capsys):
    assert rehearse(team_file, script) == 0
    out = capsys.readouterr().out
    assert out.startswith("Rehearsing with Victor (VP of Engineering, realistic)")
    assert "Victor: I need Priya on the LLM summarizer from Monday." in out
    assert f"You: {GOOD[0]}" in out
    assert "Scorecard: " in out and "Practise next:" in out and "lead rehearse export rh-" in out


def test_json_has_transcript_and_scorecard_with_evidence_from_the_transcript(team_file, script, capsys):
    assert rehearse(team_file, script, "--json") == 0
    data = json.loads(capsys.readouterr().out)
    transcript = data["transcript"]
    assert [t["speaker"] for t in transcript] == ["counterpart", "manager"] * 3 + ["counterpart"]
    assert [t["text"] for t in transcript if t["speaker"] == "manager"] == GOOD
    card = data["scorecard"]
    assert 0 <= card["overall"] <= 100 and len(card["criteria"]) == 9
    for c in card["criteria"]:
        assert set(c) >= {"name", "score", "evidence", "better"} and c["score"] in (0, 50, 100)
        assert any(c["evidence"] in line for line in GOOD)
    assert data["numbers"]["person"] == "Priya" and data["numbers"]["recommendation"] == "finish_first"


def test_saved_session_exports_as_markdown(team_file, script, tmp_path, capsys):
    assert rehearse(team_file, script, "--json") == 0
    session_id = json.loads(capsys.readouterr().out)["id"]
    target = tmp_path / "out" / "rehearsal.md"
    assert main(["rehearse", "export", session_id, str(target)]) == 0
    body = target.read_text(encoding="utf-8")
    assert body.startswith("# Rehearsal with Victor (VP of Engineering, realistic)")
    assert f"**You:** {GOOD[1]}" in body and "## Scorecard: " in body and "| finishing first (recommended) |" in body
    assert main(["rehearse", "list"]) == 0
    assert session_id in capsys.readouterr().out


def test_markdown_option_writes_the_session(team_file, script, tmp_path):
    target = tmp_path / "session.md"
    assert rehearse(team_file, script, "--markdown", str(target)) == 0
    assert "## Transcript" in target.read_text(encoding="utf-8")


def test_interactive_session_reads_stdin_until_end(team_file, monkeypatch, capsys):
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO(("\n".join(GOOD[:1] + ["/end", "never read"]) + "\n").encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["rehearse", "--with", "report", SITUATION, "--team", str(team_file), "--today", "2026-11-23", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [t["speaker"] for t in data["transcript"]] == ["counterpart", "manager", "counterpart"]
    assert data["name"] == "Priya"


@pytest.mark.parametrize(
    "argv, message",
    [
        (["rehearse", SITUATION], "--with ROLE"),
        (["rehearse", "--with", "vp"], "Describe the situation"),
        (["rehearse", "--with", "vp", SITUATION, "--script", "/nonexistent/replies.txt"], "Script not found"),
        (["rehearse", "--with", "vp", SITUATION, "--today", "soon"], "--today must be a date"),
        (["rehearse", "export", "rh-nothere", "x.md"], "No saved rehearsal 'rh-nothere'"),
        (["rehearse", "export", "only-id"], "Usage: lead rehearse export ID FILE"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, message, capsys):
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_export_refuses_a_folder(team_file, script, tmp_path, capsys):
    assert rehearse(team_file, script, "--json") == 0
    session_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["rehearse", "export", session_id, str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err
