"""Tool results as their typed models again: the graph state keeps each result as JSON (the checkpointer stores
it), and code that reads a result validates it back into the tool's output model instead of reading string keys."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tools.registry import TOOLS


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
