"""Understand a manager's question once per turn: `parse_situation` turns the question (and the team
file, and today's date) into a typed `Situation` whose facts say where each value came from.

Precedence: what the question states beats the team file; the team file fills what the question
leaves out (a person's current work only when the question is about that person's work); defaults
are marked `assumed` and said so. When a fact that changes the answer is missing and has no sensible
default, the situation carries one short clarifying question.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from agent.situation import Situation
from agent.understanding.assemble import build_situation
from agent.understanding.cues import detect_cues

__all__ = ["parse_situation", "detect_cues"]


def parse_situation(
    question: str,
    team: Any = None,
    today: date | None = None,
    *,
    corrections: dict[str, Any] | None = None,
    intent: str | None = None,
) -> Situation:
    """The situation a question describes (facts from the question, the team file, or assumed); `intent` puts the
    kind of answer to give first (the graph's re-route when an answer did not fit the ask)."""
    return build_situation(question, team, today or date.today(), corrections or {}, intent)
