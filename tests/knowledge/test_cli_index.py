"""`lead index`, `lead ingest` and `lead retrieve` driven through the CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import knowledge.ingest as ingest
from agent.cli import main
from knowledge.corpus import corpus_passages

VP_QUESTION = "one of my engineers is two weeks from finishing and my VP wants her on something new"


def test_retrieve_json_finds_the_protect_card(builtin_retriever, capsys) -> None:
    assert main(["retrieve", VP_QUESTION, "-k", "5", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 5
    assert set(rows[0]) == {"id", "card_id", "title", "source", "text", "score"}
    assert rows[0]["card_id"] == "protect-near-finished-work"


def test_retrieve_text_output_and_filters(builtin_retriever, capsys) -> None:
    assert main(["retrieve", "hiring a researcher", "-k", "2", "--use-for", "hiring", "--mode", "bm25"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("[1] ") and "[2] " in out and "source: " in out


def test_retrieve_rejects_bad_k(capsys) -> None:
    assert main(["retrieve", "x", "-k", "0"]) == 2
    assert capsys.readouterr().err.strip() == "error: -k must be between 1 and 50."


def test_index_status_reports_the_session_index(builtin_retriever, lead_home: Path, capsys) -> None:
    assert main(["index", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["state"] == "fresh"
    assert status["location"] == str(lead_home / "index")
    assert status["builtin_passages"] == len(corpus_passages())
    assert status["embedding_model"].startswith("local:")
    assert main(["index", "status"]) == 0
    assert "built-in corpus  fresh" in capsys.readouterr().out


@pytest.fixture
def tmp_home(tmp_path: Path, monkeypatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("LEAD_HOME", str(home))
    subset = [p for p in corpus_passages() if p.card_id == "two-hour-rule"]
    monkeypatch.setattr(ingest, "corpus_passages", lambda: subset)
    return home


def test_status_of_a_missing_index_then_ensure(tmp_home: Path, capsys) -> None:
    assert main(["index", "status"]) == 0
    assert "No index yet" in capsys.readouterr().out
    assert main(["index", "status", "--ensure", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["built_now"] and status["state"] == "fresh" and status["builtin_passages"] == 6


def test_ingest_cli_json_and_skip_lines(tmp_home: Path, tmp_path: Path, capsys) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Rota\n\nSwap shifts in the team calendar.\n")
    (docs / "b.md").write_text("")
    assert main(["ingest", str(docs), "--json"]) == 0
    captured = capsys.readouterr()
    summary = json.loads(captured.out)
    assert len(summary["files_added"]) == 1 and summary["chunks_written"] == 1
    assert captured.err.strip().endswith("b.md: empty file")
    assert main(["ingest", str(docs)]) == 0
    assert "1 unchanged, 1 skipped" in capsys.readouterr().out


def test_ingest_refused_while_locked(tmp_home: Path, tmp_path: Path, capsys) -> None:
    from lead_core.settings import load_settings

    (tmp_path / "a.md").write_text("hello there")
    with ingest.index_lock(load_settings()):
        assert main(["ingest", str(tmp_path / "a.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: Another ingest is running") and err.count("\n") == 1


def test_rebuild_recovers_a_corrupt_index(tmp_home: Path, capsys) -> None:
    index = tmp_home / "index"
    index.mkdir(parents=True)
    (index / "chroma.sqlite3").write_bytes(b"garbage" * 500)
    assert main(["retrieve", "stuck for hours", "--json"]) == 2
    err = capsys.readouterr().err
    assert "lead index rebuild" in err and err.count("\n") == 1
    assert main(["index", "rebuild"]) == 0
    assert "Rebuilt the index with 6 built-in passages" in capsys.readouterr().out
    assert main(["retrieve", "stuck for hours", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["card_id"] == "two-hour-rule"
