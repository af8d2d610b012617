"""Pseudonymisation for remote brains: team members' names become stable placeholders ("Person_1")
before anything leaves the machine, and are restored in replies and tool arguments.
"""

from __future__ import annotations

import json
import re
from typing import Any

from tools.team import Team


class Pseudonymizer:
    """A reversible name <-> placeholder mapping; longest names are replaced first, whole words only."""

    def __init__(self, names: list[str], projects: list[str] | None = None) -> None:
        self.forward: dict[str, str] = {}
        for i, name in enumerate(sorted(set(n for n in names if n.strip()), key=lambda s: (-len(s), s)), start=1):
            self.forward[name] = f"Person_{i}"
        for i, name in enumerate(sorted(set(p for p in projects or [] if p.strip()), key=lambda s: (-len(s), s)), start=1):
            self.forward[name] = f"Project_{i}"
        self.backward = {v: k for k, v in self.forward.items()}
        self._fwd_re = self._pattern(self.forward)
        self._back_re = re.compile(r"\b(?:Person|Project)_\d+\b")

    @staticmethod
    def _pattern(mapping: dict[str, str]) -> re.Pattern[str] | None:
        if not mapping:
            return None
        alternatives = "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    @classmethod
    def for_team(cls, team: Team | None, *, include_projects: bool = False) -> "Pseudonymizer":
        """The mapping for a team file (people, requesters, manager; projects optionally)."""
        if team is None:
            return cls([])
        projects = [p.name for p in team.projects] if include_projects else []
        return cls(team.names(), projects)

    @property
    def active(self) -> bool:
        return bool(self.forward)

    def encode(self, text: str) -> str:
        """Replace names with placeholders; JSON text is decoded first, so `\\u` escapes hide no name."""
        if not self._fwd_re or not text:
            return text
        decoded = _json_value(text)
        if decoded is not None:
            return json.dumps(self.encode_obj(decoded), ensure_ascii=False)
        return self._encode_text(text)

    def _encode_text(self, text: str) -> str:
        lookup = {k.casefold(): v for k, v in self.forward.items()}
        return self._fwd_re.sub(lambda m: lookup[m.group(0).casefold()], text)

    def decode(self, text: str) -> str:
        """Restore names from placeholders."""
        if not self.backward or not text:
            return text
        return self._back_re.sub(lambda m: self.backward.get(m.group(0), m.group(0)), text)

    def encode_obj(self, obj: Any) -> Any:
        """Encode every string inside a JSON-like object."""
        return _walk(obj, self.encode)

    def decode_obj(self, obj: Any) -> Any:
        """Decode every string inside a JSON-like object."""
        return _walk(obj, self.decode)

    def encode_json(self, obj: Any) -> str:
        """JSON text of an object with names replaced."""
        return json.dumps(self.encode_obj(obj), ensure_ascii=False, default=str)


def _json_value(text: str) -> Any:
    """The decoded object or array when `text` is JSON text, else None."""
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return None
    try:
        value = json.loads(stripped)
    except ValueError:
        return None
    return value if isinstance(value, (dict, list)) else None


def _walk(obj: Any, fn: Any) -> Any:
    if isinstance(obj, str):
        return fn(obj)
    if isinstance(obj, list):
        return [_walk(v, fn) for v in obj]
    if isinstance(obj, dict):
        return {(fn(k) if isinstance(k, str) else k): _walk(v, fn) for k, v in obj.items()}
    return obj
