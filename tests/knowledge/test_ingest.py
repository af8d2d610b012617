"""Ingesting a team's documents and keeping the built-in index current: idempotence, replacement, pruning, locks."""

from __future__ import annotations

from pathlib import Path

import pytest

import knowledge.ingest as ingest
from lead_core.settings import load_settings
from knowledge.corpus import corpus_passages
from knowledge.errors import KnowledgeError
from knowledge.ingest import index_lock, index_status, ingest_paths
from knowledge.retrieval import HybridRetriever, open_retriever
from knowledge.store import get_collection, open_client

SMALL_CARDS = {"protect-near-finished-work", "two-hour-rule", "absorb-chaos-filter-requests"}


@pytest.fixture
def small_corpus(monkeypatch):
    """Index only three cards, with a fingerprint the test controls."""
    subset = [p for p in corpus_passages() if p.card_id in SMALL_CARDS]
    state = {"fingerprint": "fp-1"}
    monkeypatch.setattr(ingest, "corpus_passages", lambda: subset)
    monkeypatch.setattr(ingest, "corpus_fingerprint", lambda: state["fingerprint"])
    return state


@pytest.fixture
def settings(tmp_path: Path):
    return load_settings(home=tmp_path / "home")


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    (root / "team").mkdir(parents=True)
    (root / "team" / "oncall.md").write_text(
        "# On-call\n\nPage the secondary after fifteen minutes without acknowledgement.\n\n"
        "## Handover\n\nWrite the handover note in the incident channel before you go off shift.\n"
    )
    (root / "notes.txt").write_text("Quarterly planning happens in the second week of the quarter.\n")
    (root / "wiki.html").write_text("<html><body><h1>Launch checklist</h1><p>Shadow traffic for a week.</p></body></html>")
    (root / "empty.md").write_text("")
    (root / "blob.txt").write_bytes(b"\0\1\2binary")
    (root / ".hidden.md").write_text("# secret\n\nnot ingested")
    return root


def _contents(settings) -> dict:
    got = get_collection(open_client(settings), settings).get(
        where={"kind": "doc"}, include=["documents", "metadatas"]
    )
    return {cid: (doc, meta["path"]) for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"])}


def test_ingest_adds_chunks_and_reports_skips(settings, docs: Path) -> None:
    skipped = []
    report = ingest_paths([docs], settings, on_skip=lambda p, r: skipped.append((Path(p).name, r)))
    assert sorted(Path(p).name for p in report.files_added) == ["notes.txt", "oncall.md", "wiki.html"]
    assert report.chunks_written == 4
    assert sorted(skipped) == [("blob.txt", "binary content"), ("empty.md", "empty file")]
    stored = _contents(settings)
    assert len(stored) == 4
    assert all(path.startswith(str(docs.resolve())) for _, path in stored.values())


def test_ingested_docs_are_retrievable_with_provenance(settings, docs: Path, small_corpus) -> None:
    ingest_paths([docs], settings)
    retriever = open_retriever(settings)
    hit = retriever.search("who do I page when the primary does not acknowledge", k=1)[0]
    assert hit.card_id.startswith("doc:") and hit.card_id.endswith("oncall.md")
    assert hit.source.endswith("oncall.md")
    assert "fifteen minutes" in hit.text and hit.use_for == ()
    assert hit.title == "oncall.md > On-call"
    status = index_status(settings)
    assert status["ingested_files"] == 3 and status["ingested_passages"] == 4
    assert status["builtin_passages"] == len([p for p in corpus_passages() if p.card_id in SMALL_CARDS])


def test_reingest_is_idempotent(settings, docs: Path) -> None:
    ingest_paths([docs], settings)
    before = _contents(settings)
    report = ingest_paths([docs], settings)
    assert report.chunks_written == 0 and report.files_added == [] and len(report.files_unchanged) == 3
    assert _contents(settings) == before


def test_changed_file_replaces_its_chunks_and_prune_removes_gone_files(settings, docs: Path) -> None:
    ingest_paths([docs], settings)
    (docs / "notes.txt").write_text("Planning moved to the first week.\n")
    report = ingest_paths([docs], settings)
    assert [Path(p).name for p in report.files_replaced] == ["notes.txt"]
    texts = [doc for doc, _ in _contents(settings).values()]
    assert any("first week" in t for t in texts) and not any("second week" in t for t in texts)

    (docs / "wiki.html").unlink()
    ingest_paths([docs], settings)
    assert any("Shadow traffic" in doc for doc, _ in _contents(settings).values())  # kept without --prune
    report = ingest_paths([docs], settings, prune=True)
    assert [Path(p).name for p in report.pruned] == ["wiki.html"]
    assert not any("Shadow traffic" in doc for doc, _ in _contents(settings).values())
    assert len(_contents(settings)) == 3


def test_missing_path_is_skipped_with_reason(settings, docs: Path, tmp_path: Path) -> None:
    report = ingest_paths([docs / "notes.txt", tmp_path / "nope"], settings)
    assert report.skipped == [(str(tmp_path / "nope"), "not found")]
    assert report.chunks_written == 1
    with pytest.raises(KnowledgeError, match="Nothing to ingest"):
        ingest_paths([tmp_path / "nope"], settings)


def test_second_concurrent_ingest_is_refused(settings, docs: Path) -> None:
    with index_lock(settings):
        with pytest.raises(KnowledgeError, match="Another ingest is running"):
            ingest_paths([docs], settings)
    assert ingest_paths([docs], settings).chunks_written == 4  # the lock is free again


def test_builtin_index_is_built_once_and_rebuilt_when_the_corpus_changes(settings, small_corpus) -> None:
    assert index_status(settings, ensure=True)["state"] == "fresh"
    retriever = HybridRetriever(get_collection(open_client(settings), settings))
    ids = {p.id for p in retriever.search("two hours stuck", k=10)}
    assert any(i.startswith("two-hour-rule#") for i in ids)
    collection = get_collection(open_client(settings), settings)
    assert ingest.ensure_builtin(settings, collection) is False  # fresh: nothing to do

    small_corpus["fingerprint"] = "fp-2"
    assert index_status(settings)["state"] == "stale"
    status = index_status(settings, ensure=True)
    assert status["built_now"] and status["state"] == "fresh" and status["indexed_fingerprint"] == "fp-2"
    assert status["builtin_passages"] == len(retriever)


def test_interrupted_builtin_build_is_seen_as_stale(settings, small_corpus, monkeypatch) -> None:
    collection = get_collection(open_client(settings), settings)

    def boom(**kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(collection, "add", boom)
    with pytest.raises(KeyboardInterrupt):
        ingest.index_builtin(collection)
    assert index_status(settings)["state"] == "stale"
    assert index_status(settings, ensure=True)["state"] == "fresh"


def test_refresh_picks_up_newly_ingested_documents(settings, docs: Path, small_corpus) -> None:
    retriever = open_retriever(settings)
    before = len(retriever)
    ingest_paths([docs], settings)
    assert len(retriever) == before
    retriever.refresh()
    assert len(retriever) == before + 4
    assert retriever.search("shadow traffic launch checklist", k=1, mode="bm25")[0].card_id.endswith("wiki.html")


def test_overlapped_add_stores_each_passage_with_its_own_vector(settings) -> None:
    import numpy as np

    from knowledge.embeddings import embed_texts
    from knowledge.ingest import STORE_SLICE, add_overlapped

    collection = get_collection(open_client(settings), settings)
    count = STORE_SLICE * 2 + 5
    ids = [f"doc-{i:03d}" for i in range(count)]
    documents = [f"Note {i}: {'shadow traffic ' if i % 2 else 'on-call rota '}{'detail ' * (i % 7)}" for i in range(count)]
    metadatas = [{"kind": "doc", "path": f"/notes/{i}.md"} for i in range(count)]
    add_overlapped(collection, ids, documents, metadatas)
    got = collection.get(ids=ids, include=["embeddings", "documents"])
    stored = dict(zip(got["ids"], got["embeddings"]))
    assert [got["documents"][got["ids"].index(i)] for i in ids] == documents
    assert np.allclose(np.array([stored[i] for i in ids]), embed_texts(documents), atol=1e-5)



class _RecordingCollection:
    """A collection whose embedding function is a plain callable (an OpenAI-compatible endpoint, say)."""

    def __init__(self, embed) -> None:
        self.configuration = {"embedding_function": embed}
        self.stored: dict[str, tuple[str, list[float]]] = {}

    def add(self, ids, documents, metadatas, embeddings=None) -> None:
        assert embeddings is not None and len(embeddings) == len(ids) == len(documents) == len(metadatas)
        for cid, doc, vector in zip(ids, documents, embeddings):
            self.stored[cid] = (doc, vector)


def test_overlapped_add_with_any_embedding_function_pairs_each_passage_with_its_vector() -> None:
    from knowledge.ingest import STORE_SLICE, add_overlapped

    collection = _RecordingCollection(lambda texts: [[float(len(t)), float(t.count("x"))] for t in texts])
    count = STORE_SLICE * 2 + 3
    ids = [f"doc-{i}" for i in range(count)]
    documents = ["x" * (i % 11) + "y" * (count - i) for i in range(count)]
    add_overlapped(collection, ids, documents, [{"kind": "doc"} for _ in ids])
    assert collection.stored == {cid: (doc, [float(len(doc)), float(doc.count("x"))]) for cid, doc in zip(ids, documents)}