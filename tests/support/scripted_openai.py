"""A scripted OpenAI-compatible chat server on 127.0.0.1 for tests: each request to
`/v1/chat/completions` (or `/chat/completions`) gets the next scripted response (tool calls, content,
an HTTP status, a delay, a malformed body, or a callable computing one), and every request body is recorded.

    with ScriptedOpenAI([reply_tool("forecast_completion", {...}), reply_text("Done [1]")]) as server:
        settings = load_settings(openai_base_url=server.url, openai_api_key="test-key")
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = dict[str, Any] | Callable[[dict[str, Any]], dict[str, Any]]


def reply_text(content: str, *, finish_reason: str = "stop") -> dict[str, Any]:
    """A plain assistant answer."""
    return {"content": content, "finish_reason": finish_reason}


def reply_tool(name: str, arguments: dict[str, Any] | str, *more: tuple[str, dict[str, Any] | str]) -> dict[str, Any]:
    """An assistant message calling one or more tools (arguments as a dict, or raw text for malformed JSON)."""
    calls = [(name, arguments), *more]
    return {"tool_calls": calls}


TEXT_CALL_STYLES = ("hermes", "tools", "fenced", "bare")


def reply_text_tool(name: str, arguments: dict[str, Any], *, style: str = "hermes", prefix: str = "") -> dict[str, Any]:
    """A tool call written as text in the content, the way small local models often answer:
    `<tool_call>{...}</tool_call>` (hermes), `<tools>{...}</tools>`, a ```json fence, or bare JSON."""
    call = json.dumps({"name": name, "arguments": arguments})
    body = {
        "hermes": f"<tool_call>\n{call}\n</tool_call>",
        "tools": f"<tools>\n{call}\n</tools>",
        "fenced": f"```json\n{call}\n```",
        "bare": call,
    }[style]
    return reply_text(prefix + body)


def reply_from_tool_result(write: Callable[[Any], str]) -> Reply:
    """An answer written from the last tool result in the request (its JSON, as the model saw it): a model that reads
    what it computed, or (with a `write` that ignores it) one that answers about something else."""

    def reply(body: dict[str, Any]) -> dict[str, Any]:
        tool_messages = [m for m in body.get("messages", []) if m.get("role") == "tool"]
        return reply_text(write(json.loads(tool_messages[-1]["content"]) if tool_messages else None))

    return reply


def reply_status(code: int, message: str = "scripted error") -> dict[str, Any]:
    """An HTTP error status with an OpenAI-style error body."""
    return {"status": code, "message": message}


def reply_delay(seconds: float, then: dict[str, Any]) -> dict[str, Any]:
    """Sleep, then send another scripted reply (use a delay longer than the client timeout for timeouts)."""
    return {"delay": seconds, "then": then}


def reply_raw(body: str | dict[str, Any], status: int = 200) -> dict[str, Any]:
    """A raw body (a dict is sent as JSON; a string as-is, e.g. truncated JSON)."""
    return {"raw": body, "status": status}


def _completion(reply: dict[str, Any], model: str, n: int) -> dict[str, Any]:
    message: dict[str, Any] = {"role": "assistant", "content": reply.get("content")}
    finish = reply.get("finish_reason", "stop")
    if reply.get("tool_calls"):
        message["tool_calls"] = [
            {
                "id": f"call_{n}_{i}",
                "type": "function",
                "function": {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)},
            }
            for i, (name, args) in enumerate(reply["tool_calls"])
        ]
        finish = "tool_calls"
    return {
        "id": f"chatcmpl-scripted-{n}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "message": message, "finish_reason": finish, "logprobs": None}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        **({"timings": reply["timings"]} if "timings" in reply else {}),
    }


def _chunks(reply: dict[str, Any], model: str, n: int) -> list[dict[str, Any]]:
    """A reply as streamed chunks: content word by word, tool calls in one chunk, usage last."""
    base = {"id": f"chatcmpl-scripted-{n}", "object": "chat.completion.chunk", "created": int(time.time()), "model": model}
    full = _completion(reply, model, n)
    message, finish = full["choices"][0]["message"], full["choices"][0]["finish_reason"]
    out = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}]
    for word in re.findall(r"\S+\s*|\s+", message.get("content") or ""):
        out.append({**base, "choices": [{"index": 0, "delta": {"content": word}, "finish_reason": None}]})
    if message.get("tool_calls"):
        calls = [{**c, "index": i} for i, c in enumerate(message["tool_calls"])]
        out.append({**base, "choices": [{"index": 0, "delta": {"tool_calls": calls}, "finish_reason": None}]})
    out.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": finish}]})
    out.append({**base, "choices": [], "usage": full["usage"]})
    return out


# What a local 1.5B model answered after running triage_inbox on the example team (2026-12-05): a decline message
# about one request instead of the verdicts on the inbox.
OFF_TOPIC_ANSWER = ("To address the stakeholder message, I recommend the following:\n- **Decision**: Decline with an alternative\n"
                    "- **Reason**: Low impact but it would pull Tom off focused work or ramp-up.\n"
                    "- **Project**: Move Priya to the LLM summarizer on Monday")
MODES = ("native", "text", "markup", "slow", "no-structured-output", "prose")
# What a small model says when it answers a question that needs a tool without calling one: numbers from nowhere.
INVENTED_ANSWER = ("Switch her now. There is a 87.3% chance the new work lands on time and the fraud model only slips "
                   "13.7 weeks, so the cost is small.")


def endpoint_like(
    mode: str = "native", *, delay: float = 0.3, speeds: tuple[float, float] | None = None
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A default reply that behaves like a kind of real server, for `lead doctor`:
    native tool calls; tool calls written as text; tool markup it never completes; every reply delayed
    (`slow`); no `json_schema` response_format (HTTP 400); or (`prose`) an answer in prose with invented
    numbers instead of any tool call. Replies carry llama.cpp-style `timings`
    (prompt and generation tokens per second: `speeds`, by default fast, or slow in `slow` mode)."""
    prompt_speed, generation_speed = speeds or ((20.0, 4.0) if mode == "slow" else (2000.0, 200.0))
    timings = {"prompt_per_second": prompt_speed, "predicted_per_second": generation_speed}

    def reply(body: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any]
        if body.get("response_format"):
            if mode == "no-structured-output":
                return reply_status(400, "response_format type json_schema is not supported")
            props = body["response_format"].get("json_schema", {}).get("schema", {}).get("properties", {})
            answer = {"ok": True} if "ok" in props else {"intents": ["guidance"], "facts": [], "missing": [], "clarifying_question": None}
            out = reply_text(json.dumps(answer))
        elif body.get("tools"):
            tool = body["tools"][0]["function"]["name"]
            if mode == "text":
                out = reply_text_tool(tool, {"query": "focus time"})
            elif mode == "prose":
                out = reply_text(INVENTED_ANSWER)
            elif mode == "markup":
                out = reply_text("<tool_call>\n{\"name\": \"" + tool + "\", \"arguments\": {\"query\": ")
            else:
                out = reply_tool(tool, {"query": "focus time"})
        else:
            out = reply_text("ok " * min(int(body.get("max_tokens") or 8), 16))
        out = {**out, "timings": timings}
        return reply_delay(delay, out) if mode == "slow" else out

    return reply


class ScriptedOpenAI:
    """The server: start with `with ScriptedOpenAI(script) as s:`; `s.url` is the base URL (ends in /v1).
    Requests with `stream: true` get the reply as server-sent events; GET /v1/models lists `models`.
    Structured-output requests (a `response_format`, e.g. the brain's understanding call) are answered from
    `structured` (a list of replies, or one reply for all) and recorded in `structured_requests`, not `requests`;
    by default they get HTTP 400, as from a server without structured output, so the parser understands."""

    def __init__(
        self,
        script: list[Reply],
        *,
        default: Reply | None = None,
        models: tuple[str, ...] = ("scripted-model",),
        structured: list[Reply] | Reply | None = None,
    ) -> None:
        self.script = list(script)
        self.default = default
        self.structured = list(structured) if isinstance(structured, list) else structured
        self.structured_requests: list[dict[str, Any]] = []
        self.models = models
        self.requests: list[dict[str, Any]] = []
        self.raw_requests: list[bytes] = []
        self.headers: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def _next(self, body: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            if body.get("response_format"):
                if isinstance(self.structured, list):
                    item = self.structured.pop(0) if self.structured else None
                else:
                    item = self.structured
                item = item if item is not None else reply_status(400, "response_format is not supported")
            else:
                item = self.script.pop(0) if self.script else self.default
        if item is None:
            return reply_status(500, "script exhausted")
        return item(body) if callable(item) else item

    def __enter__(self) -> "ScriptedOpenAI":
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                if self.path.rstrip("/") in ("/v1/models", "/models"):
                    data = [{"id": m, "object": "model", "created": 0, "owned_by": "scripted"} for m in outer.models]
                    self._send(200, {"object": "list", "data": data})
                else:
                    self._send(404, {"error": {"message": f"unknown path {self.path}"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    body = json.loads(raw or b"{}")
                except json.JSONDecodeError:
                    body = {}
                with outer._lock:
                    outer.raw_requests.append(raw)
                    (outer.structured_requests if body.get("response_format") else outer.requests).append(body)
                    outer.headers.append(dict(self.headers))
                    n = len(outer.requests)
                if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
                    self._send(404, {"error": {"message": f"unknown path {self.path}"}})
                    return
                reply = outer._next(body)
                while "delay" in reply:
                    time.sleep(reply["delay"])
                    reply = reply["then"]
                if "raw" in reply:
                    data = reply["raw"]
                    self._send(reply.get("status", 200), data if isinstance(data, dict) else None, text=data if isinstance(data, str) else None)
                elif "status" in reply:
                    self._send(reply["status"], {"error": {"message": reply["message"], "type": "scripted", "code": None}})
                elif body.get("stream"):
                    self._stream(_chunks(reply, body.get("model", "scripted-model"), n))
                else:
                    self._send(200, _completion(reply, body.get("model", "scripted-model"), n))

            def _stream(self, chunks: list[dict[str, Any]]) -> None:
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    for chunk in chunks:
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                        self.wfile.flush()
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _send(self, status: int, obj: dict[str, Any] | None, text: str | None = None) -> None:
                payload = (text if text is not None else json.dumps(obj)).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout tests)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def tool_names_sent(self, index: int = 0) -> list[str]:
        """Names of the tools offered in request `index`."""
        return [t["function"]["name"] for t in self.requests[index].get("tools", [])]

    def all_text(self) -> str:
        """Every request body as one string (for privacy checks)."""
        return "\n".join(r.decode("utf-8", "replace") for r in self.raw_requests)
