"""The catalogue of tools the agent may call: name, where the function lives, its input model.

Every tool is a pure function taking one pydantic model and returning one; the input model's JSON
schema (with its Field descriptions) is what a language model sees as the tool's parameters.
Modules are imported lazily so the catalogue costs nothing until a tool is used.
"""

from __future__ import annotations

import functools
import importlib
import typing
from dataclasses import dataclass
from typing import Any, Callable

from pydantic import BaseModel


@dataclass(frozen=True)
class ToolSpec:
    """Where one tool lives and how it is described."""

    name: str
    module: str
    function: str
    input_model: str
    needs: tuple[str, ...] = ()
    """What the run supplies besides the input, passed by keyword (e.g. "team", "search"); most tools need nothing."""
    computes: bool = False
    """Its result holds the numbers an answer rests on (a forecast, a what-if, a triage, archetype scores): an answer
    to a question that needs it must come after running it, never instead."""

    def load(self) -> tuple[Callable[[Any], BaseModel], type[BaseModel]]:
        """Import the tool and its input model."""
        mod = importlib.import_module(self.module)
        return getattr(mod, self.function), getattr(mod, self.input_model)

    def output_model(self) -> type[BaseModel]:
        """The tool's output model: its function's return annotation."""
        return _output_model(self)

    def parse_result(self, data: Any) -> BaseModel:
        """A result stored as JSON (in the graph state) validated back into the tool's output model."""
        return self.output_model().model_validate(data)

    def description(self) -> str:
        """The function's docstring: what a language model is told the tool does."""
        func, _ = self.load()
        return (func.__doc__ or self.name).strip()

    def run(self, arguments: dict[str, Any], **run_deps: Any) -> BaseModel:
        """Validate arguments against the input model and call the tool with the run dependencies it needs."""
        func, model = self.load()
        return func(model.model_validate(arguments), **{name: run_deps.get(name) for name in self.needs})


TOOL_SPECS: tuple[ToolSpec, ...] = (
    ToolSpec("forecast_completion", "tools.simulate", "forecast_completion", "PlanInput", computes=True),
    ToolSpec("suggest_plan_changes", "tools.simulate", "prescribe", "PrescribeInput", computes=True),
    ToolSpec("compare_strategies", "tools.whatif", "compare_strategies", "WhatIfInput", computes=True),
    ToolSpec("score_archetype", "tools.archetype", "score_archetype", "ArchetypeInput", computes=True),
    ToolSpec("triage_request", "tools.triage", "triage_request", "TriageInput", computes=True),
    ToolSpec("triage_inbox", "tools.triage", "triage_inbox", "InboxInput", computes=True),
    ToolSpec("build_agenda", "tools.agenda", "build_agenda", "AgendaInput"),
    ToolSpec("draft_message", "tools.message", "draft_message", "DraftInput"),
    ToolSpec("lint_message", "tools.message", "lint_message", "LintInput"),
    ToolSpec("search_guidance", "tools.guidance", "search_guidance", "GuidanceQuery", needs=("search",)),
    ToolSpec("get_team_context", "tools.team", "get_team_context", "TeamContextInput", needs=("team",)),
)

TOOLS: dict[str, ToolSpec] = {spec.name: spec for spec in TOOL_SPECS}


@functools.cache
def _output_model(spec: ToolSpec) -> type[BaseModel]:
    func, _ = spec.load()
    return typing.get_type_hints(func)["return"]


def get_tool(name: str) -> ToolSpec:
    """Look a tool up by name; KeyError names the known tools."""
    try:
        return TOOLS[name]
    except KeyError:
        raise KeyError(f"unknown tool {name!r}; known tools: {', '.join(TOOLS)}") from None
