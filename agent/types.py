"""What one agent turn produces: the answer, its citations, the tool calls made, and stream events.

These plain dataclasses are the contract between the agent and its front ends (CLI, Gradio app,
evaluation runner).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal, get_args


Intent = Literal[
    "reprioritization",
    "stakeholder_message",
    "one_on_one",
    "triage",
    "archetype",
    "planning",
    "guidance",
    "sensitive",
    "out_of_scope",
    "help",
]
INTENTS: tuple[str, ...] = get_args(Intent)


@dataclass
class Citation:
    """A numbered reference `[n]` in the answer, pointing at a passage retrieved in the same turn."""

    n: int
    id: str
    card_id: str
    title: str
    source: str
    text: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"n": self.n, "id": self.id, "title": self.title, "source": self.source}


@dataclass
class ToolCallRecord:
    """One tool call made during a turn, with its validated arguments and result."""

    name: str
    arguments: dict[str, Any]
    result: dict[str, Any] | None
    duration_ms: float = 0.0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "arguments": self.arguments, "result": self.result, "error": self.error,
                "duration_ms": round(self.duration_ms, 2)}  # fmt: skip


@dataclass
class ThreadInfo:
    """A saved conversation, for the conversation list."""

    thread_id: str
    title: str
    updated_at: str


@dataclass
class TurnResult:
    """Everything a front end needs to show one answered turn."""

    intent: str
    answer: str
    citations: list[Citation] = field(default_factory=list)
    tool_calls: list[ToolCallRecord] = field(default_factory=list)
    brain: str = "offline"
    model: str | None = None
    privacy: str = "on"
    latency_ms: float = 0.0
    thread_id: str = ""
    notices: list[str] = field(default_factory=list)
    retrieved_ids: list[str] = field(default_factory=list)
    situation: dict[str, Any] = field(default_factory=dict)
    """The understood situation (agent.situation.Situation.to_json()): intents, facts, missing, clarifying_question."""
    usage: dict[str, Any] = field(default_factory=dict)
    """Model tokens: {"input_tokens", "output_tokens", "requests": [per request]} (empty when no model was asked)."""

    def to_json(self) -> dict[str, Any]:
        """The `lead ask --json` object."""
        return {
            "intent": self.intent,
            "answer": self.answer,
            "citations": [c.to_json() for c in self.citations],
            "tool_calls": [t.to_json() for t in self.tool_calls],
            "brain": self.brain,
            "model": self.model,
            "privacy": self.privacy,
            "latency_ms": round(self.latency_ms, 1),
            "thread_id": self.thread_id,
            "notices": list(self.notices),
            "usage": self.usage,
            "situation": self.situation,
        }

    def as_dict(self) -> dict[str, Any]:
        """Every field, for reports and storage."""
        return asdict(self)


def turn_usage(requests: list[dict[str, Any]]) -> dict[str, Any]:
    """Per-turn token totals over the turn's model requests (empty when no model was asked)."""
    if not requests:
        return {}
    return {
        "input_tokens": sum(int(r.get("input_tokens") or 0) for r in requests),
        "output_tokens": sum(int(r.get("output_tokens") or 0) for r in requests),
        "requests": list(requests),
    }


EventKind = Literal["status", "tool_start", "tool_end", "answer_delta", "final"]


@dataclass
class TurnEvent:
    """A streamed step of a turn: a tool starting or ending, a chunk of the answer, or the final result."""

    kind: EventKind
    text: str = ""
    tool: ToolCallRecord | None = None
    result: TurnResult | None = None
