"""Knowledge-test fixtures: the built-in index, built once per session under the session LEAD_HOME."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def builtin_retriever():
    """A retriever over the session's built-in index (built on first use, then shared)."""
    from knowledge.retrieval import open_retriever

    return open_retriever()
