"""Knowledge-test fixtures: the built-in Chroma index, built once per session under the session LEAD_HOME."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def chroma_index():
    """The session's Chroma index holding the built-in corpus (built on first use, then shared)."""
    from lead_core.settings import load_settings
    from knowledge.store import get_collection, open_client
    from knowledge.ingest import ensure_builtin

    settings = load_settings()
    ensure_builtin(settings, get_collection(open_client(settings), settings))
    return get_collection(open_client(settings), settings)


@pytest.fixture(scope="session")
def builtin_retriever(chroma_index):
    """The retriever a session with nothing ingested gets (the built-in vectors in memory), next to a built index."""
    from knowledge.retrieval import open_retriever

    return open_retriever()
