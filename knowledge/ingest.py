"""Fill the index: the built-in corpus (rebuilt when its fingerprint changes) and a team's own documents.

The collection itself is the manifest: every ingested chunk carries its file's absolute path and an id
derived from path and content, so a re-run skips unchanged files, replaces changed ones (delete by path,
then add), and completes an ingest that was interrupted. A file lock keeps two writers apart.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lead_core.settings import Settings, load_settings
from knowledge.chunking import SkipFile, chunk_text, read_document
from knowledge.corpus import corpus_fingerprint, corpus_passages
from knowledge.errors import KnowledgeError, StorageError, storage_errors
from knowledge.store import (
    collection_fingerprint,
    get_collection,
    location,
    open_client,
    open_local_client,
    release_local_clients,
    set_collection_fingerprint,
    swap_in,
)
from lead_core.atomic import atomic_write_text, private_dir

KIND_BUILTIN = "builtin"
KIND_DOC = "doc"
ADD_BATCH = 64
FLUSH_CHUNKS = 1024  # chunks gathered before writing, so the overlapped slices below keep both cores busy
STORE_SLICE = 128
PROGRESS_MIN_FILES = 50


@dataclass
class IngestReport:
    """What one `lead ingest` run did."""

    files_added: list[str] = field(default_factory=list)
    files_replaced: list[str] = field(default_factory=list)
    files_unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)
    chunks_written: int = 0

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {
            "files_added": self.files_added,
            "files_replaced": self.files_replaced,
            "files_unchanged": self.files_unchanged,
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
            "pruned": self.pruned,
            "chunks_written": self.chunks_written,
        }


def lock_path(settings: Settings) -> Path:
    """The lock file guarding index writes."""
    return settings.home / "index.lock"


@contextmanager
def index_lock(settings: Settings, *, wait: float = 0.0) -> Iterator[None]:
    """Hold the index write lock; raises KnowledgeError if another writer holds it beyond `wait` seconds."""
    from filelock import FileLock, Timeout

    path = lock_path(settings)
    private_dir(path.parent)
    lock = FileLock(str(path))
    try:
        lock.acquire(timeout=wait)
    except Timeout:
        raise KnowledgeError(
            f"Another ingest is running on this index (lock {path}); wait for it to finish or stop it, then retry."
        ) from None
    try:
        yield
    finally:
        lock.release()


def _passage_metadata(kind: str, card_id: str, title: str, source: str, text_start: int, **extra: Any) -> dict:
    meta = {"kind": kind, "card_id": card_id, "title": title, "source": source, "text_start": text_start}
    meta.update(extra)
    return meta


def _join(values: Iterable[str]) -> str:
    """Comma-joined with leading and trailing commas, so ',x,' substring tests are exact."""
    values = list(values)
    return "," + ",".join(values) + "," if values else ""


def builtin_is_fresh(collection: Any) -> bool:
    """True when the collection holds the current built-in corpus."""
    return collection_fingerprint(collection) == corpus_fingerprint()


def builtin_records() -> tuple[list[str], list[str], list[dict]]:
    """Ids, documents and metadata of the built-in passages, as stored in the collection."""
    ids, documents, metadatas = [], [], []
    for p in corpus_passages():
        ids.append(p.id)
        documents.append(p.embed_text)
        metadatas.append(
            _passage_metadata(
                KIND_BUILTIN,
                p.card_id,
                p.title,
                p.source,
                len(p.embed_text) - len(p.text),
                section=p.section,
                use_for=_join(p.use_for),
                topics=_join(p.topics),
            )
        )
    return ids, documents, metadatas


def index_builtin(collection: Any) -> int:
    """Replace the built-in passages with the current corpus; returns how many were written."""
    ids, documents, metadatas = builtin_records()
    fingerprint = corpus_fingerprint()
    # Mark the build as in progress first, so an interrupted build is seen as stale next time.
    set_collection_fingerprint(collection, "")
    collection.delete(where={"kind": KIND_BUILTIN})
    for start in range(0, len(ids), ADD_BATCH):
        end = start + ADD_BATCH
        collection.add(ids=ids[start:end], documents=documents[start:end], metadatas=metadatas[start:end])
    set_collection_fingerprint(collection, fingerprint)
    return len(ids)


def ensure_builtin(settings: Settings, collection: Any) -> bool:
    """Index the built-in corpus if it is missing or stale; returns True when it (re)built."""
    if builtin_is_fresh(collection):
        return False
    with index_lock(settings, wait=600), storage_errors(location(settings)):
        # Another process may have built it while we waited for the lock.
        client = open_client(settings)
        fresh = get_collection(client, settings)
        if builtin_is_fresh(fresh):
            return False
        index_builtin(fresh)
    return True


@dataclass
class RebuildReport:
    """What `lead index rebuild` did: the built-in corpus, and the team's documents it ingested again."""

    builtin_passages: int = 0
    recovered: bool = True
    """False when the old index was unreadable, so the list of ingested documents is unknown."""
    reingested: IngestReport = field(default_factory=IngestReport)
    missing: list[str] = field(default_factory=list)
    """Previously ingested files that no longer exist (not re-ingested)."""

    def to_dict(self) -> dict:
        """JSON-ready summary."""
        return {
            "builtin_passages": self.builtin_passages,
            "ingested_list_recovered": self.recovered,
            "reingested": self.reingested.to_dict(),
            "missing": self.missing,
        }


def ingested_sources(settings: Settings) -> dict[str, str] | None:
    """Absolute path -> shown name of every ingested file in the index ({} when there is no index), or None if unreadable.

    A storage failure (permission, read-only, full disk) raises its StorageError: the index is fine, only unreachable.
    """
    try:
        with storage_errors(location(settings)):
            client = open_client(settings)
            if settings.collection not in {c.name for c in client.list_collections()}:
                return {}
            # No embedding function: reading metadata needs none, and the stored one may differ from today's settings.
            collection = client.get_collection(name=settings.collection, embedding_function=None)
            got = collection.get(where={"kind": KIND_DOC}, include=["metadatas"])
    except StorageError:
        raise
    except Exception:  # boundary: a damaged index raises errors of every kind; None sends the rebuild to the manifest
        return None
    found: dict[str, str] = {}
    for meta in got.get("metadatas") or []:
        path = str((meta or {}).get("path") or "")
        if path:
            found.setdefault(path, str((meta or {}).get("source") or path))
    return dict(sorted(found.items()))


def manifest_path(settings: Settings) -> Path:
    """The list of ingested files kept beside the index, so a rebuild of a damaged index still knows them."""
    return settings.home / f"ingested-{settings.collection}.json"


def save_manifest(settings: Settings, sources: dict[str, str]) -> None:
    """Record the ingested files (absolute path -> shown name), atomically."""
    atomic_write_text(manifest_path(settings), json.dumps(sources, indent=1, ensure_ascii=False))


def load_manifest(settings: Settings) -> dict[str, str] | None:
    """The recorded ingested files, or None when there is no readable record."""
    try:
        data = json.loads(manifest_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None


def rebuild_index(
    settings: Settings | None = None, *, on_skip: Callable[[str, str], None] | None = None
) -> RebuildReport:
    """Build a new index aside (built-in corpus, then the team's documents again) and swap it in once complete.

    The old index stays in place until the new one is whole, so a failure (a full disk, an interrupt) leaves it
    as it was; the list of documents comes from the old index, or from the manifest when the index is damaged.
    """
    settings = settings or load_settings()
    report = RebuildReport()
    with index_lock(settings), storage_errors(location(settings)):
        sources = ingested_sources(settings)
        if sources is None:
            sources = load_manifest(settings)
        report.recovered = sources is not None
        present = {p: shown for p, shown in (sources or {}).items() if Path(p).is_file()}
        report.missing = [shown for p, shown in (sources or {}).items() if p not in present]
        if settings.chroma_url:
            _rebuild_on_server(settings, report, present, on_skip)
        else:
            _rebuild_local(settings, report, present, on_skip)
        save_manifest(settings, present)
    return report


def _fill(collection: Any, report: RebuildReport, present: dict[str, str], on_skip: Any) -> None:
    report.builtin_passages = index_builtin(collection)
    if present:
        report.reingested = _ingest_locked(
            collection, [Path(p) for p in present], prune=False, on_skip=on_skip, progress=None, names=present
        )


def _rebuild_local(settings: Settings, report: RebuildReport, present: dict[str, str], on_skip: Any) -> None:
    target = settings.index_dir
    for stale in target.parent.glob(f"{target.name}.rebuild-*"):  # left by a rebuild that was killed
        shutil.rmtree(stale, ignore_errors=True)
    staging = target.with_name(f"{target.name}.rebuild-{os.getpid()}")
    client = open_local_client(staging)
    try:
        _fill(get_collection(client, settings), report, present, on_skip)
    except BaseException:
        client.close()
        release_local_clients(staging)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    client.close()
    release_local_clients(staging)
    swap_in(staging, target)


def _rebuild_on_server(settings: Settings, report: RebuildReport, present: dict[str, str], on_skip: Any) -> None:
    client = open_client(settings)
    staged = settings.model_copy(update={"collection": f"{settings.collection}-rebuild"})
    _drop_collection(client, staged.collection)
    collection = get_collection(client, staged)
    try:
        _fill(collection, report, present, on_skip)
    except BaseException:
        _drop_collection(client, staged.collection)
        raise
    _drop_collection(client, settings.collection)
    collection.modify(name=settings.collection)


def _drop_collection(client: Any, name: str) -> None:
    try:
        client.delete_collection(name)
    except Exception:  # boundary: absent or half-built; a failure here must not hide the error being cleaned up after
        pass


def _display_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def iter_files(paths: Iterable[Path]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Every file under the given paths (hidden entries skipped), plus paths that do not exist."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if not path.exists():
            missing.append((str(raw), "not found"))
        elif path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root) / n for n in sorted(names) if not n.startswith("."))
        else:
            files.append(path)
    unique = list(dict.fromkeys(f.resolve() for f in files))
    return unique, missing


def chunk_id(path: str, heading: str, text: str) -> str:
    """Content-derived chunk id: the same file content always gives the same ids."""
    return "doc-" + hashlib.sha256(f"{path}\0{heading}\0{text}".encode()).hexdigest()[:32]


def _existing_doc_ids(collection: Any) -> dict[str, set[str]]:
    """Chunk ids currently stored per ingested file path."""
    found: dict[str, set[str]] = {}
    got = collection.get(where={"kind": KIND_DOC}, include=["metadatas"])
    for cid, meta in zip(got["ids"], got["metadatas"] or []):
        found.setdefault(str((meta or {}).get("path", "")), set()).add(cid)
    return found


def _progress(total: int, show: bool | None) -> Any:
    """A tqdm bar on stderr when asked, or by default when stderr is a terminal or the run is long."""
    if show is None:
        show = sys.stderr.isatty() or total > PROGRESS_MIN_FILES
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, desc="ingest", leave=False)


def ingest_paths(
    paths: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    prune: bool = False,
    on_skip: Callable[[str, str], None] | None = None,
    progress: bool | None = None,
) -> IngestReport:
    """Ingest files and folders into the index (idempotent); `prune` drops chunks of files that are gone."""
    settings = settings or load_settings()
    roots = [Path(p).expanduser() for p in paths]
    if not roots:
        raise KnowledgeError("Give at least one file or folder to ingest.")
    with index_lock(settings), storage_errors(location(settings)):
        collection = get_collection(open_client(settings), settings)
        report = _ingest_locked(collection, roots, prune=prune, on_skip=on_skip, progress=progress)
        sources = ingested_sources(settings)
        if sources is not None:
            save_manifest(settings, sources)
        return report


def add_overlapped(collection: Any, ids: list[str], documents: list[str], metadatas: list[dict]) -> None:
    """Add passages in slices, shortest first, the next slices being embedded while Chroma stores the current one,
    so storing does not leave the embedding cores idle (ingest within 10% of raw embedding speed)."""
    embed = (collection.configuration or {}).get("embedding_function")
    if embed is None:
        for start in range(0, len(ids), STORE_SLICE):
            end = start + STORE_SLICE
            collection.add(ids=ids[start:end], documents=documents[start:end], metadatas=metadatas[start:end])
        return
    # Ordered by length across all slices, the batches are the ones embedding the texts in one call would make.
    order = sorted(range(len(ids)), key=lambda i: len(documents[i]))
    ids, documents, metadatas = ([values[i] for i in order] for values in (ids, documents, metadatas))
    slices = [(start, start + STORE_SLICE) for start in range(0, len(ids), STORE_SLICE)]
    groups = [documents[start:end] for start, end in slices]
    vectors = embed.embed_groups(groups) if hasattr(embed, "embed_groups") else _embed_ahead(embed, groups)
    for (start, end), embeddings in zip(slices, vectors):
        collection.add(ids=ids[start:end], documents=documents[start:end], metadatas=metadatas[start:end], embeddings=embeddings)


def _embed_ahead(embed: Callable[[list[str]], Any], groups: list[list[str]]) -> Iterator[Any]:
    """Each group's embeddings in turn from any embedding function, the next group embedded on a helper thread."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1, thread_name_prefix="embed-next") as pool:
        upcoming = pool.submit(embed, groups[0]) if groups else None
        for n in range(len(groups)):
            current = upcoming.result()
            if n + 1 < len(groups):
                upcoming = pool.submit(embed, groups[n + 1])
            yield current


def _ingest_locked(
    collection: Any,
    roots: list[Path],
    *,
    prune: bool,
    on_skip: Callable[[str, str], None] | None,
    progress: bool | None,
    names: dict[str, str] | None = None,
) -> IngestReport:
    """The body of `ingest_paths`, for a caller that already holds the index lock.

    `names` maps absolute paths to the names to store (rebuild keeps the names files were first ingested under).
    """
    report = IngestReport()
    files, missing = iter_files(roots)
    if len(missing) == len(roots) and not prune:
        raise KnowledgeError(f"Nothing to ingest: {', '.join(p for p, _ in missing)} not found; check the path.")
    for item in missing:
        report.skipped.append(item)
        if on_skip:
            on_skip(*item)
    existing = _existing_doc_ids(collection)
    pending = _PendingWrites(collection, report)
    bar = _progress(len(files), progress)
    seen: set[str] = set()
    try:
        for path in files:
            abs_path = str(path)
            shown = (names or {}).get(abs_path) or _display_path(path)
            try:
                text = read_document(path)
            except SkipFile as skip:
                report.skipped.append((shown, str(skip)))
                if on_skip:
                    on_skip(shown, str(skip))
            else:
                seen.add(abs_path)
                f_ids, f_docs, f_metas = _file_chunks(path, text, shown)
                old = existing.get(abs_path, set())
                if old == set(f_ids):
                    report.files_unchanged.append(shown)
                else:
                    pending.add(abs_path, shown, bool(old), f_ids, f_docs, f_metas)
            if bar:
                bar.update(1)
        pending.flush()
    finally:
        if bar:
            bar.close()
    if prune:
        _prune(collection, roots, existing, seen, report)
    return report


def _file_chunks(path: Path, text: str, shown: str) -> tuple[list[str], list[str], list[dict]]:
    """One document's chunks as ids, stored documents and metadata; identical repeated chunks are stored once."""
    abs_path = str(path)
    f_ids: list[str] = []
    f_docs: list[str] = []
    f_metas: list[dict] = []
    f_seen: set[str] = set()
    for chunk in chunk_text(text):
        cid = chunk_id(abs_path, chunk.heading, chunk.text)
        if cid in f_seen:
            continue
        f_seen.add(cid)
        title = f"{path.name} > {chunk.heading}" if chunk.heading else path.name
        f_ids.append(cid)
        f_docs.append(f"{title}\n{chunk.text}")
        f_metas.append(
            _passage_metadata(KIND_DOC, f"doc:{shown}", title, shown, len(title) + 1, path=abs_path, use_for="", topics="")
        )
    return f_ids, f_docs, f_metas


class _PendingWrites:
    """Changed files waiting to be written, flushed together once they hold FLUSH_CHUNKS chunks."""

    def __init__(self, collection: Any, report: IngestReport) -> None:
        self.collection = collection
        self.report = report
        self.files: list[tuple[str, str, bool, list[str], list[str], list[dict]]] = []
        self.chunks = 0

    def add(self, abs_path: str, shown: str, had_old: bool, ids: list[str], docs: list[str], metas: list[dict]) -> None:
        """Queue one file's chunks (replacing its old ones when `had_old`); flush when the batch is full."""
        self.files.append((abs_path, shown, had_old, ids, docs, metas))
        self.chunks += len(ids)
        if self.chunks >= FLUSH_CHUNKS:
            self.flush()

    def flush(self) -> None:
        """Delete replaced files' old chunks, store the queued ones, and record each file in the report."""
        if not self.files:
            return
        ids, docs, metas = [], [], []
        for abs_path, _shown, had_old, f_ids, f_docs, f_metas in self.files:
            if had_old:
                self.collection.delete(where={"path": abs_path})
            ids += f_ids
            docs += f_docs
            metas += f_metas
        add_overlapped(self.collection, ids, docs, metas)
        for _abs_path, shown, had_old, *_ in self.files:
            (self.report.files_replaced if had_old else self.report.files_added).append(shown)
        self.report.chunks_written += len(ids)
        self.files, self.chunks = [], 0


def _prune(collection: Any, roots: list[Path], existing: dict[str, set[str]], seen: set[str], report: IngestReport) -> None:
    """Remove documents under the ingested roots that are gone, and any whose file no longer exists."""
    resolved_roots = [r.resolve() for r in roots]
    for stored_path in sorted(existing):
        if stored_path in seen:
            continue
        p = Path(stored_path)
        under_root = any(p == r or r in p.parents for r in resolved_roots)
        if under_root or not p.exists():
            collection.delete(where={"path": stored_path})
            report.pruned.append(_display_path(p))


def index_status(settings: Settings | None = None, *, ensure: bool = False) -> dict:
    """What the index holds and whether the built-in corpus in it is current (builds it when `ensure`)."""
    from knowledge.store import embedding_label, location

    settings = settings or load_settings()
    client = open_client(settings)
    collection = get_collection(client, settings, create=ensure)
    built = False
    if ensure and collection is not None:
        built = ensure_builtin(settings, collection)
        collection = get_collection(open_client(settings), settings)
    status = {
        "collection": settings.collection,
        "location": location(settings),
        "backend": "server" if settings.chroma_url else "embedded",
        "embedding_model": embedding_label(settings),
        "exists": collection is not None,
        "passages": 0,
        "builtin_passages": 0,
        "ingested_passages": 0,
        "ingested_files": 0,
        "fingerprint": corpus_fingerprint(),
        "indexed_fingerprint": None,
        "state": "missing",
        "built_now": built,
    }
    if collection is None:
        return status
    docs = collection.get(where={"kind": KIND_DOC}, include=["metadatas"])
    status.update(
        passages=collection.count(),
        builtin_passages=len(collection.get(where={"kind": KIND_BUILTIN}, include=[])["ids"]),
        ingested_passages=len(docs["ids"]),
        ingested_files=len({(m or {}).get("path") for m in docs["metadatas"] or []}),
        indexed_fingerprint=collection_fingerprint(collection),
    )
    status["state"] = "fresh" if status["indexed_fingerprint"] == status["fingerprint"] else "stale"
    return status
