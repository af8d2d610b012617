"""Tool results as their typed models again: the graph state keeps each result as JSON (the checkpointer stores
it), and code that reads a result validates it back into the tool's output model instead of reading string keys."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tools.registry import TOOLS


def succeeded(record: dict[str, Any]) -> bool:
    """True when the call ran and returned a result."""
    return record.get("error") is None and record.get("result") is not None


def typed_result(record: dict[str, Any]) -> BaseModel | None:
    """A tool record's result as the tool's output model (None when the call failed or the tool is unknown)."""
    spec = TOOLS.get(record.get("name", ""))
    if spec is None or record.get("result") is None:
        return None
    return spec.parse_result(record["result"])


def latest_result(records: list[dict[str, Any]], name: str) -> Any:
    """The last successful result of tool `name` this turn, typed (None when there is none)."""
    for record in reversed(records):
        if record.get("name") == name and record.get("result") is not None:
            return typed_result(record)
    return None


def latest_input(records: list[dict[str, Any]], name: str) -> Any:
    """The input of the last successful call of tool `name` this turn, as the tool's input model (None when none)."""
    for record in reversed(records):
        if record.get("name") == name and record.get("result") is not None:
            _, model = TOOLS[name].load()
            return model.model_validate(record.get("arguments") or {})
    return None


def all_inputs(records: list[dict[str, Any]], name: str) -> list[Any]:
    """The inputs of every successful call of tool `name` this turn, typed, in the order the calls were made."""
    _, model = TOOLS[name].load()
    return [model.model_validate(r.get("arguments") or {}) for r in records if r.get("name") == name and r.get("result") is not None]


def all_results(records: list[dict[str, Any]], name: str) -> list[Any]:
    """Every successful result of tool `name` this turn, typed, in the order the calls were made."""
    return [typed_result(r) for r in records if r.get("name") == name and r.get("result") is not None]
