"""The brain interface: given the turn so far, return either tool calls to make or the answer text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from agent.situation import Situation
from lead_core.errors import LeadError
from tools.team import Team


class BrainUnavailable(LeadError):
    """The model endpoint could not be reached after retries, or its reply could not be used; the turn falls back to
    the offline brain. `usage` holds the requests that did get a reply, so a turn's token count stays whole."""

    def __init__(self, message: str, usage: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.usage = list(usage or [])


def endpoint_errors() -> tuple[type[Exception], ...]:
    """What a request to an OpenAI-compatible endpoint can raise: the client's own errors and, for a reply not shaped
    like the API's (a missing choice, a wrong type, bad JSON), the errors of reading it."""
    import openai

    return (openai.OpenAIError, AttributeError, IndexError, KeyError, TypeError, ValueError)


@dataclass
class TurnContext:
    """What a brain sees when deciding the next step."""

    question: str
    intent: str
    situation: Situation
    team: Team | None
    passages: list[dict[str, Any]]
    messages: list[dict[str, Any]]
    tool_calls: list[dict[str, Any]]
    history: list[dict[str, str]]
    today: date


@dataclass
class Step:
    """A brain's decision: tool calls to run next, or the answer (when tool_calls is empty)."""

    content: str = ""
    tool_calls: list[dict[str, Any]] = field(default_factory=list)  # {"id", "name", "arguments": JSON text}
    assumptions: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    usage: list[dict[str, Any]] = field(default_factory=list)  # per model request: input/output tokens and their source


class Brain(Protocol):
    """Anything that can take the next step of a turn."""

    label: str
    model: str | None
    remote: bool

    def think(self, ctx: TurnContext) -> Step: ...
