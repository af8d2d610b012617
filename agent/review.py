"""Whether a model's final answer may stand: a question the offline planner would answer by running a computing tool
(a forecast, a what-if, a triage, archetype scores) needs such a tool's result behind it, or its numbers and its
recommendation trace to nothing. When the model answered without one, the graph answers with the offline brain, which
runs the tools, and says why; so it does when the answer narrates a tool call ("I'll call build_agenda ...") instead of
giving its result. (Numbers a model invents beside a tool result are removed by the check node.)"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from agent.brains.base import Step, TurnContext
from agent.intent_specs import spec
from agent.tool_results import succeeded
from tools.registry import TOOLS


def computing(names: list[str]) -> list[str]:
    """The computing tools among `names`, in order, once each."""
    return list(dict.fromkeys(n for n in names if n in TOOLS and TOOLS[n].computes))


def unsupported_answer(step: Step, turn: TurnContext, offline: Any) -> tuple[str, Step] | None:
    """Why a model's final answer cannot stand, and the offline brain's first step for the turn; None when it can.

    The need for a tool is the offline planner's: it plans from the same Situation, so when it would run a computing
    tool, the question needs one (a question too vague for one gets no tool from either, and the model's answer stands).
    A computing tool of the intent's own (triage_request where the planner chose triage_inbox) counts as run.
    """
    if step.tool_calls:
        return None
    fresh = offline.think(replace(turn, messages=[], tool_calls=[]))
    narrated = [name for name in TOOLS if re.search(rf"\b{name}\b", step.content)]
    if narrated:
        return f"The model's answer talked about calling {narrated[0]} instead of giving its result", fresh
    needed = computing([c["name"] for c in fresh.tool_calls])
    if not needed:
        return None
    accepted = set(needed) | set(computing(list(spec(turn.situation.intent).tools)))
    if any(r["name"] in accepted and succeeded(r) for r in turn.tool_calls):
        return None
    return f"The model answered without running {' and '.join(needed)}, which this question needs", fresh
