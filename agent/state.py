"""The graph's state for one conversation thread: the conversation so far plus the current turn's work.

Everything here is plain JSON-like data so LangGraph's SQLite checkpointer can store it. The team file is
not part of the state: it travels in the run context (`agent.graph.GraphContext`), so it is never written to the
conversation store.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Annotated, Any


@dataclass
class AgentState:
    """State shared by the nodes of the Lead Copilot graph."""

    question: str = ""
    """The user's message for this turn (validated, control characters stripped)."""

    history: Annotated[list[dict[str, str]], operator.add] = field(default_factory=list)
    """Earlier turns of this thread as {"role": "user"|"assistant", "content": str}; appended after each turn."""

    intent: str = ""
    """The classified intent (one of agent.intents.INTENTS)."""

    situation: dict[str, Any] = field(default_factory=dict)
    """The understood situation (agent.situation.Situation as JSON): intents and facts with their sources."""

    passages: list[dict[str, Any]] = field(default_factory=list)
    """Passages retrieved this turn, in citation order: passage n is passages[n - 1]."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    """This turn's model/tool exchange in OpenAI chat format (assistant tool calls and tool results)."""

    pending: list[dict[str, Any]] = field(default_factory=list)
    """Tool calls the brain asked for and the call_tools node has not run yet: {"id", "name", "arguments"}."""

    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    """Tool calls made this turn: {"name", "arguments", "result", "duration_ms", "error"}."""

    answer: str = ""
    """The reply text (after check: citations validated, notes appended)."""

    citations: list[dict[str, Any]] = field(default_factory=list)
    """Citations used in the answer: {"n", "id", "card_id", "title", "source", "text"}."""

    assumptions: list[str] = field(default_factory=list)
    """Assumptions the brain made for lack of data (offline brain), shown in the answer."""

    notices: list[str] = field(default_factory=list)
    """Things the user should know about this turn: fallbacks, repairs, step limits."""

    steps: int = 0
    """Brain steps taken this turn (bounded by settings.max_steps)."""

    brain: str = ""
    """Label of the brain that produced the answer ("offline", a model name, or "offline (fallback)")."""

    model: str | None = None
    """The model name when a remote brain answered."""

    fallback: bool = False
    """True once the remote brain failed this turn and the offline brain took over."""

    offline_from: int = 0
    """Index in tool_calls where the offline brain took over: it plans from the records after it, as if fresh."""

    usage: list[dict[str, Any]] = field(default_factory=list)
    """Model requests made this turn: {"input_tokens", "output_tokens", "source": "server"|"estimate", "seconds"}."""

    reroute_to: str = ""
    """The kind of answer the ask names when the checked answer was not it (set by check, taken by reroute)."""

    rerouted: bool = False
    """True once this turn was answered again as the ask named: a turn is re-routed at most once."""


def new_turn(question: str) -> dict[str, Any]:
    """The input that starts a turn: resets every per-turn field, keeps the thread's history."""
    return {
        "question": question,
        "intent": "",
        "situation": {},
        "passages": [],
        "messages": [],
        "pending": [],
        "tool_calls": [],
        "answer": "",
        "citations": [],
        "assumptions": [],
        "notices": [],
        "steps": 0,
        "brain": "",
        "model": None,
        "fallback": False,
        "offline_from": 0,
        "usage": [],
        "reroute_to": "",
        "rerouted": False,
    }
