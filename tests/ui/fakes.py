"""A scripted stand-in for agent.service.Copilot that honours its contract (ask/stream/threads/history/undo)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import datetime, timezone

from agent.types import Citation, ThreadInfo, ToolCallRecord, TurnEvent, TurnResult
from tools.whatif import WhatIfResult

# A what-if result of the tool's own shape (no strategies listed: the app shows what it is given).
WHATIF = WhatIfResult(
    strategies=[], recommendation="finish_first", deadline_at_risk=False, reasons=[], summary="Finish first.",
    deadline_threshold=0.8, trials=100, seed=0,
).model_dump(mode="json")


class FakeCopilot:
    """Answers every question with one compare_strategies call, a two-part answer and one citation."""

    def __init__(self, *, brain_label: str = "offline", privacy: str = "on", fail_with: str | None = None):
        self._brain = brain_label
        self._privacy = privacy
        self.fail_with = fail_with
        self.calls: list[tuple[str, str | None, object]] = []
        self.threads: dict[str, list[dict[str, str]]] = {}
        self.undos: list[tuple[str, str | None]] = []
        self.thinking_seconds = 0.0  # a pause after the tool step, like a model writing its answer
        self._lock = threading.Lock()

    @property
    def brain_label(self) -> str:
        return self._brain

    @property
    def privacy(self) -> str:
        return self._privacy

    def stream(self, question: str, *, thread_id: str | None = None, team=None) -> Iterator[TurnEvent]:
        with self._lock:
            self.calls.append((question, thread_id, team))
        if self.fail_with:
            raise RuntimeError(self.fail_with)
        started = ToolCallRecord("compare_strategies", {"current": {"person": "Priya"}, "strategies": ["switch_now"]}, None)
        yield TurnEvent("status", text="Retrieving guidance")
        yield TurnEvent("tool_start", tool=started)
        done = ToolCallRecord("compare_strategies", started.arguments, WHATIF, 12.5)
        yield TurnEvent("tool_end", tool=done)
        time.sleep(self.thinking_seconds)
        answer = f"Let Priya finish first [1]. (You asked: {question[:40]})"
        yield TurnEvent("answer_delta", text=answer[:10])
        yield TurnEvent("answer_delta", text=answer[10:])
        tid = thread_id or "fake-thread"
        with self._lock:
            self.threads.setdefault(tid, []).extend(
                [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]
            )
        result = TurnResult(
            intent="reprioritization", answer=answer,
            citations=[Citation(1, "protect-near-finished-work#what-to-do", "protect-near-finished-work",
                                "Protect near-finished work — What to do", "Some Book, Some Author",
                                "Let people finish work that is nearly done.")],
            tool_calls=[done], thread_id=tid, notices=[],
        )
        yield TurnEvent("final", result=result)

    def ask(self, question: str, *, thread_id: str | None = None, team=None) -> TurnResult:
        final = [e for e in self.stream(question, thread_id=thread_id, team=team) if e.kind == "final"]
        return final[-1].result

    def list_threads(self) -> list[ThreadInfo]:
        now = datetime.now(timezone.utc).isoformat()
        return [ThreadInfo(tid, msgs[0]["content"][:40], now) for tid, msgs in self.threads.items()]

    def history(self, thread_id: str) -> list[dict[str, str]]:
        return list(self.threads.get(thread_id, []))

    def undo_last_turn(self, thread_id: str, *, question: str | None = None) -> bool:
        with self._lock:
            self.undos.append((thread_id, question))
            msgs = self.threads.get(thread_id, [])
            last = max((i for i, m in enumerate(msgs) if m["role"] == "user"), default=None)
            if last is None or (question is not None and msgs[last]["content"] != question.strip()):
                return False
            del msgs[last:]
            if not msgs:
                del self.threads[thread_id]
            return True
