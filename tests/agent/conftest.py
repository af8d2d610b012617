"""Agent test fixtures: one real retriever per session (built index in the session LEAD_HOME) and the example team."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

TODAY = date(2026, 11, 23)


@pytest.fixture(scope="session")
def retriever():
    """The real hybrid retriever over the built-in corpus (index built once per session)."""
    from lead_core.settings import load_settings
    from knowledge.retrieval import open_retriever

    return open_retriever(load_settings())


@pytest.fixture(scope="session")
def example_team():
    from tools.team import load_team

    return load_team(Path(__file__).resolve().parents[2] / "examples" / "team.yaml")


@pytest.fixture
def offline_copilot(retriever, tmp_path):
    """An offline Copilot with its own conversation database."""
    from agent.service import Copilot
    from lead_core.settings import load_settings

    copilot = Copilot(load_settings(brain="offline"), retriever=retriever, checkpointer_path=tmp_path / "c.sqlite", today=TODAY)
    yield copilot
    copilot.close()
