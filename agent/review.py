"""Whether a model's final answer may stand: a question the offline planner would answer by running a computing tool
(a forecast, a what-if, a triage, archetype scores) needs such a tool's result behind it, or its numbers and its
recommendation trace to nothing. When the model answered without one, the graph answers with the offline brain, which
runs the tools, and says why; so it does when the answer narrates a tool call ("I'll call build_agenda ...") instead of
giving its result. An answer that ran tools must also use their results (agent.result_use): one that uses none of its computing
tools' results answered about something else and the offline brain answers instead; one that leaves other results
out (an agenda, a draft, one of several computations) gets their offline composition appended, with a notice. (Numbers a model invents beside a tool result are removed by the
check node.)"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from agent.brains.base import Step, TurnContext
from agent.intent_specs import SPECS, IntentSpec, spec
from agent.result_use import WHAT, judged_results, unused_results
from agent.situation import Situation
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
    accepted = set(needed) | set(computing(list(spec(turn.situation.intent).tools)))
    if needed and not any(r["name"] in accepted and succeeded(r) for r in turn.tool_calls):
        return f"The model answered without running {' and '.join(needed)}, which this question needs", fresh
    computed = computing(list(judged_results(turn.tool_calls)))
    unused = unused_results(step.content, turn.tool_calls)
    if computed and all(name in unused for name in computed):
        return f"The model's answer did not use {WHAT[computed[0]]} that {computed[0]} computed (it answered about something else)", fresh
    return None


def completed_answer(step: Step, turn: TurnContext) -> Step:
    """A model's final answer with the offline composition of each tool result it left out appended, and a notice;
    the step unchanged when it used them all (when it used no computed one, `unsupported_answer` has the offline brain
    answer instead)."""
    unused = unused_results(step.content, turn.tool_calls) if not step.tool_calls else []
    if not unused:
        return step
    records = [r for r in turn.tool_calls if succeeded(r)]
    added: list[str] = []
    homes = {home.name: home for home in (_home(name, turn.situation) for name in unused)}
    for home in homes.values():
        added += home.compose()(records, turn.situation)
    what = " and ".join(dict.fromkeys(WHAT[n] for n in unused))
    notice = f"The model's answer left out {what}; added below from the tool results."
    content = step.content.rstrip() + "\n\n**From the tool results**\n\n" + "\n".join(added).strip()
    return replace(step, content=content, notices=[*step.notices, notice])


def _home(tool: str, situation: Situation) -> IntentSpec:
    """The intent whose composer writes a tool's result: the question's own when it uses the tool, else the first that does."""
    own = spec(situation.intent)
    if tool in own.tools and own.compose() is not None:
        return own
    return next(s for s in SPECS if tool in s.tools and s.compose() is not None)
