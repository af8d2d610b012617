"""Chroma storage: the embedding function persists with the collection, damaged indexes and servers."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lead_core.settings import load_settings
from knowledge.errors import KnowledgeError
from knowledge.store import get_collection, open_client, parse_chroma_url


REOPEN_SCRIPT = """
import json, sys
import chromadb
from chromadb.config import Settings
import knowledge.chroma_embeddings  # registers our embedding functions, as any Lead Copilot process opening Chroma does
client = chromadb.PersistentClient(path=sys.argv[1], settings=Settings(anonymized_telemetry=False))
collection = client.get_collection("lead_guidance")  # no embedding function passed
ef = collection.configuration["embedding_function"]
out = {"ef": ef.name(), "space": collection.configuration["hnsw"]["space"]}
if out["ef"] == "lead-copilot-minilm-int8":  # the default function would try to download a model
    result = collection.query(query_texts=["let a nearly finished model land before switching"], n_results=3)
    out["ids"] = result["ids"][0]
print(json.dumps(out))
"""


def test_reopened_collection_restores_our_embedding_function(chroma_index, lead_home: Path) -> None:
    assert chroma_index.count() > 0
    proc = subprocess.run(
        [sys.executable, "-c", REOPEN_SCRIPT, str(lead_home / "index")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"},
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["ef"] == "lead-copilot-minilm-int8"
    assert out["space"] == "cosine"
    assert any(cid.startswith("protect-near-finished-work#") for cid in out["ids"])


def test_corrupt_index_dir_points_to_rebuild(tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path)
    settings.index_dir.mkdir(parents=True)
    (settings.index_dir / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(KnowledgeError, match="lead index rebuild"):
        get_collection(open_client(settings), settings)


def test_index_path_that_is_a_file_is_reported(tmp_path: Path) -> None:
    settings = load_settings(home=tmp_path)
    settings.index_dir.write_text("oops")
    with pytest.raises(KnowledgeError, match="lead index rebuild"):
        open_client(settings)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8123", ("127.0.0.1", 8123, False)),
        ("https://chroma.example.com", ("chroma.example.com", 443, True)),
        ("localhost:9000", ("localhost", 9000, False)),
        ("http://db.internal", ("db.internal", 8000, False)),
    ],
)
def test_parse_chroma_url(url: str, expected: tuple) -> None:
    assert parse_chroma_url(url) == expected


def test_bad_chroma_url_is_a_clear_error() -> None:
    with pytest.raises(KnowledgeError, match="not an http"):
        parse_chroma_url("ftp://somewhere")


def test_unreachable_server_is_a_clear_error() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = load_settings(chroma_url=f"http://127.0.0.1:{port}")
    with pytest.raises(KnowledgeError, match="Cannot reach the Chroma server"):
        open_client(settings)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path: Path):
    """A real `chroma run` server on a free loopback port, stopped afterwards."""
    chroma = Path(sys.executable).parent / "chroma"
    if not chroma.exists():
        pytest.skip(f"no chroma script next to {sys.executable}")
    port = _free_port()
    log = (tmp_path / "chroma.log").open("wb")
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        import urllib.request

        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"chroma server did not start: {(tmp_path / 'chroma.log').read_text()[-500:]}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.mark.server
def test_index_and_query_through_a_real_chroma_server(chroma_server: str, tmp_path: Path, monkeypatch) -> None:
    import knowledge.ingest as ingest
    from knowledge.corpus import corpus_passages
    from knowledge.ingest import index_status, ingest_paths
    from knowledge.retrieval import open_retriever

    # A small slice of the corpus keeps this test fast; the full build is covered elsewhere.
    subset = [p for p in corpus_passages() if p.card_id in {"protect-near-finished-work", "two-hour-rule"}]
    monkeypatch.setattr(ingest, "corpus_passages", lambda: subset)
    monkeypatch.setenv("LEAD_CHROMA_URL", chroma_server)
    settings = load_settings(home=tmp_path / "home")
    assert settings.chroma_url == chroma_server
    retriever = open_retriever(settings)
    assert len(retriever) == len(subset)
    top = retriever.search("my engineer is nearly done but the VP wants her moved", k=2)
    assert top[0].card_id == "protect-near-finished-work"

    doc = tmp_path / "docs" / "oncall.md"
    doc.parent.mkdir()
    doc.write_text("# On-call\n\nPage the secondary after fifteen minutes without acknowledgement.\n")
    report = ingest_paths([doc.parent], settings)
    assert report.chunks_written == 1
    status = index_status(settings)
    assert status["backend"] == "server" and status["location"] == chroma_server
    assert status["ingested_passages"] == 1 and status["state"] == "fresh"
    again = open_retriever(settings)
    hit = again.search("when do I page the secondary on-call", k=1)[0]
    assert hit.card_id.startswith("doc:") and "fifteen minutes" in hit.text

    from knowledge.ingest import rebuild_index

    rebuilt = rebuild_index(settings)  # built in a second collection, then renamed over the first
    assert rebuilt.builtin_passages == len(subset) and len(rebuilt.reingested.files_added) == 1
    after = index_status(settings)
    assert after["ingested_passages"] == 1 and after["builtin_passages"] == len(subset)
    client = open_client(settings)
    assert sorted(c.name for c in client.list_collections()) == [settings.collection]


def test_only_an_index_with_ingested_documents_needs_chroma(tmp_path: Path) -> None:
    from knowledge.ingest import index_status, ingest_paths
    from knowledge.store import serves_builtin_only

    settings = load_settings(home=tmp_path / "home")
    assert serves_builtin_only(settings)  # no index at all
    assert not serves_builtin_only(settings.model_copy(update={"chroma_url": "http://127.0.0.1:9"}))
    assert not serves_builtin_only(settings.model_copy(update={"embeddings": "openai"}))
    index_status(settings, ensure=True)
    assert serves_builtin_only(settings)  # the built-in corpus only
    doc = tmp_path / "docs" / "oncall.md"
    doc.parent.mkdir()
    doc.write_text("# On-call\n\nPage the secondary after fifteen minutes.\n")
    ingest_paths([doc], settings)
    # Read from Chroma's SQLite file: this fails if a Chroma upgrade changes where it keeps metadata.
    assert not serves_builtin_only(settings)
    assert serves_builtin_only(settings.model_copy(update={"collection": "another_collection"}))


def test_a_damaged_index_folder_is_left_to_chroma_to_report(tmp_path: Path) -> None:
    from knowledge.store import serves_builtin_only

    settings = load_settings(home=tmp_path / "home")
    settings.home.mkdir()
    settings.index_dir.write_text("not a folder")
    assert not serves_builtin_only(settings)
    settings.index_dir.unlink()
    settings.index_dir.mkdir()
    (settings.index_dir / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    assert not serves_builtin_only(settings)
