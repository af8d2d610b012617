"""Pydantic models for end-to-end evaluation cases (evals/datasets/scenarios.yaml) and the thresholds file.

A case states what a good turn looks like: the intent, which tools are called (with a match mode),
constraints on the tools' arguments written in a small expression language
(`<dotted.path> <op> <value>`, ops `==`, `!=`, `>=`, `<=`, `>`, `<`, `contains`, `approx`),
regexes the answer must and must not match, and the guidance cards of which at least one must be cited.
Unknown fields are rejected so a typo in the dataset fails loudly.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from agent.types import Intent
from tools.registry import TOOLS

TOOL_NAMES: tuple[str, ...] = tuple(TOOLS)
MatchMode = Literal["exact", "superset", "subset"]
Operator = Literal["==", "!=", ">=", "<=", ">", "<", "contains", "approx"]

_EXPR = re.compile(r"^\s*(?P<path>[A-Za-z_][\w.*]*)\s+(?P<op>==|!=|>=|<=|>|<|contains|approx)\s+(?P<value>.+?)\s*$")
_TOL = re.compile(r"^(?P<value>.+?)\s*\+-\s*(?P<tol>[0-9.eE+-]+)$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Constraint(_Strict):
    """One check on a tool's arguments, e.g. `current.remaining_weeks_likely == 2`."""

    tool: str = Field(description="Tool whose arguments are checked.")
    path: str = Field(description="Dotted path into the arguments; `*` matches any list element or key.")
    op: Operator
    value: Any = Field(description="Right-hand side, parsed as YAML (numbers, strings, booleans, lists).")
    tolerance: float | None = Field(default=None, description="Absolute tolerance for `approx`.")
    source: str = Field(default="", description="The expression as written in the dataset.")

    @classmethod
    def parse(cls, tool: str, expression: str) -> "Constraint":
        """Parse `path op value` (for approx, optionally `value +- tol`)."""
        match = _EXPR.match(expression)
        if not match:
            raise ValueError(f"cannot parse constraint {expression!r}; write '<path> <op> <value>'")
        raw = match["value"]
        tolerance = None
        if match["op"] == "approx":
            tol = _TOL.match(raw)
            if tol:
                raw, tolerance = tol["value"], float(tol["tol"])
        try:
            value = yaml.safe_load(raw)
        except yaml.YAMLError as exc:
            raise ValueError(f"cannot parse value {raw!r} in constraint {expression!r}") from exc
        if match["op"] in (">=", "<=", ">", "<", "approx") and not isinstance(value, (int, float)):
            raise ValueError(f"operator {match['op']} needs a number in constraint {expression!r}")
        return cls(tool=tool, path=match["path"], op=match["op"], value=value, tolerance=tolerance, source=expression)

    def describe(self) -> str:
        """The constraint as `tool: expression`."""
        return f"{self.tool}: {self.source or f'{self.path} {self.op} {self.value!r}'}"


class Case(_Strict):
    """One end-to-end scenario: a manager's question and what a good answer does."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    question: str = Field(min_length=5)
    team: str | None = Field(default=None, description="Team file path, relative to the repository root.")
    intent: Intent
    tools: list[str] = Field(default_factory=list, description="Expected tool names (a set).")
    tool_match: MatchMode = Field(
        default="superset",
        description="exact: called == expected; superset: called includes every expected tool; "
        "subset: called only tools from the expected list.",
    )
    args: dict[str, list[str]] = Field(default_factory=dict, description="Tool name -> constraint expressions.")
    must_contain: list[str] = Field(default_factory=list, description="Case-insensitive regexes the answer matches.")
    must_not_contain: list[str] = Field(default_factory=list, description="Case-insensitive regexes it never matches.")
    cite_any: list[str] = Field(default_factory=list, description="Card ids; at least one must be cited.")
    facts: dict[str, Any] = Field(
        default_factory=dict,
        description="Expected facts stated in the question (agent.situation fact names -> values); scored by fact F1.",
    )
    category: str = Field(default="", description="Free label for per-category reporting (e.g. understanding, drafts).")
    judge: bool = Field(default=False, description="Grade the answer with the rubric judge when --judge is on.")
    notes: str = ""

    @field_validator("tools")
    @classmethod
    def _known_tools(cls, value: list[str]) -> list[str]:
        unknown = [t for t in value if t not in TOOL_NAMES]
        if unknown:
            raise ValueError(f"unknown tool(s) {', '.join(unknown)}; known: {', '.join(TOOL_NAMES)}")
        if len(set(value)) != len(value):
            raise ValueError("tools lists a tool twice")
        return value

    @field_validator("must_contain", "must_not_contain")
    @classmethod
    def _regexes_compile(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regex {pattern!r}: {exc}") from exc
        return value

    @model_validator(mode="after")
    def _constraints_parse(self) -> "Case":
        for tool, expressions in self.args.items():
            if tool not in TOOL_NAMES:
                raise ValueError(f"args names unknown tool {tool!r}")
            if tool not in self.tools:
                raise ValueError(f"args constrains {tool!r}, which is not in tools")
            for expression in expressions:
                Constraint.parse(tool, expression)
        if self.intent == "out_of_scope" and self.tools:
            raise ValueError("an out_of_scope case cannot expect tool calls")
        return self

    @property
    def constraints(self) -> list[Constraint]:
        """The parsed argument constraints."""
        return [Constraint.parse(tool, e) for tool, exprs in self.args.items() for e in exprs]


class ScenarioSet(_Strict):
    """The whole dataset: unique case ids."""

    cases: list[Case]

    @model_validator(mode="after")
    def _unique_ids(self) -> "ScenarioSet":
        ids = [c.id for c in self.cases]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate case ids: {', '.join(dupes)}")
        return self


class Threshold(_Strict):
    """A gate on one metric: `op` is >= or ==, compared with a small tolerance."""

    metric: str
    op: Literal[">=", "==", "<="]
    value: float
    suite: Literal["intents", "retrieval", "scenarios", "situations"]

    def passes(self, actual: float | None) -> bool:
        """Whether the measured value clears the gate (a missing value fails)."""
        if actual is None:
            return False
        eps = 1e-9
        if self.op == ">=":
            return actual >= self.value - eps
        if self.op == "<=":
            return actual <= self.value + eps
        return abs(actual - self.value) <= eps


def load_cases(path: str | Path) -> list[Case]:
    """Load and validate a scenarios file (a YAML list of cases)."""
    from lead_core.datafiles import load_data_file

    data = load_data_file(path)
    if not isinstance(data, list):
        raise ValueError(f"{path} must be a YAML list of cases")
    return ScenarioSet(cases=data).cases


def load_thresholds(path: str | Path) -> list[Threshold]:
    """Load the thresholds file: `{suite: {metric: ">= 0.95"}}`."""
    from lead_core.datafiles import load_data_file

    data = load_data_file(path)
    if not isinstance(data, dict):
        raise ValueError(f"{path} must map suites to metric gates")
    out = []
    for suite, gates in data.items():
        if not isinstance(gates, dict):
            raise ValueError(f"{path}: {suite} must map metric names to gates like '>= 0.9'")
        for metric, gate in gates.items():
            match = re.match(r"^\s*(>=|==|<=)\s*([0-9.]+)\s*$", str(gate))
            if not match:
                raise ValueError(f"{path}: gate for {suite}.{metric} must look like '>= 0.9', got {gate!r}")
            out.append(Threshold(metric=metric, op=match[1], value=float(match[2]), suite=suite))
    return out
