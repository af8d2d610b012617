"""`lead index rebuild` keeps the team's ingested documents: it re-ingests those that still exist, names
the ones that are gone, and says so when a corrupt index hides the list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import knowledge.ingest as ingest
from agent.cli import main
from lead_core.settings import load_settings
from knowledge.corpus import corpus_passages
from knowledge.ingest import ingest_paths, ingested_sources, rebuild_index
from knowledge.retrieval import open_retriever


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """A fresh LEAD_HOME whose built-in corpus is one card (six passages)."""
    home = tmp_path / "home"
    monkeypatch.setenv("LEAD_HOME", str(home))
    subset = [p for p in corpus_passages() if p.card_id == "two-hour-rule"]
    monkeypatch.setattr(ingest, "corpus_passages", lambda: subset)
    return home


@pytest.fixture
def docs(tmp_path: Path, monkeypatch) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "oncall.md").write_text("# On-call\n\nPage the secondary after fifteen minutes without acknowledgement.\n")
    (root / "rota.md").write_text("# Rota\n\nSwap shifts in the team calendar, never by direct message.\n")
    (root / "launch.txt").write_text("Shadow traffic for a week before any model launch.\n")
    monkeypatch.chdir(tmp_path)  # files are shown relative to the directory they were ingested from
    return root


def doc_sources(settings) -> dict[str, str]:
    return ingested_sources(settings) or {}


def test_rebuild_reingests_existing_documents_and_names_the_gone_ones(home, docs, tmp_path, monkeypatch):
    settings = load_settings()
    ingest_paths([docs], settings, progress=False)
    before = doc_sources(settings)
    assert len(before) == 3 and all(shown.startswith("docs/") for shown in before.values())
    (docs / "rota.md").unlink()
    monkeypatch.chdir(home.parent.parent)  # rebuilding from elsewhere keeps the names documents were ingested under

    report = rebuild_index(settings)

    assert report.recovered and report.builtin_passages == 6
    assert report.missing == ["docs/rota.md"]
    assert sorted(report.reingested.files_added) == ["docs/launch.txt", "docs/oncall.md"]
    after = doc_sources(settings)
    assert after == {p: s for p, s in before.items() if not p.endswith("rota.md")}
    hits = open_retriever(settings).search("how long before paging the secondary on-call", k=3)
    assert hits[0].source == "docs/oncall.md"


def test_rebuild_cli_reports_reingested_and_missing_files(home, docs, capsys):
    assert main(["ingest", str(docs)]) == 0
    (docs / "launch.txt").unlink()
    capsys.readouterr()
    assert main(["index", "rebuild"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Rebuilt the index with 6 built-in passages and re-ingested 2 of your document(s) (2 passages)."
    assert out[1:] == ["not re-ingested (file no longer exists): docs/launch.txt"]
    assert main(["index", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["ingested_files"] == 2 and status["builtin_passages"] == 6


def test_rebuild_json_lists_what_happened(home, docs, capsys):
    assert main(["ingest", str(docs / "oncall.md")]) == 0
    capsys.readouterr()
    assert main(["index", "rebuild", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["builtin_passages"] == 6 and out["ingested_list_recovered"] is True
    assert out["reingested"]["files_added"] == ["docs/oncall.md"] and out["missing"] == []


def test_rebuild_without_ingested_documents_says_nothing_extra(home, capsys):
    assert main(["index", "rebuild"]) == 0
    assert capsys.readouterr().out.splitlines() == ["Rebuilt the index with 6 built-in passages."]


def test_rebuild_of_a_corrupt_index_says_the_list_was_lost(home, capsys):
    index = home / "index"
    index.mkdir(parents=True)
    (index / "chroma.sqlite3").write_bytes(b"garbage" * 500)
    assert main(["index", "rebuild"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Rebuilt the index with 6 built-in passages."
    assert "could not be recovered" in out[1] and "`lead ingest`" in out[1]
    assert main(["retrieve", "stuck for hours", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["card_id"] == "two-hour-rule"
