"""Data cut to what a typed model takes: a text longer than its field allows is cut at its last whole sentence (or
clause) that fits and a list longer than allowed keeps its first items, so a long paste is drafted from, never refused.

Only length limits are fitted; every other constraint still fails validation as before.
"""

from __future__ import annotations

import re
from typing import Any, get_args

from pydantic import BaseModel

_STOPS = (r"[.!?](?=\s)", r"[;:](?=\s)", r",(?=\s)", r"\s")


def cut_text(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at the last sentence, clause or word end that keeps a third of it."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    for stop in _STOPS:
        ends = [m.end() for m in re.finditer(stop, head) if m.end() >= limit // 3]
        if ends:
            return head[: ends[-1]].rstrip(" ,;:")
    return head.rstrip()


def fit_to(model: type[BaseModel], data: Any) -> Any:
    """`data` (the dict a model is validated from) with every over-long text and list cut to its field's max_length."""
    if not isinstance(data, dict):
        return data
    out = dict(data)
    for name, field in model.model_fields.items():
        key = field.alias if field.alias and field.alias in out else name
        if key in out:
            out[key] = _fit_value(field.annotation, field.metadata, out[key])
    return out


def _fit_value(annotation: Any, metadata: list[Any], value: Any) -> Any:
    limit = next((m.max_length for m in metadata if getattr(m, "max_length", None) is not None), None)
    inner = _model_in(annotation)
    if isinstance(value, str):
        return cut_text(value, limit) if limit is not None else value
    if isinstance(value, list):
        items = [fit_to(inner, v) for v in value] if inner else value
        return items[:limit] if limit is not None else items
    return fit_to(inner, value) if inner is not None else value


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds: itself, or inside Optional/list."""
    for t in (annotation, *get_args(annotation)):
        for u in (t, *get_args(t)):
            if isinstance(u, type) and issubclass(u, BaseModel):
                return u
    return None
