"""The OpenAI-compatible brain: native function calling over the tools' pydantic schemas plus
search_guidance and get_team_context, our own retries (exponential backoff with jitter), and
pseudonymised team names when privacy is on. The client is created lazily, never at import time.
"""

from __future__ import annotations

import copy
import json
import logging
import random
import time
from typing import Any

from agent.brains.base import BrainUnavailable, Step, TurnContext
from agent.brains.offline import team_summary
from agent.privacy import Pseudonymizer
from agent.prompts import system_message
from agent.settings import Settings

log = logging.getLogger(__name__)
HISTORY_TURNS = 6

EXTRA_TOOL_SCHEMAS: list[dict[str, Any]] = [
    {
        "type": "function",
        "function": {
            "name": "search_guidance",
            "description": "Search the leadership guidance corpus; returns numbered passages you can cite as [n].",
            "parameters": {
                "type": "object",
                "properties": {
                    "query": {"type": "string", "description": "What to look for."},
                    "use_for": {
                        "type": "string",
                        "description": "Optional filter: reprioritization, stakeholder_message, one_on_one, triage, archetype, planning, hiring, growth, culture or strategy.",
                    },
                },
                "required": ["query"],
            },
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_team_context",
            "description": "The user's team file: a person's record (current work, blockers, goals) or a project's tasks; no name returns the whole team.",
            "parameters": {
                "type": "object",
                "properties": {"name": {"type": "string", "description": "A person's or project's name (optional)."}},
            },
        },
    },
]


def inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """Replace `$ref`s into `$defs` with the definitions themselves (some endpoints reject $ref)."""
    defs = schema.get("$defs", {})

    def resolve(node: Any, depth: int = 0) -> Any:
        if depth > 20:
            return {}
        if isinstance(node, dict):
            if "$ref" in node:
                target = defs.get(node["$ref"].split("/")[-1], {})
                merged = {**copy.deepcopy(target), **{k: v for k, v in node.items() if k != "$ref"}}
                return resolve(merged, depth + 1)
            return {k: resolve(v, depth + 1) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [resolve(v, depth + 1) for v in node]
        return node

    return resolve(schema)


def tool_schemas() -> list[dict[str, Any]]:
    """Function-calling schemas for every tool: the registry's pydantic inputs plus the two agent tools."""
    from tools.registry import TOOL_SPECS

    out = []
    for spec in TOOL_SPECS:
        func, model = spec.load()
        params = inline_refs(model.model_json_schema())
        params.pop("title", None)
        out.append(
            {"type": "function", "function": {"name": spec.name, "description": (func.__doc__ or spec.name).strip(), "parameters": params}}
        )
    return out + EXTRA_TOOL_SCHEMAS


class OpenAIBrain:
    """A brain backed by any OpenAI-compatible chat completions endpoint."""

    remote = True

    def __init__(self, settings: Settings, *, client: Any = None, backoff_base: float = 0.5) -> None:
        self.settings = settings
        self.model = settings.model
        self.label = settings.model
        self.privacy = settings.privacy == "on"
        self.backoff_base = backoff_base
        self._client = client
        self._schemas: list[dict[str, Any]] | None = None
        self.requests = 0

    @property
    def client(self) -> Any:
        if self._client is None:
            from openai import OpenAI

            key = self.settings.openai_api_key.get_secret_value() if self.settings.openai_api_key else "not-needed"
            self._client = OpenAI(
                api_key=key, base_url=self.settings.openai_base_url, timeout=self.settings.llm_timeout, max_retries=0
            )
        return self._client

    def think(self, ctx: TurnContext) -> Step:
        """One model round: send the conversation (pseudonymised), return tool calls or the answer."""
        pseudo = Pseudonymizer.for_team(ctx.team) if self.privacy else Pseudonymizer([])
        messages = self._messages(ctx, pseudo)
        if self._schemas is None:
            self._schemas = tool_schemas()
        response = self._complete(messages)
        choice = response.choices[0]
        msg = choice.message
        notices = []
        if choice.finish_reason == "length":
            notices.append("The model's reply was cut off at its length limit; the answer may be incomplete.")
        calls = []
        for tc in msg.tool_calls or []:
            fn = getattr(tc, "function", None)
            if fn is None:
                continue
            arguments = fn.arguments or "{}"
            try:
                arguments = json.dumps(pseudo.decode_obj(json.loads(arguments)), ensure_ascii=False)
            except json.JSONDecodeError:
                arguments = pseudo.decode(arguments)  # invalid JSON goes back to the model as an error
            calls.append({"id": tc.id or f"call_{len(calls)}", "name": fn.name, "arguments": arguments})
        content = pseudo.decode(msg.content or "")
        if not calls and not content.strip():
            raise BrainUnavailable("the model returned an empty reply")
        return Step(content=content, tool_calls=calls, notices=notices)

    def _messages(self, ctx: TurnContext, pseudo: Pseudonymizer) -> list[dict[str, Any]]:
        system = system_message(ctx.intent, ctx.passages, team_summary(ctx.team), ctx.today.isoformat())
        out: list[dict[str, Any]] = [{"role": "system", "content": pseudo.encode(system)}]
        for turn in ctx.history[-2 * HISTORY_TURNS :]:
            out.append({"role": turn["role"], "content": pseudo.encode(turn["content"])})  # extra keys stay local
        out.append({"role": "user", "content": pseudo.encode(ctx.question)})
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

    def _complete(self, messages: list[dict[str, Any]]) -> Any:
        """Call the endpoint with retries on 429, 5xx, timeouts and connection errors."""
        import openai

        attempts = self.settings.llm_retries + 1
        last: Exception | None = None
        for attempt in range(attempts):
            try:
                self.requests += 1
                response = self.client.chat.completions.create(
                    model=self.model, messages=messages, tools=self._schemas, tool_choice="auto"
                )
                if not getattr(response, "choices", None):
                    raise BrainUnavailable("the model returned no choices")
                return response
            except openai.RateLimitError as exc:
                last = exc
            except openai.APIStatusError as exc:
                if exc.status_code < 500:
                    raise BrainUnavailable(f"the endpoint refused the request (HTTP {exc.status_code})") from exc
                last = exc
            except (openai.APITimeoutError, openai.APIConnectionError) as exc:
                last = exc
            except BrainUnavailable as exc:
                last = exc
            except Exception as exc:  # noqa: BLE001 - malformed bodies (bad JSON, missing fields) are retried too
                last = exc
            if attempt + 1 < attempts:
                delay = self.backoff_base * (2**attempt) * (1 + random.random())
                log.info("model request failed (%s); retrying in %.2fs", last.__class__.__name__, delay)
                time.sleep(delay)
        raise BrainUnavailable(_describe(last)) from last


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
