"""`lead doctor`: check the configured OpenAI-compatible endpoint and say whether and how to use it: reachable,
model listed, a tiny chat, native or text tool calls, structured output, prompt and generation speed, the
expected seconds per turn, and the settings to use."""

from __future__ import annotations

import argparse
import json
import math
import time
from dataclasses import asdict, dataclass, field
from typing import Any

from agent.commands.common import print_json
from lead_core.errors import UserError
from lead_core.network import is_loopback_url

DOCTOR_HELP = """Check the model endpoint Lead Copilot is configured for (OPENAI_BASE_URL, LEAD_MODEL) and print a
verdict with the settings to use. Sends a handful of small requests; nothing about your team leaves the machine.

examples:
  OPENAI_BASE_URL=http://127.0.0.1:11434/v1 LEAD_MODEL=qwen2.5:7b lead doctor
  lead doctor --json

exit codes: 0 ready or slow but usable, 1 not usable (unreachable, chat fails, no readable tool calls, or a turn
over ten minutes),
2 no endpoint configured.
"""
# A turn with a cold prompt cache: the understanding call, the first round (fixed prefix plus the question's
# reference data), and two tool rounds; and what the model writes over those requests.
TURN_PROMPT_TOKENS = 5300
TURN_OUTPUT_TOKENS = 700
READY_SECONDS = 60.0
USABLE_SECONDS = 600.0  # past ten minutes a turn is not worth waiting for
PROBE_QUERY = "Search the leadership guidance for 'protecting focus time' with the search_guidance tool."


@dataclass
class Check:
    """One probe's outcome."""

    name: str
    ok: bool
    detail: str


@dataclass
class Diagnosis:
    """Everything `lead doctor` found, and what follows from it."""

    endpoint: str
    model: str
    checks: list[Check] = field(default_factory=list)
    tool_calls: str = "unknown"  # native, text, markup, none
    structured_output: bool | None = None
    prompt_tokens_per_second: float | None = None
    generation_tokens_per_second: float | None = None
    seconds_per_turn: float | None = None
    verdict: str = "unknown"
    settings: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, ok: bool, detail: str) -> bool:
        self.checks.append(Check(name, ok, detail))
        return ok

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def register(sub: Any) -> None:
    """Register `doctor`."""
    parser = sub.add_parser("doctor", help="check the model endpoint and print the settings to use",
                            description=DOCTOR_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--model", help="model name to check (default: LEAD_MODEL)")
    parser.add_argument("--timeout", type=float, help="seconds per probe request (default: the brain's timeout)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run_doctor)


def run_doctor(args: argparse.Namespace) -> int:
    from lead_core.settings import load_settings

    settings = load_settings(**({"model": args.model} if args.model else {}))
    if not settings.llm_configured:
        raise UserError("No model endpoint is configured; set OPENAI_BASE_URL (and LEAD_MODEL), e.g. http://127.0.0.1:11434/v1 for Ollama.")
    diagnosis = diagnose(settings, timeout=args.timeout)
    if args.json:
        print_json(diagnosis.to_json())
    else:
        print(format_diagnosis(diagnosis))
    return 0 if diagnosis.verdict in ("ready", "slow") else 1


def diagnose(settings: Any, *, timeout: float | None = None) -> Diagnosis:
    """Probe the endpoint; each step needs the ones before it."""
    from agent.brains.openai_brain import openai_client

    client = openai_client(settings, timeout=timeout)
    d = Diagnosis(endpoint=settings.openai_base_url or "https://api.openai.com/v1", model=settings.model)
    if not _models(client, d):
        d.verdict = "unreachable"
        return d
    if not _chat(client, d):
        d.verdict = "not usable"
        return d
    _tools(client, d)
    _structured(client, d)
    _speed(client, d)
    _remember_speed(settings, d)
    d.verdict = _verdict(d)
    d.settings = _suggested(settings, d)
    return d


def _timed(call: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    out = call()
    return out, time.perf_counter() - started


def _endpoint_errors() -> tuple[type[Exception], ...]:
    from agent.brains.base import endpoint_errors  # imported on use: `lead --help` stays light

    return endpoint_errors()


def _problem(exc: Exception) -> str:
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return "timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "could not connect"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    return exc.__class__.__name__


def _models(client: Any, d: Diagnosis) -> bool:
    import openai

    try:
        ids = [m.id for m in client.models.list().data]
    except openai.NotFoundError:
        d.add("reachable", True, "the endpoint answers (it does not list models)")
        return True
    except _endpoint_errors() as exc:
        return d.add("reachable", False, f"{d.endpoint}: {_problem(exc)}")
    d.add("reachable", True, d.endpoint)
    listed = d.model in ids
    d.add("model listed", listed, d.model if listed else f"{d.model} is not listed; available: {', '.join(ids[:8]) or 'none'}")
    if not listed and len(ids) == 1:
        d.settings["LEAD_MODEL"] = ids[0]
    return True


def _chat(client: Any, d: Diagnosis) -> bool:
    try:
        response, seconds = _timed(lambda: client.chat.completions.create(
            model=d.model, messages=[{"role": "user", "content": "Reply with the word ok."}], max_tokens=8, temperature=0))  # fmt: skip
    except _endpoint_errors() as exc:
        return d.add("tiny chat", False, _problem(exc))
    text = (response.choices[0].message.content or "").strip() if response.choices else ""
    return d.add("tiny chat", bool(text), f"{text[:40]!r} in {seconds:.1f} s" if text else "empty reply")


def _tools(client: Any, d: Diagnosis) -> None:
    from agent.brains.text_tool_calls import looks_like_markup, parse_text_tool_calls
    from agent.model_tools import model_tool_schemas

    schemas = [s for s in model_tool_schemas() if s["function"]["name"] == "search_guidance"]
    try:
        response = client.chat.completions.create(model=d.model, messages=[{"role": "user", "content": PROBE_QUERY}],
                                                  tools=schemas, tool_choice="auto", max_tokens=80, temperature=0)  # fmt: skip
    except _endpoint_errors() as exc:
        d.tool_calls = "none"
        d.add("tool calls", False, f"a request with tools failed: {_problem(exc)}")
        return
    message = response.choices[0].message
    content = message.content or ""
    if message.tool_calls:
        d.tool_calls = "native"
    elif parse_text_tool_calls(content, {"search_guidance"}):
        d.tool_calls = "text"
    else:
        d.tool_calls = "markup" if looks_like_markup(content) else "none"
    detail = {
        "native": "native function calls",
        "text": "written as text (<tool_call>/JSON); Lead Copilot reads them",
        "markup": "tool markup that could not be read; turns will fall back to the offline brain",
        "none": "the model answered without calling the tool",
    }[d.tool_calls]
    d.add("tool calls", d.tool_calls in ("native", "text"), detail)


def _structured(client: Any, d: Diagnosis) -> None:
    schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}, "required": ["ok"]}
    fmt = {"type": "json_schema", "json_schema": {"name": "probe", "schema": schema, "strict": False}}
    try:
        response = client.chat.completions.create(model=d.model, messages=[{"role": "user", "content": "Is water wet? Answer as JSON."}],
                                                  response_format=fmt, max_tokens=24, temperature=0)  # fmt: skip
        value = json.loads(response.choices[0].message.content or "")
        d.structured_output = isinstance(value, dict) and isinstance(value.get("ok"), bool)
        detail = "json_schema response_format works" if d.structured_output else "replies do not follow the schema"
    except _endpoint_errors() as exc:
        d.structured_output = False
        detail = f"not supported ({_problem(exc)}); questions are understood by the offline parser"
    d.add("structured output", d.structured_output, detail)


def _speed(client: Any, d: Diagnosis) -> None:
    """Prompt speed over the real fixed prefix (behind a fresh nonce, so no cached prefix flatters it), generation
    speed from counting."""
    import uuid

    from agent.model_tools import model_tool_schemas
    from agent.prompts import system_message

    system = f"Probe {uuid.uuid4().hex[:8]}.\n{system_message()}"
    try:
        prompt, p_seconds = _timed(lambda: client.chat.completions.create(
            model=d.model, messages=[{"role": "system", "content": system}, {"role": "user", "content": "Reply with ok."}],
            tools=model_tool_schemas(), max_tokens=1, temperature=0))  # fmt: skip
        gen, g_seconds = _timed(lambda: client.chat.completions.create(
            model=d.model, messages=[{"role": "user", "content": "Count from 1 to 40, separated by spaces."}], max_tokens=48, temperature=0))  # fmt: skip
    except _endpoint_errors() as exc:
        d.add("speed", False, f"could not measure: {_problem(exc)}")
        return
    pp = _rate(prompt, "prompt", p_seconds)
    tg = _rate(gen, "predicted", g_seconds)
    d.prompt_tokens_per_second, d.generation_tokens_per_second = pp, tg
    if pp and tg:
        d.seconds_per_turn = round(TURN_PROMPT_TOKENS / pp + TURN_OUTPUT_TOKENS / tg, 1)
    d.add("speed", bool(pp and tg), f"prompt {pp or '?'} tokens/s, generation {tg or '?'} tokens/s")


def _remember_speed(settings: Any, d: Diagnosis) -> None:
    """Save the measured speed under LEAD_HOME: a local server's request timeouts follow it (agent.brains.endpoint_speed)."""
    from agent.brains.endpoint_speed import Speed, save_speed

    if not (d.prompt_tokens_per_second and d.generation_tokens_per_second):
        return
    try:
        save_speed(settings.home, d.endpoint, d.model, Speed(d.prompt_tokens_per_second, d.generation_tokens_per_second, "doctor"))
    except OSError as exc:
        d.add("speed saved", False, f"could not save the measured speed under {settings.home} ({exc.strerror or exc})")


def _rate(response: Any, kind: str, seconds: float) -> float | None:
    """Tokens per second: the server's own timings (llama.cpp) when present, else usage over wall time."""
    from agent.brains.endpoint_speed import server_timings

    timings = server_timings(response)
    if timings and timings.get(f"{kind}_per_second"):
        return round(float(timings[f"{kind}_per_second"]), 1)
    usage = getattr(response, "usage", None)
    tokens = getattr(usage, "prompt_tokens" if kind == "prompt" else "completion_tokens", None)
    return round(tokens / max(seconds, 1e-3), 1) if tokens else None


def _verdict(d: Diagnosis) -> str:
    if d.tool_calls not in ("native", "text"):
        return "not usable"
    if d.seconds_per_turn is not None and d.seconds_per_turn > USABLE_SECONDS:
        return "too slow"
    if d.seconds_per_turn is None or d.seconds_per_turn > READY_SECONDS:
        return "slow"
    return "ready"


def _suggested(settings: Any, d: Diagnosis) -> dict[str, str]:
    """Settings to put in .env for this endpoint."""
    out = dict(d.settings)
    out.setdefault("LEAD_MODEL", d.model)
    if d.seconds_per_turn and not is_loopback_url(d.endpoint):
        # On this machine the timeout follows the speed saved above; elsewhere a request may take the whole
        # first-round prompt plus a long reply, so leave room for a slow moment.
        first_request = d.seconds_per_turn * 0.6
        out["LEAD_LLM_TIMEOUT"] = str(min(max(30, int(math.ceil(first_request * 2 / 10.0)) * 10), 1800))
    slow_writer = (d.generation_tokens_per_second or 0) < 10
    out["LEAD_LLM_MAX_TOKENS"] = "400" if slow_writer else "800"
    if slow_writer or d.structured_output is False:
        out["LEAD_LLM_UNDERSTAND"] = "parser"  # reading the question is a JSON reply of hundreds of tokens, or fails
    if d.verdict in ("not usable", "too slow"):
        out["LEAD_BRAIN"] = "offline"
    return out


def format_diagnosis(d: Diagnosis) -> str:
    """The readable report: one line per check, the figures, the verdict and the settings."""
    lines = [f"Endpoint {d.endpoint}, model {d.model}", ""]
    lines += [f"  {'ok  ' if c.ok else 'FAIL'} {c.name}: {c.detail}" for c in d.checks]
    if d.seconds_per_turn is not None:
        lines += ["", f"Expected about {d.seconds_per_turn:g} s per turn with a cold prompt cache "
                      f"({TURN_PROMPT_TOKENS} prompt and {TURN_OUTPUT_TOKENS} generated tokens)."]  # fmt: skip
    explain = {
        "ready": "ready: use it.",
        "slow": "slow but usable: expect long waits; request timeouts on this machine follow the measured speed.",
        "not usable": "not usable for Lead Copilot's tool rounds; use the offline brain.",
        "too slow": "too slow: a turn would take over ten minutes on this machine; use the offline brain or a faster endpoint.",
        "unreachable": "unreachable: check OPENAI_BASE_URL and that the server is running.",
    }
    lines += ["", f"Verdict: {explain.get(d.verdict, d.verdict)}"]
    if d.settings:
        lines += ["", "Settings to use (.env):"] + [f"  {k}={v}" for k, v in d.settings.items()]
    return "\n".join(lines)
