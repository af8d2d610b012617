"""Chroma storage for the guidance: an embedded PersistentClient under the index folder, or a Chroma server.

The collection is created with our registered embedding function and cosine space, so anyone reopening
it (another process, a fresh client) gets the same embeddings without passing a function in. Problems
opening the index become one-sentence KnowledgeErrors: storage failures (permission, read-only, full disk) name their
cause, damage points at `lead index rebuild`, which builds a new folder aside and swaps it in.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from lead_core.settings import Settings, load_settings
from knowledge.errors import KnowledgeError, storage_error
from lead_core.atomic import private_dir

REBUILD_HINT = "run `lead index rebuild` to recreate it"
META_FINGERPRINT = "builtin_fingerprint"
# Whether the collection holds ingested documents, asked of Chroma's SQLite file directly so that a turn
# needing only the built-in corpus never imports Chroma (schema of chromadb 1.5; tests/knowledge/test_store.py
# fails if a Chroma upgrade changes it).
_HAS_DOCUMENTS_SQL = """
SELECT 1 FROM embedding_metadata AS m
JOIN embeddings AS e ON e.id = m.id
JOIN segments AS s ON s.id = e.segment_id
JOIN collections AS c ON c.id = s.collection
WHERE c.name = ? AND m.key = 'kind' AND m.string_value = 'doc' LIMIT 1
"""


def embedding_function(settings: Settings) -> Any:
    """The embedding function the settings ask for (local MiniLM unless embeddings == 'openai')."""
    from knowledge.chroma_embeddings import LocalMiniLMEmbeddingFunction, OpenAICompatibleEmbeddingFunction

    if settings.embeddings == "openai":
        check_embeddings_privacy(settings)
        return OpenAICompatibleEmbeddingFunction(settings.embedding_model, settings.openai_base_url)
    return LocalMiniLMEmbeddingFunction()


def check_embeddings_privacy(settings: Settings) -> None:
    """Refuse remote embeddings with privacy on: questions and documents would reach them with names as written."""
    from lead_core.network import DEFAULT_OPENAI_URL, is_loopback_url

    url = settings.openai_base_url or DEFAULT_OPENAI_URL
    if settings.privacy == "on" and not is_loopback_url(url):
        raise KnowledgeError(
            f"LEAD_EMBEDDINGS=openai would send your questions and documents, names included, to {url}, "
            "which privacy mode forbids: use LEAD_EMBEDDINGS=local, an embedding server on this machine, "
            "or LEAD_PRIVACY=off to accept it."
        )


def embedding_label(settings: Settings) -> str:
    """Human-readable name of the embedding model in use."""
    from knowledge.embeddings import MODEL_ID

    return f"openai:{settings.embedding_model}" if settings.embeddings == "openai" else f"local:{MODEL_ID}"


def location(settings: Settings) -> str:
    """Where the index lives: the server URL or the local folder."""
    return settings.chroma_url or str(settings.index_dir)


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """(host, port, ssl) from a URL such as http://127.0.0.1:8000 or https://chroma.example.com."""
    parsed = urlparse(url if "://" in url else f"http://{url}")
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise KnowledgeError(f"LEAD_CHROMA_URL '{url}' is not an http(s) URL such as http://127.0.0.1:8000.")
    ssl = parsed.scheme == "https"
    try:
        port = parsed.port or (443 if ssl else 8000)
    except ValueError as exc:
        raise KnowledgeError(f"LEAD_CHROMA_URL '{url}' has an invalid port.") from exc
    return parsed.hostname, port, ssl


def serves_builtin_only(settings: Settings) -> bool:
    """True when the built-in corpus is all there is to search: local embeddings, no server, nothing ingested.

    Anything unexpected about the index folder (a damaged or truncated file, a file where the folder should
    be) answers False, so Chroma opens it and reports the problem.
    """
    if settings.chroma_url or settings.embeddings != "local":
        return False
    folder = settings.index_dir
    if not os.path.lexists(folder):
        return True
    db = folder / "chroma.sqlite3"
    if not folder.is_dir() or (os.path.lexists(db) and not db.is_file()):
        return False
    if not db.exists():
        return True
    import sqlite3

    try:
        with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
            page_size = conn.execute("PRAGMA page_size").fetchone()[0]
            page_count = conn.execute("PRAGMA page_count").fetchone()[0]
            if db.stat().st_size < page_size * page_count:
                return False  # truncated
            return conn.execute(_HAS_DOCUMENTS_SQL, (settings.collection,)).fetchone() is None
    except (sqlite3.Error, OSError):
        return False


class BuiltinArray:
    """The built-in passages and their vectors searched with NumPy, through the part of Chroma's collection API
    the retriever uses (`get` and `query`), with Chroma's cosine distances and order."""

    def __init__(self, ids: list[str], documents: list[str], metadatas: list[dict], vectors: Any) -> None:
        self._ids, self._documents, self._metadatas, self._vectors = ids, documents, metadatas, vectors

    def get(self, include: Any = None, **_: Any) -> dict[str, Any]:
        return {"ids": list(self._ids), "documents": list(self._documents), "metadatas": list(self._metadatas)}

    def query(self, query_texts: list[str], n_results: int, include: Any = None, **_: Any) -> dict[str, Any]:
        import numpy as np

        from knowledge.embeddings import embed_cached

        ids: list[list[str]] = []
        distances: list[list[float]] = []
        for vector in embed_cached(query_texts):
            distance = 1.0 - self._vectors @ vector
            top = np.argsort(distance, kind="stable")[:n_results]
            ids.append([self._ids[i] for i in top])
            distances.append([float(distance[i]) for i in top])
        return {"ids": ids, "distances": distances}


def _chroma_settings() -> Any:
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


def open_client(settings: Settings | None = None) -> Any:
    """A Chroma client: HttpClient when settings.chroma_url is set, else PersistentClient under index_dir."""
    settings = settings or load_settings()
    import chromadb

    import knowledge.chroma_embeddings  # noqa: F401 - registers our functions before a collection is read

    if settings.chroma_url:
        host, port, ssl = parse_chroma_url(settings.chroma_url)
        try:
            client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=_chroma_settings())
            client.heartbeat()
        except Exception as exc:
            raise KnowledgeError(
                f"Cannot reach the Chroma server at {settings.chroma_url} ({exc.__class__.__name__}); "
                "start it or unset LEAD_CHROMA_URL to use the local index."
            ) from exc
        return client
    path = settings.index_dir
    try:
        complete_interrupted_swap(path)
        private_dir(path)
        return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())
    except Exception as exc:
        raise storage_error(exc, path) or KnowledgeError(
            f"The index at {path} cannot be opened ({_describe(exc)}); {REBUILD_HINT}."
        ) from exc


def open_local_client(path: Path) -> Any:
    """An embedded Chroma client on any folder (a rebuild fills a new index there before swapping it in)."""
    import chromadb

    private_dir(path)
    return chromadb.PersistentClient(path=str(path), settings=_chroma_settings())


def _previous(target: Path) -> Path:
    return target.with_name(target.name + ".previous")


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def swap_in(staging: Path, target: Path) -> None:
    """Replace the index folder `target` with the complete one at `staging`: two renames, old one removed last."""
    release_local_clients(target)
    _remove(_previous(target))
    if target.exists() or target.is_symlink():
        os.rename(target, _previous(target))
    os.rename(staging, target)
    _remove(_previous(target))


def complete_interrupted_swap(target: Path) -> None:
    """A swap stopped between its two renames left only `index.previous`: put it back."""
    if not target.exists() and _previous(target).exists():
        os.rename(_previous(target), target)


def _describe(exc: BaseException) -> str:
    first = str(exc).splitlines()[0][:120] if str(exc) else ""
    return f"{exc.__class__.__name__}: {first}" if first else exc.__class__.__name__


def get_collection(client: Any, settings: Settings, *, create: bool = True) -> Any:
    """Open (or create) the guidance collection; returns None when it is absent and create is False."""
    name = settings.collection
    try:
        if create:
            return client.get_or_create_collection(
                name=name,
                embedding_function=embedding_function(settings),
                configuration={"hnsw": {"space": "cosine"}},
            )
        existing = {c.name for c in client.list_collections()}
        if name not in existing:
            return None
        return client.get_collection(name=name, embedding_function=embedding_function(settings))
    except KnowledgeError:
        raise
    except Exception as exc:
        raise storage_error(exc, location(settings)) or KnowledgeError(
            f"The collection '{name}' at {location(settings)} cannot be opened ({_describe(exc)}); {REBUILD_HINT}."
        ) from exc


def collection_fingerprint(collection: Any) -> str | None:
    """The built-in corpus fingerprint recorded on the collection, if any."""
    return (collection.metadata or {}).get(META_FINGERPRINT) or None


def set_collection_fingerprint(collection: Any, fingerprint: str) -> None:
    """Record the built-in corpus fingerprint (an empty string marks a build in progress)."""
    metadata = dict(collection.metadata or {})
    metadata[META_FINGERPRINT] = fingerprint
    collection.modify(metadata=metadata)


def release_local_clients(path: Path | None = None) -> None:
    """Forget Chroma's cached in-process client for one index folder (or all), so a rebuilt folder reopens cleanly."""
    from chromadb.api.shared_system_client import SharedSystemClient

    if path is None:
        SharedSystemClient.clear_system_cache()
        return
    # Chroma keys its per-process systems by the persist directory string it was given.
    SharedSystemClient._identifier_to_system.pop(str(path), None)
    SharedSystemClient._identifier_to_refcount.pop(str(path), None)
