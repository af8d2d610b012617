"""The offline reprioritization planner run the way the graph runs it: each planned what-if call with its arguments
and the tool's result, as the records the composer reads."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from agent.brains.base import TurnContext
from agent.brains.offline import plan_reprioritization
from agent.situation import Situation
from tools.registry import TOOLS
from tools.whatif import WhatIfInput, compare_strategies


def run_reprioritization(s: Situation, today: date, *, team: Any = None, question: str = "", records: list[dict] | None = None) -> list[dict]:
    """Plan on `s` and run each planned call; with `records` (earlier steps' calls) the plan's next step is added to them."""
    records = [] if records is None else records
    ctx = TurnContext(question=question, intent="reprioritization", situation=s, team=team, passages=[], messages=[],
                      tool_calls=list(records), history=[], today=today)
    for c in plan_reprioritization(ctx):
        args = json.loads(c["arguments"])
        if c["name"] == "compare_strategies":
            result = compare_strategies(WhatIfInput.model_validate(args))
        else:  # the project forecasts a share of someone who owns a step of it is weighed against
            tool, model = TOOLS[c["name"]].load()
            result = tool(model.model_validate(args))
        records.append({"name": c["name"], "arguments": args, "result": result.model_dump(mode="json"), "error": None})
    return records
