"""The Chat tab's logic: turning streamed agent events into chat messages (tool steps, answer, sources),
and the handlers for submit, retry, undo, ratings and the conversation list. No layout lives here.
"""

from __future__ import annotations

import html
import json
import time
import uuid
from collections.abc import Iterator
from typing import Any

import gradio as gr

from agent.privacy import describe_privacy
from agent.service import CONTROL_RE
from agent.types import Citation, ToolCallRecord, TurnEvent, TurnResult
from ui.feedback import FeedbackStore
from ui.threads import ThreadOwners

EXAMPLES: list[tuple[str, str]] = [
    ("Protect Priya?", "My VP wants Priya moved off the fraud model to the LLM summarizer on Monday. Should I move her now or let her finish first?"),
    ("Launch forecast message", "Draft a message to the head of product about when the LLM summarizer will realistically launch."),
    ("1-on-1 with Marco", "Prepare my 1-on-1 with Marco this week."),
    ("Triage the inbox", "Triage the five incoming requests in my inbox: what reaches the team this week?"),
    ("What kind of ML org?", "What kind of ML organization are we? ML sits in an R&D arm, models rarely reach production and we publish often."),
]

SOURCES_TITLE = "📚 Sources"
TOOL_ICON = "🛠️"


def new_thread_id() -> str:
    """A fresh conversation id for a browser session."""
    return f"ui-{uuid.uuid4().hex[:12]}"


def message_text(message: dict[str, Any] | gr.ChatMessage) -> str:
    """The plain text of a chat message, whether its content is a string or a list of parts."""
    content = message.content if isinstance(message, gr.ChatMessage) else message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and part.get("type", "text") == "text":
                parts.append(str(part.get("text", "")))
        return "".join(parts)
    return ""


def _metadata(message: dict[str, Any] | gr.ChatMessage) -> dict[str, Any]:
    meta = message.metadata if isinstance(message, gr.ChatMessage) else message.get("metadata")
    return dict(meta or {})


def _role(message: dict[str, Any] | gr.ChatMessage) -> str:
    return message.role if isinstance(message, gr.ChatMessage) else str(message.get("role", ""))


def _short(value: Any, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def summarize_arguments(arguments: dict[str, Any], limit: int = 6) -> str:
    """Key inputs of a tool call as a short bullet list."""
    lines = []
    for key, value in list(arguments.items())[:limit]:
        if isinstance(value, dict):
            shown = ", ".join(f"{k}={_short(v, 30)}" for k, v in list(value.items())[:4])
            lines.append(f"- **{key}**: {shown}")
        elif isinstance(value, list):
            lines.append(f"- **{key}**: {len(value)} item(s)")
        else:
            lines.append(f"- **{key}**: {_short(value)}")
    if len(arguments) > limit:
        lines.append(f"- … and {len(arguments) - limit} more")
    return "\n".join(lines) or "- (no arguments)"


_SUMMARY_KEYS = ("summary", "recommendation", "recommended", "best", "top", "decision", "headline", "subject",
                 "confidence", "p50", "p80", "p95", "probability_on_time", "reached_team", "absorbed_by_manager")


def summarize_result(result: dict[str, Any] | None, limit: int = 6) -> str:
    """The most telling fields of a tool result as a short bullet list."""
    if not result:
        return "- (no result)"
    keys = [k for k in _SUMMARY_KEYS if k in result]
    keys += [k for k, v in result.items() if k not in keys and isinstance(v, (str, int, float, bool)) and k != "markdown"]
    lines = []
    for key in keys[:limit]:
        value = result[key]
        if isinstance(value, list):
            lines.append(f"- **{key}**: {', '.join(_short(v, 40) for v in value[:5]) or 'none'}")
        elif isinstance(value, dict):
            lines.append(f"- **{key}**: {_short(value, 100)}")
        else:
            lines.append(f"- **{key}**: {_short(value, 120)}")
    return "\n".join(lines) or f"- {_short(result, 200)}"


def tool_message(record: ToolCallRecord, *, pending: bool, step_id: str) -> gr.ChatMessage:
    """A collapsible tool step: title, inputs, and (when done) the result summary and duration."""
    body = "**Inputs**\n" + summarize_arguments(record.arguments or {})
    meta: dict[str, Any] = {"title": f"{TOOL_ICON} {record.name}", "id": step_id}
    if pending:
        meta["status"] = "pending"
    else:
        meta["status"] = "done"
        meta["duration"] = round(max(record.duration_ms, 0.0) / 1000, 3)
        if record.error:
            body += f"\n\n**Failed**: {record.error}"
            meta["log"] = "failed"
        else:
            body += "\n\n**Result**\n" + summarize_result(record.result)
    return gr.ChatMessage(role="assistant", content=body, metadata=meta)


def sources_message(citations: list[Citation]) -> gr.ChatMessage | None:
    """The citations of an answer: `[n] title — source`, each with its passage in an expandable block."""
    if not citations:
        return None
    blocks = []
    for c in citations:
        head = f"[{c.n}] **{c.title}** — {c.source}" if c.source else f"[{c.n}] **{c.title}**"
        passage = html.escape(c.text.strip()) if c.text else "(passage text not available)"
        blocks.append(f"{head}\n\n<details><summary>Passage</summary>\n\n{passage}\n\n</details>")
    return gr.ChatMessage(
        role="assistant", content="\n\n".join(blocks), metadata={"title": f"{SOURCES_TITLE} ({len(citations)})"}
    )


class TurnView:
    """Accumulates the events of one turn and renders them as chat messages."""

    def __init__(self) -> None:
        self.tools: list[tuple[ToolCallRecord, bool]] = []  # (record, pending)
        self.answer = ""
        self.status = ""
        self.result: TurnResult | None = None
        self._turn = uuid.uuid4().hex[:6]

    def add(self, event: TurnEvent) -> None:
        """Fold one streamed event into the view."""
        if event.kind == "status":
            self.status = event.text
        elif event.kind == "tool_start" and event.tool is not None:
            self.tools.append((event.tool, True))
        elif event.kind == "tool_end" and event.tool is not None:
            for i in range(len(self.tools) - 1, -1, -1):
                rec, pending = self.tools[i]
                if pending and rec.name == event.tool.name:
                    self.tools[i] = (event.tool, False)
                    break
            else:
                self.tools.append((event.tool, False))
        elif event.kind == "answer_delta":
            self.answer += event.text
        elif event.kind == "final" and event.result is not None:
            self.result = event.result
            self.answer = event.result.answer or self.answer
            if event.result.tool_calls:
                self.tools = [(rec, False) for rec in event.result.tool_calls]
            else:
                self.tools = [(rec, False) for rec, _ in self.tools]

    def messages(self) -> list[gr.ChatMessage]:
        """The turn as chat messages: tool steps, the answer, notices and sources."""
        out = [tool_message(rec, pending=p, step_id=f"{self._turn}-{i}") for i, (rec, p) in enumerate(self.tools)]
        if self.answer:
            out.append(gr.ChatMessage(role="assistant", content=self.answer))
        elif self.result is None:
            waiting = self.status or "Thinking…"
            out.append(gr.ChatMessage(role="assistant", content="", metadata={"title": waiting, "status": "pending"}))
        if self.result is not None:
            for notice in self.result.notices:
                out.append(gr.ChatMessage(role="assistant", content=f"ℹ️ {notice}"))
            src = sources_message(self.result.citations)
            if src is not None:
                out.append(src)
        return out


def history_to_messages(history: list[dict[str, Any]]) -> list[gr.ChatMessage]:
    """A stored conversation ([{role, content}]) as chat messages."""
    return [
        gr.ChatMessage(role="user" if m.get("role") == "user" else "assistant", content=str(m.get("content", "")))
        for m in history
        if m.get("content")
    ]


def _question_for(history: list[Any], index: int) -> str:
    for i in range(min(index, len(history) - 1), -1, -1):
        if _role(history[i]) == "user":
            return message_text(history[i])
    return ""


def _answer_for(history: list[Any], index: int) -> str:
    """The main answer text of the turn containing message `index` (skipping tool steps and sources)."""
    start = index
    while start > 0 and _role(history[start]) != "user":
        start -= 1
    end = index + 1
    while end < len(history) and _role(history[end]) != "user":
        end += 1
    for m in history[start:end]:
        if _role(m) == "assistant" and not _metadata(m).get("title"):
            return message_text(m)
    return message_text(history[index])


def _turn_start(history: list[Any], index: int) -> int:
    """Index of the user message that opened the turn containing message `index`."""
    i = min(index, len(history) - 1)
    while i > 0 and _role(history[i]) != "user":
        i -= 1
    return max(i, 0)


def _index(value: Any) -> int:
    return int(value[0] if isinstance(value, (list, tuple)) else value)


class ChatHandlers:
    """Event handlers of the Chat tab, bound to one Copilot and one feedback store."""

    def __init__(self, copilot: Any, feedback: FeedbackStore, *, max_input_chars: int,
                 owners: ThreadOwners | None = None):
        self.copilot = copilot
        self.feedback = feedback
        self.max_input_chars = max_input_chars
        self.owners = owners  # None: one user, every saved conversation is listed

    def banner(self) -> str:
        """Which brain answers and whether names are pseudonymised."""
        brain = self.copilot.brain_label
        where = "offline brain (no language model)" if brain == "offline" else f"model **{brain}**"
        privacy = self.copilot.privacy
        priv = describe_privacy(privacy)
        return f"**Lead Copilot** · answering with the {where} · privacy mode **{priv}"

    def check_input(self, message: str) -> str | None:
        """A notice for input that should not be sent, or None when it is fine."""
        if not message or not CONTROL_RE.sub("", message).strip():
            return "Type a question first."
        if len(message) > self.max_input_chars:
            return (f"Your message is {len(message):,} characters; the limit is {self.max_input_chars:,}. "
                    "Shorten it or split it into several questions.")
        return None

    def respond(
        self, message: str, history: list[Any] | None, thread_id: str | None, team: Any = None,
        owner: str | None = None,
    ) -> Iterator[tuple[list[Any], str, str]]:
        """Stream one turn: yields (chat history, textbox value, thread id) as events arrive."""
        history = list(history or [])
        thread_id = thread_id or new_thread_id()
        notice = self.check_input(message)
        if notice is None and self.owners is not None and not self.owners.claim(thread_id, owner or ""):
            gr.Warning("That conversation belongs to another session; your question starts a new one.")
            history, thread_id = [], new_thread_id()
            self.owners.claim(thread_id, owner or "")
        if notice is not None:
            if message and CONTROL_RE.sub("", message).strip():
                gr.Warning(notice)
                yield history + [gr.ChatMessage(role="assistant", content=f"⚠️ {notice}")], message, thread_id
            else:
                gr.Info(notice)
                yield history, "", thread_id
            return
        base = history + [gr.ChatMessage(role="user", content=message)]
        view = TurnView()
        yield base + view.messages(), "", thread_id
        last = 0.0
        try:
            for event in self.copilot.stream(message, thread_id=thread_id, team=team):
                view.add(event)
                now = time.monotonic()
                if event.kind != "answer_delta" or now - last > 0.05:
                    last = now
                    yield base + view.messages(), "", thread_id
        except Exception as exc:  # noqa: BLE001 - shown in the chat as one sentence, never a trace
            text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            view.tools = [(rec, False) for rec, _ in view.tools]
            shown = [m for m in view.messages() if m.content]  # drop the waiting placeholder
            yield base + shown + [gr.ChatMessage(role="assistant", content=f"⚠️ Sorry, that failed: {text}")], "", thread_id
            return
        yield base + view.messages(), "", thread_id

    def forget_turns(self, removed: list[Any], thread_id: str | None) -> None:
        """Remove the questions in `removed` (and their answers) from the saved conversation, newest first."""
        if not thread_id or not hasattr(self.copilot, "undo_last_turn"):
            return
        questions = [message_text(m) for m in removed if _role(m) == "user"]
        try:
            for question in reversed(questions):
                # A turn that failed was never saved; matching the question leaves earlier turns alone.
                self.copilot.undo_last_turn(thread_id, question=question)
        except Exception as exc:  # noqa: BLE001 - the screen still changes; say why the saved copy did not
            text = str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__
            gr.Warning(f"The saved conversation could not be updated: {text}")

    def retry(
        self, history: list[Any] | None, thread_id: str | None, team: Any, retry_data: gr.RetryData,
        owner: str | None = None,
    ) -> Iterator[tuple[list[Any], str, str]]:
        """Ask the retried question again, replacing the answer shown after it (on screen and in the saved thread)."""
        history = list(history or [])
        idx = _index(retry_data.index)
        question = _question_for(history, idx)
        q_idx = _turn_start(history, idx)
        if self.owners is not None and thread_id and not self.owners.allows(thread_id, owner):
            thread_id = None  # never edit another owner's saved conversation
        self.forget_turns(history[q_idx:], thread_id)
        yield from self.respond(question, history[:q_idx], thread_id, team, owner)

    def undo(
        self, history: list[Any] | None, undo_data: gr.UndoData, thread_id: str | None = None,
        owner: str | None = None,
    ) -> tuple[list[Any], str]:
        """Remove the undone question and everything after it (on screen and in the saved thread); refill the textbox."""
        history = list(history or [])
        idx = _index(undo_data.index)
        q_idx = _turn_start(history, idx)
        if self.owners is not None and thread_id and not self.owners.allows(thread_id, owner):
            thread_id = None  # never edit another owner's saved conversation
        self.forget_turns(history[q_idx:], thread_id)
        return history[:q_idx], _question_for(history, idx)

    def like(
        self, history: list[Any] | None, thread_id: str | None, comment: str, like_data: gr.LikeData
    ) -> tuple[int | None, str]:
        """Store a thumbs up/down on an answer; returns (feedback id, status text)."""
        history = list(history or [])
        if like_data.liked not in (True, False) or not history:
            return None, ""
        idx = min(_index(like_data.index), len(history) - 1)
        rating = 1 if like_data.liked is True else -1
        fid = self.feedback.add(
            thread_id=thread_id or "", question=_question_for(history, idx), answer=_answer_for(history, idx),
            rating=rating, comment=comment or "",
        )
        word = "👍 Thanks, noted." if rating > 0 else "👎 Noted; this answer will become a regression case."
        return fid, word + (" Add a comment below if you like." if not comment else " Comment saved.")

    def comment(self, feedback_id: int | None, comment: str) -> str:
        """Attach a comment to the most recent rating in this session."""
        if feedback_id is None:
            return "Rate an answer with 👍 or 👎 first, then add your comment."
        if not comment or not comment.strip():
            return "Type a comment first."
        self.feedback.set_comment(int(feedback_id), comment)
        return "Comment saved with your rating."

    def thread_choices(self, owner: str | None = None) -> list[tuple[str, str]]:
        """(label, thread id) pairs for the conversation list, newest first: only `owner`'s when owners are kept."""
        try:
            threads = self.copilot.list_threads()
            if self.owners is not None:
                mine = self.owners.threads_of(owner)
                threads = [t for t in threads if t.thread_id in mine]
        except Exception:  # noqa: BLE001 - an empty list is better than a broken page
            return []
        return [(f"{t.title or t.thread_id} · {str(t.updated_at)[:16]}", t.thread_id) for t in threads]

    def resume(self, thread_id: str | None, owner: str | None = None) -> tuple[list[Any], str]:
        """Load a saved conversation into the chat and make it this session's thread (only the owner's own)."""
        if not thread_id:
            return [], new_thread_id()
        if self.owners is not None and not self.owners.allows(thread_id, owner):
            gr.Warning("That conversation belongs to another session and cannot be opened here.")
            return [], new_thread_id()
        return history_to_messages(self.copilot.history(thread_id)), thread_id

    def new_conversation(self) -> tuple[list[Any], str, str]:
        """Start an empty conversation with a fresh thread id."""
        return [], new_thread_id(), ""
