"""The Copilot service: the one object front ends use to ask questions, stream turns and list or
resume conversations. Thread-safe for concurrent turns on different threads.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from agent.errors import AgentError
from lead_core.settings import Settings, load_settings
from agent.state import new_turn
from agent.types import Citation, ThreadInfo, ToolCallRecord, TurnEvent, TurnResult, turn_usage
from tools.team import Team

CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
THREAD_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,79}$")


def clean_question(question: str, max_chars: int) -> str:
    """Strip control characters and check the length; AgentError explains any problem in one sentence."""
    if not isinstance(question, str):
        raise AgentError("Your question must be text.")
    try:
        question.encode("utf-8")
    except UnicodeEncodeError:
        raise AgentError("Your question contains characters that are not valid text (not UTF-8); retype or re-paste it.") from None
    text = CONTROL_RE.sub("", question).strip()
    if not text:
        raise AgentError("Your question is empty; type what you need help with, e.g. how to respond to a reprioritization.")
    if len(text) > max_chars:
        raise AgentError(
            f"Your question is {len(text):,} characters long; the limit is {max_chars:,} (LEAD_MAX_INPUT_CHARS), "
            "so shorten it or split it into several questions."
        )
    return text


def check_thread_id(thread_id: str) -> str:
    """A thread id is 1-80 letters, digits, dots, dashes, underscores or colons."""
    if not THREAD_RE.match(thread_id or ""):
        raise AgentError(
            f"Invalid thread name {thread_id!r}; use up to 80 letters, digits, '.', '-', '_' or ':' (starting with a letter or digit)."
        )
    return thread_id


def check_corrections(corrections: dict[str, Any] | None) -> dict[str, Any]:
    """Corrections must name known facts; AgentError names the unknown ones."""
    from agent.situation import FACT_NAMES

    unknown = sorted(set(corrections or {}) - set(FACT_NAMES))
    if unknown:
        raise AgentError(f"Unknown fact(s) to correct: {', '.join(unknown)}; known facts: {', '.join(FACT_NAMES)}.")
    return dict(corrections or {})


class Copilot:
    """Ask questions, stream turns, and list or resume saved conversations."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        brain: Any = None,
        retriever: Any = None,
        checkpointer_path: Path | None = None,
        today: date | None = None,
    ) -> None:
        self.settings = settings or load_settings()
        if brain is None:
            if self.settings.use_openai:
                from agent.brains.openai_brain import OpenAIBrain

                brain = OpenAIBrain(self.settings)
            else:
                from agent.brains.offline import OfflineBrain

                brain = OfflineBrain()
        self.brain = brain
        self._retriever = retriever
        self._db_path = Path(checkpointer_path) if checkpointer_path else self.settings.conversations_db
        self._today = today or self.settings.today
        self._graph: Any = None
        self._store: Any = None
        self._default_team: Team | None = None
        self._team_loaded = False
        self._lock = threading.Lock()

    # Properties ----------------------------------------------------------------------------------
    @property
    def brain_label(self) -> str:
        """"offline" or the model name."""
        return getattr(self.brain, "label", "offline")

    @property
    def privacy(self) -> str:
        """"local" when nothing leaves the machine, else "on"/"off" (names pseudonymised) and every endpoint used."""
        from agent.privacy import privacy_label

        remote = getattr(self.brain, "remote", False)
        return privacy_label(self.settings, chat=remote, pseudonymise=getattr(self.brain, "privacy", True))

    # Wiring --------------------------------------------------------------------------------------
    def _ensure(self) -> Any:
        with self._lock:
            if self._graph is None:
                from agent.graph import build_graph
                from agent.persistence import ConversationStore

                if self._retriever is None:
                    from knowledge.retrieval import open_retriever

                    self._retriever = open_retriever(self.settings)
                self._store = ConversationStore(self._db_path)
                self._graph = build_graph(
                    brain=self.brain, retriever=self._retriever, checkpointer=self._store.saver, max_steps=self.settings.max_steps
                )
            return self._graph

    def _team(self, team: Team | None) -> Team | None:
        if team is not None:
            return team
        if not self._team_loaded:
            if self.settings.team:
                from tools.team import load_team

                self._default_team = load_team(self.settings.team)
            self._team_loaded = True
        return self._default_team

    def _config(self, thread_id: str) -> dict[str, Any]:
        return {"configurable": {"thread_id": thread_id}, "recursion_limit": 2 * self.settings.max_steps + 10}

    def _result(self, values: dict[str, Any], thread_id: str, started: float) -> TurnResult:
        return TurnResult(
            intent=values.get("intent", ""),
            answer=values.get("answer", ""),
            citations=[Citation(**c) for c in values.get("citations", [])],
            tool_calls=[ToolCallRecord(**r) for r in values.get("tool_calls", [])],
            brain=values.get("brain") or self.brain_label,
            model=values.get("model"),
            privacy=self.privacy,
            latency_ms=(time.perf_counter() - started) * 1000,
            thread_id=thread_id,
            notices=list(values.get("notices", [])),
            retrieved_ids=[p["id"] for p in values.get("passages", [])],
            situation=dict(values.get("situation") or {}),
            usage=turn_usage(values.get("usage", [])),
        )

    def _start(
        self, question: str, thread_id: str | None, team: Team | None, corrections: dict[str, Any] | None = None
    ) -> tuple[Any, str, str, dict[str, Any], Any]:
        text = clean_question(question, self.settings.max_input_chars)
        tid = check_thread_id(thread_id) if thread_id else f"t-{uuid.uuid4().hex[:12]}"
        graph = self._ensure()
        context = graph.run_context(team=self._team(team), today=self._today or date.today(), corrections=check_corrections(corrections) or {})
        return graph, text, tid, self._config(tid), context

    # API -----------------------------------------------------------------------------------------
    def ask(
        self, question: str, *, thread_id: str | None = None, team: Team | None = None, corrections: dict[str, Any] | None = None
    ) -> TurnResult:
        """Answer one question (a new thread unless thread_id names an existing one).

        `corrections` (fact name -> value) override what was understood from the question, e.g. after the
        user fixes a misread number in the app.
        """
        started = time.perf_counter()
        graph, text, tid, config, context = self._start(question, thread_id, team, corrections)
        with self._store.turn_lock(tid):  # concurrent turns on one thread take turns; none is lost
            values = graph.invoke(new_turn(text), config, context=context, durability="exit")
            self._store.touch(tid, text)
        return self._result(values, tid, started)

    def stream(
        self, question: str, *, thread_id: str | None = None, team: Team | None = None, corrections: dict[str, Any] | None = None
    ) -> Iterator[TurnEvent]:
        """Yield tool_start/tool_end per tool call, answer_delta chunks (a model's tokens as they come), then the
        final event with the checked result, whose answer is the one to show."""
        started = time.perf_counter()
        graph, text, tid, config, context = self._start(question, thread_id, team, corrections)
        config["configurable"]["stream_tokens"] = True
        values: dict[str, Any] = {}
        streamed = False
        yield TurnEvent(kind="status", text="Thinking…")
        with self._store.turn_lock(tid):  # concurrent turns on one thread take turns; none is lost
            for mode, payload in graph.stream(new_turn(text), config, context=context, stream_mode=["custom", "values"], durability="exit"):
                if mode == "values":
                    values = payload
                elif payload.get("kind") in ("status", "answer_delta"):
                    streamed = streamed or payload["kind"] == "answer_delta"
                    yield TurnEvent(kind=payload["kind"], text=payload["text"])
                elif payload.get("kind") == "tool_start":
                    rec = ToolCallRecord(name=payload["name"], arguments=payload["arguments"], result=None)
                    yield TurnEvent(kind="tool_start", text=payload["name"], tool=rec)
                elif payload.get("kind") == "tool_end":
                    rec = ToolCallRecord(**payload["record"])
                    yield TurnEvent(kind="tool_end", text=rec.name, tool=rec)
            self._store.touch(tid, text)
        result = self._result(values, tid, started)
        if not streamed and result.answer:  # nothing arrived piece by piece: the whole answer is ready, sent as one delta
            yield TurnEvent(kind="answer_delta", text=result.answer)
        yield TurnEvent(kind="final", text=result.answer, result=result)

    def list_threads(self) -> list[ThreadInfo]:
        """Saved conversations, most recent first."""
        self._ensure()
        return self._store.threads()

    def history(self, thread_id: str) -> list[dict[str, str]]:
        """The turns of a saved conversation as [{"role", "content"}] (empty for an unknown thread)."""
        graph = self._ensure()
        snapshot = graph.get_state({"configurable": {"thread_id": check_thread_id(thread_id)}})
        return [{"role": m["role"], "content": m["content"]} for m in (snapshot.values or {}).get("history", [])]

    def undo_last_turn(self, thread_id: str, *, question: str | None = None) -> bool:
        """Remove the last question and its answer from a saved conversation; False when nothing was removed.

        With `question`, only a last turn that asked exactly that is removed (a turn that failed was never saved).
        """
        from langgraph.types import Overwrite

        graph = self._ensure()
        tid = check_thread_id(thread_id)
        config = {"configurable": {"thread_id": tid}}
        with self._store.turn_lock(tid), self._lock:
            history = list((graph.get_state(config).values or {}).get("history", []))
            last = max((i for i, m in enumerate(history) if m.get("role") == "user"), default=None)
            if last is None:
                return False
            if question is not None and history[last].get("content") != CONTROL_RE.sub("", question).strip():
                return False
            kept = history[:last]
            # Written as if the check node ran, so the thread ends cleanly with the shorter history.
            graph.update_state(config, {**new_turn(""), "history": Overwrite(kept)}, as_node="check")
        if kept:
            self._store.touch(tid, kept[0].get("content", ""))
        else:
            self._store.forget(tid)
        return True

    def close(self) -> None:
        """Release the conversation database."""
        if self._store is not None:
            self._store.close()
