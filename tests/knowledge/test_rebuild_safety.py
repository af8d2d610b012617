"""Storage failures tell their real cause (permission denied, read-only, disk full), never "damaged index, rebuild";
and `lead index rebuild` builds the new index aside and swaps it in only when complete, so neither a refused read
nor a full disk nor a damaged index loses the documents you ingested."""

from __future__ import annotations

import errno
import json
import sqlite3
from pathlib import Path

import chromadb
import pytest

import knowledge.ingest as ingest
from agent.cli import main
from lead_core.settings import load_settings
from knowledge.corpus import corpus_passages
from knowledge.errors import KnowledgeError
from knowledge.ingest import index_status, ingest_paths, rebuild_index
from knowledge.store import open_client, release_local_clients


@pytest.fixture
def home(tmp_path: Path, monkeypatch) -> Path:
    """A fresh LEAD_HOME whose built-in corpus is one card (six passages), with three ingested documents."""
    home = tmp_path / "home"
    monkeypatch.setenv("LEAD_HOME", str(home))
    subset = [p for p in corpus_passages() if p.card_id == "two-hour-rule"]
    monkeypatch.setattr(ingest, "corpus_passages", lambda: subset)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "oncall.md").write_text("# On-call\n\nPage the secondary after fifteen minutes without acknowledgement.\n")
    (docs / "rota.md").write_text("# Rota\n\nSwap shifts in the team calendar, never by direct message.\n")
    (docs / "launch.txt").write_text("Shadow traffic for a week before any model launch.\n")
    index_status(load_settings(), ensure=True)
    ingest_paths([docs], load_settings(), progress=False)
    return home


def _refuse(exc: BaseException, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise exc

    monkeypatch.setattr(chromadb, "PersistentClient", refuse)


def _documents_still_there() -> None:
    status = index_status(load_settings())
    assert status["ingested_files"] == 3 and status["builtin_passages"] == 6, status


@pytest.mark.parametrize(("exc", "cause"), [
    (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "read-only"),
    (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
])
def test_storage_errors_name_their_cause_not_damage(home, monkeypatch, capsys, exc, cause):
    _refuse(exc, monkeypatch)
    with pytest.raises(KnowledgeError) as info:
        open_client(load_settings())
    assert cause in str(info.value) and "rebuild" not in str(info.value).replace("do not rebuild", "")
    assert main(["retrieve", "stuck for hours"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and cause in err[0]


def test_rebuild_refused_by_permissions_keeps_the_index(home, monkeypatch):
    with monkeypatch.context() as m:
        _refuse(PermissionError(errno.EACCES, "Permission denied"), m)
        with pytest.raises(KnowledgeError, match="permission denied"):
            rebuild_index(load_settings())
    _documents_still_there()


def test_full_disk_during_rebuild_keeps_the_old_index(home, monkeypatch):
    def full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    with monkeypatch.context() as m:
        m.setattr(ingest, "index_builtin", full)
        with pytest.raises(KnowledgeError, match="disk is full"):
            rebuild_index(load_settings())
    _documents_still_there()
    assert not list(home.glob("index.rebuild-*")), "the half-built index was left behind"


def test_full_disk_during_ingest_is_one_line(home, tmp_path, monkeypatch, capsys):
    (tmp_path / "new.md").write_text("# New\n\nA new note.\n")

    def full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(chromadb.api.models.Collection.Collection, "add", full)
    assert main(["ingest", str(tmp_path / "new.md")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "disk is full" in err[0]


def test_rebuild_of_a_damaged_index_still_reingests_your_documents(home, capsys):
    index = home / "index"
    release_local_clients()  # as in a new process: nothing of the healthy index is cached
    for path in sorted(index.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    (index / "chroma.sqlite3").write_bytes(b"garbage" * 500)
    assert main(["index", "rebuild", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert len(out["reingested"]["files_added"]) == 3 and out["ingested_list_recovered"] is True
    _documents_still_there()


def test_a_swap_interrupted_between_its_two_renames_is_completed(home):
    (home / "index").rename(home / "index.previous")
    _documents_still_there()
    assert (home / "index").is_dir() and not (home / "index.previous").exists()
