"""Tool calls that a model wrote as text instead of native function calls: Hermes `<tool_call>{...}</tool_call>`,
`<tools>{...}</tools>`, fenced or bare JSON with `name` and `arguments`. Small local models do this often;
these calls are read, checked against the offered tool names and run like native ones, and a reply that still
looks like tool markup is recognised so it never reaches the user as an answer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

MARKUP_RE = re.compile(
    r"</?tool_call>|</?tools>|</?function(?:_call)?\b|<\|?tool|\"(?:arguments|parameters)\"\s*:|\bfunctions?\.\w+\s*\(",
    re.IGNORECASE,
)
TAG_RE = re.compile(r"</?(?:tool_call|tools|function_call|function)[^>]*>", re.IGNORECASE)
FENCE_RE = re.compile(r"```[a-zA-Z]*\s*|```")


@dataclass(frozen=True)
class TextToolCall:
    """One tool call found in a reply's text."""

    name: str
    arguments: dict[str, Any]


def _as_call(obj: Any, known: set[str]) -> TextToolCall | None:
    """A {"name", "arguments"} object (also {"function": {...}} and "parameters") naming a known tool."""
    if not isinstance(obj, dict):
        return None
    if isinstance(obj.get("function"), dict):
        obj = obj["function"]
    name = obj.get("name")
    args = obj.get("arguments", obj.get("parameters", {}))
    if isinstance(args, str):
        try:
            args = json.loads(args or "{}")
        except json.JSONDecodeError:
            return None
    if not isinstance(name, str) or name not in known or not isinstance(args, dict):
        return None
    return TextToolCall(name=name, arguments=args)


def _json_values(text: str) -> list[Any]:
    """Every top-level JSON object or array embedded in the text, in order."""
    decoder = json.JSONDecoder()
    out, i = [], 0
    while i < len(text):
        start = min((p for p in (text.find("{", i), text.find("[", i)) if p >= 0), default=-1)
        if start < 0:
            break
        try:
            value, end = decoder.raw_decode(text, start)
        except json.JSONDecodeError:
            i = start + 1
            continue
        out.append(value)
        i = end
    return out


def parse_text_tool_calls(content: str, known: set[str]) -> list[TextToolCall]:
    """The tool calls written in a reply's text (empty when there are none)."""
    if not content or "{" not in content:
        return []
    text = FENCE_RE.sub(" ", TAG_RE.sub("\n", content))
    calls: list[TextToolCall] = []
    for value in _json_values(text):
        for item in value if isinstance(value, list) else [value]:
            call = _as_call(item, known)
            if call is not None:
                calls.append(call)
    return calls


def looks_like_markup(content: str) -> bool:
    """True when a reply carries tool-call markup (tags or name/arguments JSON) rather than prose."""
    return bool(MARKUP_RE.search(content or ""))
