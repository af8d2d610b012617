"""One chat turn on screen: the streamed agent events folded into chat messages in reading order, the
"What I understood" block, the answer, its charts and notes, then the tool steps and the sources folded
below it."""

from __future__ import annotations

import html
import logging
import uuid
from typing import Any

import gradio as gr

from agent.types import Citation, ToolCallRecord, TurnEvent, TurnResult
from lead_core.errors import one_sentence
from ui import tool_steps
from ui.sanitize import inert_message
from ui.understood import understood_markdown

log = logging.getLogger(__name__)
SOURCES_TITLE = "Sources"
UNDERSTOOD_TITLE = "What I understood"
CHART_ALT = {"compare_strategies": "Chart: completion time by strategy",
             "forecast_completion": "Chart: completion forecast"}


def tool_message(record: ToolCallRecord, *, pending: bool, step_id: str) -> gr.ChatMessage:
    """A tool step: a one-line summary as its title, the details folded below once it is done."""
    meta: dict[str, Any] = {"title": tool_steps.summary(record, pending=pending), "id": step_id}
    if pending:
        meta["status"] = "pending"
        return gr.ChatMessage(role="assistant", content="", metadata=meta)
    meta["status"] = "done"
    meta["duration"] = round(max(record.duration_ms, 0.0) / 1000, 3)
    if record.error:
        meta["log"] = "failed"
    return gr.ChatMessage(role="assistant", content=tool_steps.details(record), metadata=meta)


def sources_message(citations: list[Citation]) -> gr.ChatMessage | None:
    """The citations of an answer, folded: `[n] title, source`, each with its passage in an expandable block."""
    if not citations:
        return None
    blocks = []
    for c in citations:
        head = f"[{c.n}] **{c.title}**, {c.source}" if c.source else f"[{c.n}] **{c.title}**"
        passage = html.escape(c.text.strip()) if c.text else "(passage text not available)"
        blocks.append(f"{head}\n\n<details><summary>Passage</summary>\n\n{passage}\n\n</details>")
    return gr.ChatMessage(role="assistant", content="\n\n".join(blocks),
                          metadata={"title": f"{SOURCES_TITLE} ({len(citations)})", "status": "done"})


def understood_message(situation: dict[str, Any] | None) -> gr.ChatMessage | None:
    """The facts the answer rests on, open above it (no status, so the chat shows it expanded)."""
    body = understood_markdown(situation)
    if not body:
        return None
    return gr.ChatMessage(role="assistant", content=body, metadata={"title": UNDERSTOOD_TITLE})


def chart_messages(records: list[ToolCallRecord]) -> list[gr.ChatMessage]:
    """Inline charts for the what-if and forecast tool calls that ran in the turn, as image files: a file is
    sent as a link, where a plot component would be re-encoded on every screen update."""
    from ui import planner
    from ui.plots import chart_dir

    out = []
    for rec in records:
        if rec.error or not isinstance(rec.result, dict) or rec.name not in planner.CHART_TOOLS:
            continue
        try:
            path = planner.chart_file(rec.name, rec.arguments or {}, rec.result, chart_dir())
        except (OSError, ValueError) as exc:  # a chart that cannot be drawn or written leaves the answer as it is
            log.warning("No chart for %s: %s", rec.name, one_sentence(exc))
            path = None
        if path is not None:
            alt = CHART_ALT.get(rec.name, "Chart")
            out.append(gr.ChatMessage(role="assistant", content={"path": str(path), "alt_text": alt}))
    return out


class TurnView:
    """Accumulates the events of one turn and renders them as chat messages."""

    def __init__(self) -> None:
        self.tools: list[tuple[ToolCallRecord, bool]] = []  # (record, pending)
        self.answer = ""
        self.status = ""
        self.result: TurnResult | None = None
        self._turn = uuid.uuid4().hex[:6]
        self._final: list[gr.ChatMessage] | None = None

    def add(self, event: TurnEvent) -> None:
        """Fold one streamed event into the view."""
        if event.kind == "status":
            self.status = event.text
        elif event.kind == "tool_start" and event.tool is not None:
            self.tools.append((event.tool, True))
        elif event.kind == "tool_end" and event.tool is not None:
            self._end_tool(event.tool)
        elif event.kind == "answer_delta":
            self.answer += event.text
        elif event.kind == "final" and event.result is not None:
            self.result = event.result
            self.answer = event.result.answer or self.answer
            records = event.result.tool_calls or [rec for rec, _ in self.tools]
            self.tools = [(rec, False) for rec in records]

    def _end_tool(self, record: ToolCallRecord) -> None:
        for i in range(len(self.tools) - 1, -1, -1):
            rec, pending = self.tools[i]
            if pending and rec.name == record.name:
                self.tools[i] = (record, False)
                return
        self.tools.append((record, False))

    def steps(self) -> list[gr.ChatMessage]:
        """The tool steps, in the order they ran."""
        return [tool_message(rec, pending=p, step_id=f"{self._turn}-{i}") for i, (rec, p) in enumerate(self.tools)]

    def messages(self) -> list[gr.ChatMessage]:
        """The turn as chat messages: understood facts, answer, charts, notes, then tool steps and sources."""
        if self.result is None:
            out = self.steps()
            if self.answer:
                out.append(gr.ChatMessage(role="assistant", content=self.answer))
            else:
                waiting = self.status or "Thinking\u2026"
                out.append(gr.ChatMessage(role="assistant", content="", metadata={"title": waiting, "status": "pending"}))
            return [inert_message(m) for m in out]
        if self._final is None:  # charts are drawn once, when the turn ends
            self._final = [inert_message(m) for m in self._final_messages(self.result)]
        return self._final

    def _final_messages(self, result: TurnResult) -> list[gr.ChatMessage]:
        out = [m for m in (understood_message(result.situation),) if m is not None]
        if self.answer:
            out.append(gr.ChatMessage(role="assistant", content=self.answer))
        out += chart_messages([rec for rec, _ in self.tools])
        out += [gr.ChatMessage(role="assistant", content=f"*Note:* {notice}") for notice in result.notices]
        out += self.steps()
        sources = sources_message(result.citations)
        return out + ([sources] if sources is not None else [])

    def shown_so_far(self) -> list[gr.ChatMessage]:
        """What to keep on screen when the turn failed midway: finished steps and any partial answer."""
        self.tools = [(rec, False) for rec, _ in self.tools]
        return [m for m in self.messages() if m.content]
