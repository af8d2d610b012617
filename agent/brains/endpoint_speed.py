"""How fast a model endpoint is (prompt and generation tokens per second), and the request timeout that follows from
it for a server on this machine: enough for this request's prompt and a full-length reply at the slowest recently
measured speed, three times over. The speed comes from `lead doctor` (saved under LEAD_HOME per endpoint and model)
and from the process's own requests, so a slow-but-working CPU server is not cut off by a fixed timeout and a fast
one does not keep a ten-minute one."""

from __future__ import annotations

import json
from collections import deque
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

SPEED_FILE = "endpoint_speed.json"
MARGIN = 3.0  # a loaded machine ran 2-3x slower than an idle one within the same hour (README, real-model runs)
FLOOR_SECONDS = 120.0
CEILING_SECONDS = 3600.0
PROMPT_TO_GENERATION = 5.0  # prompt tokens per generated token in the same time, on this machine's CPU server
RECENT = 5
SMALL_PROMPT = 256  # fewer new prompt tokens than this (the rest cached) say little about prompt speed


@dataclass(frozen=True)
class Speed:
    """Tokens per second an endpoint processed a prompt and generated a reply at, and where that was measured."""

    prompt: float
    generation: float
    source: str = "requests"


def request_seconds(speed: Speed, prompt_tokens: int, max_tokens: int) -> float:
    """Expected seconds for a request of `prompt_tokens` whose reply runs to `max_tokens`."""
    return prompt_tokens / speed.prompt + max_tokens / speed.generation


def timeout_for(speed: Speed, prompt_tokens: int, max_tokens: int) -> float:
    """The request timeout for that speed: MARGIN times the expected seconds, within FLOOR and CEILING."""
    return round(min(max(MARGIN * request_seconds(speed, prompt_tokens, max_tokens), FLOOR_SECONDS), CEILING_SECONDS), 1)


def server_timings(response: Any) -> dict[str, Any] | None:
    """The `timings` a llama.cpp server adds to a reply (tokens per second for the prompt and the reply), if any."""
    timings = getattr(response, "timings", None) or (getattr(response, "model_extra", None) or {}).get("timings")
    return timings if isinstance(timings, dict) else None


def measured(timings: Any, usage: dict[str, Any]) -> Speed | None:
    """One request's speed: the server's own timings (llama.cpp) when it sends them, else from its token counts and
    wall time, with prompt tokens taken as PROMPT_TO_GENERATION times cheaper (a cached prefix makes this slower than
    the truth, so the timeout errs long)."""
    if isinstance(timings, dict) and timings.get("prompt_per_second") and timings.get("predicted_per_second"):
        generation = float(timings["predicted_per_second"])
        prompt = float(timings["prompt_per_second"])
        if int(timings.get("prompt_n") or SMALL_PROMPT) < SMALL_PROMPT:
            prompt = max(prompt, PROMPT_TO_GENERATION * generation)  # a few uncached tokens run slower per token
        return Speed(prompt, generation)
    seconds, tokens_in, tokens_out = usage.get("seconds") or 0, usage.get("input_tokens") or 0, usage.get("output_tokens") or 0
    if seconds <= 0 or tokens_in + tokens_out == 0 or usage.get("source") != "server":
        return None
    generation = (tokens_in / PROMPT_TO_GENERATION + tokens_out) / seconds
    return Speed(generation * PROMPT_TO_GENERATION, generation)


class SpeedLog:
    """The speeds seen for one endpoint: the saved doctor measurement first, then this process's requests."""

    def __init__(self, start: Speed | None = None) -> None:
        self.seen: deque[Speed] = deque([start] if start else [], maxlen=RECENT)

    def add(self, speed: Speed | None) -> None:
        if speed is not None:
            self.seen.append(speed)

    def slowest(self) -> Speed | None:
        """The slowest prompt and generation speeds recently seen (None before any measurement)."""
        if not self.seen:
            return None
        return Speed(min(s.prompt for s in self.seen), min(s.generation for s in self.seen), self.seen[-1].source)


def _key(endpoint: str, model: str) -> str:
    return f"{endpoint.rstrip('/')} {model}"


def load_speed(home: Path, endpoint: str, model: str) -> Speed | None:
    """The speed `lead doctor` last saved for this endpoint and model (None when none, or the file is unreadable)."""
    try:
        saved = json.loads((Path(home) / SPEED_FILE).read_text(encoding="utf-8")).get(_key(endpoint, model))
        return Speed(float(saved["prompt"]), float(saved["generation"]), "doctor") if saved else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def save_speed(home: Path, endpoint: str, model: str, speed: Speed) -> None:
    """Record a doctor measurement for this endpoint and model (atomically; other endpoints' entries are kept)."""
    from lead_core.atomic import atomic_write_text

    path = Path(home) / SPEED_FILE
    try:
        known = json.loads(path.read_text(encoding="utf-8"))
        known = known if isinstance(known, dict) else {}
    except (OSError, ValueError):
        known = {}
    known[_key(endpoint, model)] = asdict(speed)
    atomic_write_text(path, json.dumps(known, indent=1, sort_keys=True))
