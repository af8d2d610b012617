"""The OpenAI-compatible brain: a fixed system message and fixed compact tool list (cache-friendly), the
per-question material in a later user message, name-based tool arguments resolved against the team file
(agent.model_tools), tool calls written as text read like native ones, our own retries (exponential backoff
with jitter; none after a timeout on a loopback server, which keeps computing a cancelled request), and
pseudonymised team names when privacy is on. The client is created lazily, never at import time.
"""

from __future__ import annotations

import json
import logging
import random
import time
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from agent.brains.base import BrainUnavailable, Step, TurnContext
from agent.brains.endpoint_speed import Speed, SpeedLog, load_speed, measured, server_timings, timeout_for
from agent.brains.text_tool_calls import looks_like_markup, parse_text_tool_calls
from agent.model_tools import MODEL_TOOLS, model_tool_schemas, resolve
from agent.privacy import Pseudonymizer
from agent.prompts import context_message, system_message
from lead_core.errors import one_sentence
from lead_core.network import is_loopback_url
from lead_core.settings import Settings
from agent.situation import Situation
from tools.team import Team

log = logging.getLogger(__name__)
HISTORY_TURNS = 6
LOCAL_TIMEOUT = 600.0
# What a person's record needs to show outside 1-on-1s and general guidance (their work, not their growth notes).
WORK_FIELDS = {"name": True, "role": True, "seniority": True, "status": True, "blockers": True, "capacity": True,
               "current_work": {"project", "weeks_invested", "remaining_weeks_low", "remaining_weeks_likely",
                                "remaining_weeks_high", "success_probability", "value"}}  # fmt: skip


def tool_schemas() -> list[dict[str, Any]]:
    """The model-facing tool list: compact, name-based, identical on every request."""
    return model_tool_schemas()


def request_timeout(settings: Settings) -> float:
    """Seconds per request before any speed is known: LEAD_LLM_TIMEOUT when set, else longer for a local server (CPU
    prompt processing is slow); a local server's later requests follow its measured speed (`follows_speed`)."""
    if follows_speed(settings):
        return LOCAL_TIMEOUT
    return settings.llm_timeout


def follows_speed(settings: Settings) -> bool:
    """True when request timeouts follow the endpoint's measured speed: a local server and no LEAD_LLM_TIMEOUT."""
    return "llm_timeout" not in settings.model_fields_set and is_loopback_url(settings.openai_base_url or "")


def openai_client(settings: Settings, *, timeout: float | None = None, max_retries: int = 0) -> Any:
    """The OpenAI-compatible client for these settings (a local server needs no key); retries are ours unless asked."""
    from lead_core.network import openai_client as build

    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    return build(key, settings.openai_base_url, timeout=timeout or request_timeout(settings), max_retries=max_retries)


def estimate_tokens(obj: Any) -> int:
    """Characters / 4 of the JSON text: the estimate used when the server reports no usage."""
    text = obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False, default=str)
    return max(1, len(text) // 4)


def request_usage(response: Any, messages: list[dict[str, Any]], tools: list[dict[str, Any]], seconds: float) -> dict[str, Any]:
    """Tokens of one request: the server's `usage` when it reports one, else characters / 4."""
    reported = getattr(response, "usage", None)
    prompt, completion = getattr(reported, "prompt_tokens", None), getattr(reported, "completion_tokens", None)
    if prompt is not None and completion is not None:
        return {"input_tokens": int(prompt), "output_tokens": int(completion), "source": "server", "seconds": round(seconds, 2)}
    message = response.choices[0].message
    calls = [tc.function.arguments or "" for tc in (message.tool_calls or []) if getattr(tc, "function", None)]
    return {
        "input_tokens": estimate_tokens(messages) + estimate_tokens(tools),
        "output_tokens": estimate_tokens((message.content or "") + "".join(calls)),
        "source": "estimate",
        "seconds": round(seconds, 2),
    }


def situation_of(ctx: TurnContext) -> Situation:
    """The turn's Situation (a model or its JSON), or an empty one before understanding ran."""
    value = getattr(ctx, "situation", None)
    if isinstance(value, Situation):
        return value
    if isinstance(value, dict) and value:
        try:
            return Situation.model_validate(value)
        except ValueError:
            return Situation()
    return Situation()


def team_entries(ctx: TurnContext, situation: Situation) -> dict[str, Any] | None:
    """The team-file entries this question needs: a roster line per person, the named people's and projects'
    records, and inbox requests that involve them (never the whole file)."""
    team = ctx.team
    if team is None:
        return None
    details = getattr(ctx, "details", None) or {}  # the pre-Situation extractor's output, while it exists
    named = {str(situation.get(k) or "").casefold() for k in ("person", "requester", "recipient")}
    named |= {str(n).casefold() for n in details.get("people", [])}
    projects = {str(situation.get(k) or "").casefold() for k in ("project", "new_work")}
    projects |= {str(p).casefold() for p in details.get("projects", [])}
    roster = [
        f"{p.name} ({p.role}{', ' + p.current_work.project if p.current_work else ''}{', ' + p.status if p.status != 'available' else ''})"
        for p in team.people
    ]
    out: dict[str, Any] = {"team": team.team, "people": roster}
    fields = None if ctx.intent in ("one_on_one", "guidance") else WORK_FIELDS
    people = [p.model_dump(mode="json", exclude_defaults=True, include=fields) for p in team.people if p.name.casefold() in named]
    if people:
        out["records"] = people
    chosen = [p for p in team.projects if p.name.casefold() in projects]
    chosen += [p for p in team.projects if any(pp.current_work and pp.current_work.project == p.name and pp.name.casefold() in named for pp in team.people) and p not in chosen]
    if chosen:
        keep = None if ctx.intent in ("stakeholder_message", "planning") else {"name", "deadline"}
        out["projects"] = [p.model_dump(mode="json", exclude_defaults=True, exclude={"tasks"}, include=keep) for p in chosen]
    requests = [r for r in team.inbox if any(n.casefold() in named for n in r.interrupts) or r.requester.casefold() in named]
    if requests:
        out["inbox"] = [r.model_dump(mode="json", exclude_defaults=True) for r in requests]
    if team.inbox and ctx.intent == "triage":
        out["inbox_titles"] = [r.title for r in team.inbox]
    return out


class OpenAIBrain:
    """A brain backed by any OpenAI-compatible chat completions endpoint."""

    remote = True

    def __init__(self, settings: Settings, *, client: Any = None, backoff_base: float = 0.5) -> None:
        self.settings = settings
        self.model = settings.model
        self.label = settings.model
        self.privacy = settings.privacy == "on"
        self.backoff_base = backoff_base
        self.local = is_loopback_url(settings.openai_base_url or "")
        self._client = client
        self._schemas: list[dict[str, Any]] | None = None
        self.requests = 0
        self.speeds = SpeedLog(self._saved_speed()) if follows_speed(settings) else None
        self.last_timeout: float | None = None

    def _saved_speed(self) -> Speed | None:
        return load_speed(self.settings.home, self.settings.openai_base_url or "", self.model)

    def timeout(self, messages: list[dict[str, Any]], tools: list[dict[str, Any]] | None) -> float | None:
        """This request's timeout when it follows the measured speed: room for its prompt and a full-length reply at
        the slowest speed seen recently; None (the client's timeout) when it does not or nothing is measured yet."""
        slowest = self.speeds.slowest() if self.speeds is not None else None
        if slowest is None:
            return None
        return timeout_for(slowest, estimate_tokens(messages) + (estimate_tokens(tools) if tools else 0), self.settings.llm_max_tokens)

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = openai_client(self.settings)
        return self._client

    @property
    def model_understands(self) -> bool:
        """Whether the model reads the question (one structured-output request per turn) rather than the offline
        parser: LEAD_LLM_UNDERSTAND, where auto means the parser for a loopback endpoint (a small local model read
        questions worse than the parser and took minutes to do it; see the README's real-model section)."""
        choice = self.settings.llm_understand
        return choice == "model" or (choice == "auto" and not self.local)

    @property
    def schemas(self) -> list[dict[str, Any]]:
        if self._schemas is None:
            self._schemas = tool_schemas()
        return self._schemas

    def think(self, ctx: TurnContext) -> Step:
        """One model round: send the conversation (pseudonymised), return resolved tool calls or the answer."""
        pseudo = Pseudonymizer.for_team(ctx.team) if self.privacy else Pseudonymizer([])
        situation = situation_of(ctx)
        messages = self.messages(ctx, pseudo, situation)
        write = token_writer()
        if write is not None:
            write({"kind": "status", "text": "Waiting for the model…"})
        started = time.perf_counter()
        response = self._complete(messages, stream_to=_decoding(write, pseudo) if write else None)
        choice = response.choices[0]
        msg = choice.message
        usage = [request_usage(response, messages, self.schemas, time.perf_counter() - started)]
        if self.last_timeout:
            usage[0]["timeout"] = self.last_timeout  # it followed the endpoint's measured speed
        notices = []
        if choice.finish_reason == "length":
            notices.append("The model's reply was cut off at its length limit; the answer may be incomplete.")
        content = pseudo.decode(msg.content or "")
        raw_calls = self._native_calls(msg, pseudo)
        if not raw_calls:
            raw_calls = [(c.name, pseudo.decode_obj(c.arguments)) for c in parse_text_tool_calls(content, set(MODEL_TOOLS))]
            if raw_calls:
                content = ""  # the markup carried the calls; it is never shown
        if raw_calls:
            calls = [self._resolved(name, args, ctx, situation, notices) for name, args in raw_calls]
            if all(_already_made(c, ctx.tool_calls) for c in calls):
                raise BrainUnavailable(f"the model repeated a tool call it had already made ({calls[0]['name']}) instead of answering", usage)
            return Step(content=content, tool_calls=calls, notices=notices, usage=usage)
        if not content.strip():
            raise BrainUnavailable("the model returned an empty reply", usage)
        if looks_like_markup(content):
            raise BrainUnavailable("the model wrote tool-call markup that could not be read as a call to a known tool", usage)
        if ctx.tool_calls and all(r.get("error") for r in ctx.tool_calls):
            raise BrainUnavailable(f"every tool call the model made failed (last: {str(ctx.tool_calls[-1]['error'])[:160]})", usage)
        return Step(content=content, notices=notices, usage=usage)

    def _native_calls(self, msg: Any, pseudo: Pseudonymizer) -> list[tuple[str, Any]]:
        """(name, arguments) of native tool calls; arguments stay raw text when they are not valid JSON."""
        out: list[tuple[str, Any]] = []
        for tc in msg.tool_calls or []:
            fn = getattr(tc, "function", None)
            if fn is None:
                continue
            text = fn.arguments or "{}"
            try:
                out.append((fn.name, pseudo.decode_obj(json.loads(text))))
            except json.JSONDecodeError:
                out.append((fn.name, pseudo.decode(text)))
        return out

    def _resolved(self, name: str, args: Any, ctx: TurnContext, situation: Situation, notices: list[str]) -> dict[str, Any]:
        """A call dict for the graph: full registry arguments to run, the model's compact call to send back."""
        from pydantic import ValidationError

        from tools.errors import ToolInputError

        call_id = f"call_{uuid.uuid4().hex[:12]}"
        compact = args if isinstance(args, str) else json.dumps(args, ensure_ascii=False)
        call: dict[str, Any] = {"id": call_id, "name": name, "arguments": compact, "model_arguments": compact}
        if name not in MODEL_TOOLS:
            return call  # the graph reports the unknown tool to the model
        if not isinstance(args, dict):
            return call  # the graph reports the invalid JSON to the model
        try:
            resolved = resolve({"name": name, "arguments": args}, ctx.team, situation, ctx.today, results=ctx.tool_calls)
        except (ToolInputError, ValidationError, ValueError) as exc:
            call["error"] = one_sentence(exc)[:400]
            return call
        call["arguments"] = json.dumps(resolved.arguments, ensure_ascii=False, default=str)
        notices.extend(n for n in resolved.assumptions if n not in notices)
        return call

    def messages(self, ctx: TurnContext, pseudo: Pseudonymizer, situation: Situation | None = None) -> list[dict[str, Any]]:
        """The request's messages: fixed system message, history, the question with its reference data, this turn's rounds."""
        situation = situation or situation_of(ctx)
        out: list[dict[str, Any]] = [{"role": "system", "content": system_message()}]
        for turn in ctx.history[-2 * HISTORY_TURNS :]:
            out.append({"role": turn["role"], "content": pseudo.encode(turn["content"])})  # extra keys stay local
        question = context_message(
            ctx.question,
            today=ctx.today.isoformat(),
            intent=ctx.intent,
            situation=situation.to_json(),
            team_entries=team_entries(ctx, situation),
            passages=ctx.passages,
        )
        out.append({"role": "user", "content": pseudo.encode(question)})
        for m in ctx.messages:
            m = dict(m)
            if m.get("content"):
                m["content"] = pseudo.encode(m["content"])
            if m.get("tool_calls"):
                m["tool_calls"] = [
                    {**tc, "function": {**tc["function"], "arguments": pseudo.encode(tc["function"]["arguments"])}}
                    for tc in m["tool_calls"]
                ]
            out.append(m)
        return out

    def understand(
        self, question: str, team: Team | None, today: date, fallback: Callable[[], Situation]
    ) -> tuple[Situation, list[str]]:
        """The question's Situation from one structured-output call (the JSON schema of `Situation`), validated,
        retried once on invalid output; otherwise `fallback()` (the offline parser) with a notice."""
        from pydantic import ValidationError

        pseudo = Pseudonymizer.for_team(team) if self.privacy else Pseudonymizer([])
        roster = ", ".join(p.name for p in team.people) if team is not None else "no team file"
        messages: list[dict[str, Any]] = [
            {"role": "system", "content": pseudo.encode(understanding_prompt())},  # its examples name people too
            {"role": "user", "content": pseudo.encode(f"Today: {today.isoformat()}. Team: {roster}.\nQuestion: {question}")},
        ]
        fmt = {"type": "json_schema", "json_schema": {"name": "situation", "schema": situation_schema(), "strict": False}}
        problem = ""
        for _attempt in range(2):
            try:
                response = self._complete(messages, response_format=fmt)
            except BrainUnavailable as exc:
                problem = str(exc)
                break
            text = response.choices[0].message.content or ""
            try:
                situation = Situation.model_validate(pseudo.decode_obj(json.loads(text)))
            except (json.JSONDecodeError, ValidationError) as exc:
                problem = _first_problem(exc)
                messages += [
                    {"role": "assistant", "content": text[:4000]},
                    {"role": "user", "content": f"That is not a valid situation ({problem}). Reply with the JSON object only."},
                ]
                continue
            return situation, []
        return fallback(), [f"The model could not read the question ({problem}); the offline parser understood it instead."]

    def request_options(self) -> dict[str, Any]:
        """Sampling options sent with every chat request."""
        return {"max_tokens": self.settings.llm_max_tokens, "temperature": self.settings.llm_temperature}

    def _complete(self, messages: list[dict[str, Any]], stream_to: Callable[[str], None] | None = None, **options: Any) -> Any:
        """Call the endpoint with retries on 429, 5xx, timeouts and connection errors (no retry after a local timeout).

        Without options the request offers the tools; `options` (e.g. response_format) replace that. With `stream_to`,
        the reply is streamed and its prose passed on as it arrives (tool markup never is).
        """
        import openai

        request = {**self.request_options(), **(options or {"tools": self.schemas, "tool_choice": "auto"})}
        if stream_to is not None:
            request.update(stream=True, stream_options={"include_usage": True})

        attempts = self.settings.llm_retries + 1
        last: Exception | None = None
        for attempt in range(attempts):
            try:
                self.requests += 1
                timeout = self.last_timeout = self.timeout(messages, request.get("tools"))
                started = time.perf_counter()
                response = self.client.chat.completions.create(model=self.model, messages=messages, **request, **({"timeout": timeout} if timeout else {}))  # fmt: skip
                if stream_to is not None:
                    response = assemble_stream(response, stream_to)
                if not getattr(response, "choices", None):
                    raise BrainUnavailable("the model returned no choices")
                self._observe(response, messages, request.get("tools") or [], time.perf_counter() - started)
                return response
            except openai.RateLimitError as exc:
                last = exc
            except openai.APIStatusError as exc:
                if exc.status_code < 500:
                    raise BrainUnavailable(f"the endpoint refused the request (HTTP {exc.status_code})") from exc
                last = exc
            except openai.APITimeoutError as exc:
                last = exc
                if self.local:
                    break  # a local server keeps computing the cancelled request; a retry only queues behind it
            except openai.APIConnectionError as exc:
                last = exc
            except BrainUnavailable as exc:
                last = exc
            except Exception as exc:  # boundary: whatever else goes wrong with the model, the offline brain answers
                log.info("The model request failed: %s", one_sentence(exc), exc_info=exc)  # quiet unless logging is set up
                last = exc
            if attempt + 1 < attempts:
                delay = self.backoff_base * (2**attempt) * (1 + random.random())
                log.info("model request failed (%s); retrying in %.2fs", last.__class__.__name__, delay)
                time.sleep(delay)
        raise BrainUnavailable(_describe(last)) from last

    def _observe(self, response: Any, messages: list[dict[str, Any]], tools: list[dict[str, Any]], seconds: float) -> None:
        """Note how fast the endpoint answered, for the next requests' timeouts."""
        if self.speeds is not None:
            self.speeds.add(measured(server_timings(response), request_usage(response, messages, tools, seconds)))


def _already_made(call: dict[str, Any], records: list[dict[str, Any]]) -> bool:
    """True when this turn already ran the same tool with the same arguments and it succeeded: a small model that
    asks again is looping (seen: three identical build_agenda calls, then an empty reply)."""
    if call.get("error"):
        return False
    try:
        arguments = json.loads(call["arguments"])
    except (json.JSONDecodeError, TypeError):
        return False
    return any(r["name"] == call["name"] and r.get("error") is None and r.get("arguments") == arguments for r in records)


def token_writer() -> Callable[[dict[str, Any]], None] | None:
    """The graph's stream writer when this run streams tokens (`configurable.stream_tokens`), else None."""
    try:
        from langgraph.config import get_config, get_stream_writer

        if (get_config().get("configurable") or {}).get("stream_tokens"):
            return get_stream_writer()
    except (RuntimeError, KeyError):  # not inside a graph run (a direct call, a test)
        return None
    return None


def _decoding(write: Callable[[dict[str, Any]], None], pseudo: Pseudonymizer) -> Callable[[str], None]:
    return lambda text: write({"kind": "answer_delta", "text": pseudo.decode(text)})


class ProseGate:
    """Passes streamed text on once it reads as prose; holds back (for good) anything that looks like tool markup."""

    HOLD = 24

    def __init__(self, emit: Callable[[str], None]) -> None:
        self.emit, self.text, self.sent, self.closed = emit, "", 0, False

    def feed(self, delta: str) -> None:
        self.text += delta
        if self.closed:
            return
        head = self.text.lstrip()
        if head[:1] in ("<", "{", "[", "`") or looks_like_markup(self.text):
            self.closed = True
            return
        if len(head) < self.HOLD:
            return
        # Keep the last few characters back: a tag may be arriving ("Let me check. <tool").
        safe = max(self.sent, len(self.text) - 12)
        if safe > self.sent:
            self.emit(self.text[self.sent : safe])
            self.sent = safe

    def finish(self) -> None:
        if not self.closed and not looks_like_markup(self.text) and len(self.text) > self.sent:
            self.emit(self.text[self.sent :])


def assemble_stream(stream: Any, emit: Callable[[str], None]) -> Any:
    """A streamed reply gathered into the shape of a non-streamed one (content, tool calls, finish reason, usage)."""
    from types import SimpleNamespace as NS

    gate = ProseGate(emit)
    calls: dict[int, dict[str, str]] = {}
    finish, usage, timings = None, None, None
    for chunk in stream:
        usage = getattr(chunk, "usage", None) or usage
        timings = server_timings(chunk) or timings
        for choice in chunk.choices or []:
            delta = choice.delta
            if delta is not None and delta.content:
                gate.feed(delta.content)
            for tc in (delta.tool_calls or []) if delta is not None else []:
                slot = calls.setdefault(tc.index or 0, {"id": "", "name": "", "arguments": ""})
                slot["id"] = tc.id or slot["id"]
                if tc.function is not None:
                    slot["name"] += tc.function.name or ""
                    slot["arguments"] += tc.function.arguments or ""
            finish = choice.finish_reason or finish
    if not calls:
        gate.finish()
    tool_calls = [NS(id=c["id"], function=NS(name=c["name"], arguments=c["arguments"])) for _, c in sorted(calls.items())]
    message = NS(content=gate.text, tool_calls=tool_calls or None)
    return NS(choices=[NS(message=message, finish_reason=finish)], usage=usage, timings=timings)


def situation_schema() -> dict[str, Any]:
    """The JSON schema of `Situation` for response_format, without titles and $refs."""
    from agent.model_tools import compact_schema

    schema = Situation.model_json_schema()
    return compact_schema(schema, schema.get("$defs", {}))


def understanding_prompt() -> str:
    """The fixed system message of the understanding call: the task and the fact vocabulary."""
    from agent.situation import FACT_DOCS
    from agent.types import INTENTS

    facts = "\n".join(f"- {name}: {doc}" for name, doc in FACT_DOCS.items())
    return (
        "Read a manager's question and return the situation as one JSON object: intents (most important first, from "
        f"{', '.join(INTENTS)}), facts (name, value, source: question|team_file|assumed, text: the words it came from), "
        "missing (fact names that change the answer and are unknown) and clarifying_question (or null). Durations are "
        "working weeks as [low, likely, high] (5 working days = 1 week); dates are ISO, resolved against today. "
        "State only what the question says; never invent numbers.\nFacts:\n" + facts
    )


def _first_problem(exc: Exception) -> str:
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        err = exc.errors()[0]
        return f"{'.'.join(str(p) for p in err['loc']) or 'situation'}: {err['msg']}"
    return "not JSON"


def _describe(exc: Exception | None) -> str:
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return "the request timed out"
    if isinstance(exc, openai.APIConnectionError):
        return "could not connect"
    if isinstance(exc, openai.RateLimitError):
        return "rate limited (HTTP 429)"
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}"
    return str(exc) if exc else "unknown error"
