"""The graph LangGraph's API server serves (`langgraph.json`): the offline brain over the configured guidance.

The server reads graphs from a module's variables, so `agent.graph`'s lazily built `graph` is not visible
to it; this factory builds that graph once per process, on the server's first run. Persistence is the
server's own (in memory for `langgraph dev`, Postgres in production), so no checkpointer is attached.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_graph: Any = None


def make_graph() -> Any:
    """The compiled offline-brain graph over the retriever the settings describe (built once, then shared)."""
    global _graph
    with _lock:
        if _graph is None:
            from agent.brains.offline import OfflineBrain
            from agent.graph import build_graph
            from knowledge.retrieval import open_retriever

            _graph = build_graph(brain=OfflineBrain(), retriever=open_retriever())
        return _graph
