"""Chroma embedding functions: the local MiniLM model (through the vector cache) and an OpenAI-compatible endpoint.

Both are registered with Chroma so a reopened collection restores its function from the stored
configuration. This module imports Chroma; only code that opens a Chroma client imports it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any

import numpy as np

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from knowledge.embeddings import MODEL_ID, embed_cached, embed_cached_groups


@register_embedding_function
class LocalMiniLMEmbeddingFunction(EmbeddingFunction[Documents]):
    """Chroma embedding function backed by the local int8 MiniLM model."""

    def __init__(self) -> None:
        pass

    def __call__(self, input: Documents) -> Embeddings:
        return [row for row in embed_cached(list(input))]

    def embed_groups(self, groups: Sequence[Documents]) -> Iterator[Embeddings]:
        """The embeddings of each group in turn, the next groups embedded while the caller uses the current one."""
        for vectors in embed_cached_groups(groups):
            yield [row for row in vectors]

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
        from lead_core.network import openai_client

        client = openai_client(os.environ.get(self.api_key_env), self.base_url, max_retries=2)
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
