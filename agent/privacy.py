"""Pseudonymisation for remote brains: team members' names become stable placeholders ("Person_1")
before anything leaves the machine, and are restored in replies and tool arguments.
"""

from __future__ import annotations

import ipaddress
import json
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from tools.team import Team

if TYPE_CHECKING:
    from agent.settings import Settings

DEFAULT_OPENAI_URL = "https://api.openai.com/v1"
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}


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


def is_loopback(host: str) -> bool:
    """True when `host` is this machine (localhost, 127.0.0.0/8, ::1)."""
    host = host.strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_loopback_url(url: str) -> bool:
    """True when an http(s) URL points at this machine."""
    return is_loopback(urlparse(url if "://" in url else f"http://{url}").hostname or "")


def endpoints_in_use(settings: "Settings", *, chat: bool) -> list[str]:
    """Every endpoint that receives data in these settings, e.g. "embeddings at https://api.openai.com/v1"."""
    url = settings.openai_base_url or DEFAULT_OPENAI_URL
    found = [f"chat model at {url}"] if chat else []
    if settings.embeddings == "openai":
        found.append(f"embeddings at {url}")
    if settings.chroma_url:
        found.append(f"Chroma server at {settings.chroma_url}")
    return found


def privacy_label(settings: "Settings", *, chat: bool, pseudonymise: bool) -> str:
    """"local" when nothing is sent anywhere, else "on"/"off" (chat names pseudonymised) and every endpoint."""
    endpoints = endpoints_in_use(settings, chat=chat)
    if not endpoints:
        return "local"
    return f"{'on' if pseudonymise else 'off'} (sent to: {', '.join(endpoints)})"


def describe_privacy(label: str) -> str:
    """The privacy label as the app's banner shows it, after "privacy mode **"."""
    mode, _, rest = label.partition(" ")
    where = rest.strip().strip("()")
    meaning = {
        "local": "nothing leaves this machine",
        "on": "team names are pseudonymised before any call to the chat model",
        "off": "team names are sent to the model as written",
    }.get(mode, "")
    return f"{mode}** ({'; '.join(p for p in (meaning, where) if p)})"
