"""The Chat tab's logic: the handlers for submit, retry, undo, corrections, ratings and the conversation
list (readable titles, relative dates, rename and delete). How a turn looks lives in ui/turn_view.py; no
layout lives here.
"""

from __future__ import annotations

import inspect
import logging
import uuid
from collections.abc import Iterator
from datetime import datetime, timezone
from typing import Any

import gradio as gr

from agent.privacy import describe_privacy
from agent.errors import AgentError
from agent.service import CONTROL_RE, clean_question
from lead_core.errors import explain_failure
from ui.feedback import FeedbackStore
from ui.sanitize import inert_message
from ui.threads import ThreadOwners
from ui.throttle import batched
from ui.turn_view import TurnView
from ui.understood import CorrectionError, parse_correction

log = logging.getLogger(__name__)

EXAMPLES: list[tuple[str, str]] = [
    ("Protect Priya?", "My VP wants Priya moved off the fraud model to the LLM summarizer on Monday. Should I move her now or let her finish first?"),
    ("Launch forecast message", "Draft a message to the head of product about when the LLM summarizer will realistically launch."),
    ("1-on-1 with Marco", "Prepare my 1-on-1 with Marco this week."),
    ("Triage the inbox", "Triage the five incoming requests in my inbox: what reaches the team this week?"),
    ("What kind of ML org?", "What kind of ML organization are we? ML sits in an R&D arm, models rarely reach production and we publish often."),
]
TITLE_CHARS = 60
Turn = tuple[list[Any], str, str, dict[str, Any]]  # (chat history, textbox value, thread id, situation)


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


def history_to_messages(history: list[dict[str, Any]]) -> list[gr.ChatMessage]:
    """A stored conversation ([{role, content}]) as chat messages."""
    return [
        gr.ChatMessage(role="user", content=str(m["content"])) if m.get("role") == "user"
        else inert_message(gr.ChatMessage(role="assistant", content=str(m.get("content", ""))))
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
        """The service's one-sentence reason to refuse this input (empty, too long, not text), or None."""
        try:
            clean_question(message, self.max_input_chars)
        except AgentError as exc:
            return str(exc)
        return None

    def supports_corrections(self) -> bool:
        """True when the copilot can re-run a turn with corrected facts (`corrections=` on stream)."""
        try:
            return "corrections" in inspect.signature(self.copilot.stream).parameters
        except (TypeError, ValueError):
            return False

    def respond(
        self, message: str, history: list[Any] | None, thread_id: str | None, team: Any = None,
        owner: str | None = None,
    ) -> Iterator[tuple[list[Any], str, str]]:
        """Stream one turn: yields (chat history, textbox value, thread id) as events arrive."""
        for shown, box, tid, _situation in self.turn(message, history, thread_id, team, owner):
            yield shown, box, tid

    def turn(
        self, message: str, history: list[Any] | None, thread_id: str | None, team: Any = None,
        owner: str | None = None, corrections: dict[str, Any] | None = None,
    ) -> Iterator[Turn]:
        """Stream one turn, at most about 10 screen updates a second; the last update carries the situation."""
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
                yield history + [gr.ChatMessage(role="assistant", content=notice)], message, thread_id, {}
            else:
                gr.Info(notice)
                yield history, "", thread_id, {}
            return
        base = history + [gr.ChatMessage(role="user", content=message)]
        view = TurnView()
        shown = view.messages()
        yield base + shown, "", thread_id, {}
        options: dict[str, Any] = {"thread_id": thread_id, "team": team}
        if corrections and self.supports_corrections():
            options["corrections"] = corrections
        try:
            for batch in batched(self.copilot.stream(message, **options)):
                for event in batch:
                    view.add(event)
                # The finished turn is sent once, below, with its situation; an update that changes nothing on
                # screen (the "Thinking…" status after the "Thinking…" placeholder) is not sent.
                if view.result is None and (current := view.messages()) != shown:
                    shown = current
                    yield base + shown, "", thread_id, {}
        except Exception as exc:  # boundary: the chat's submit handler
            text = explain_failure(exc, log, "The chat turn")
            failed = gr.ChatMessage(role="assistant", content=f"Sorry, that failed: {text}")
            yield base + view.shown_so_far() + [failed], "", thread_id, {}
            return
        situation = view.result.situation if view.result is not None else {}
        yield base + view.messages(), "", thread_id, dict(situation or {})

    def correct(
        self, history: list[Any] | None, thread_id: str | None, team: Any, name: str, text: str,
        earlier: dict[str, Any] | None = None, owner: str | None = None,
    ) -> Iterator[tuple[list[Any], str, str, dict[str, Any], dict[str, Any]]]:
        """Re-run the last question with a corrected fact (and the corrections made to it before).

        Yields (history, textbox, thread id, situation, corrections so far); a correction that cannot be read
        leaves the screen as it was and says how to write it."""
        history = list(history or [])
        question = _question_for(history, len(history) - 1)
        if not question or not name:
            gr.Warning("Ask a question first, then pick the fact to correct.")
            return
        try:
            value = parse_correction(name, text)
        except CorrectionError as exc:
            gr.Warning(str(exc))
            return
        corrections = {**(earlier or {}), name: value}
        q_idx = _turn_start(history, len(history) - 1)
        if self.owners is not None and thread_id and not self.owners.allows(thread_id, owner):
            thread_id = None
        self.forget_turns(history[q_idx:], thread_id)
        for shown, box, tid, situation in self.turn(question, history[:q_idx], thread_id, team, owner, corrections):
            yield shown, box, tid, situation, corrections

    def forget_turns(self, removed: list[Any], thread_id: str | None) -> None:
        """Remove the questions in `removed` (and their answers) from the saved conversation, newest first."""
        if not thread_id or not hasattr(self.copilot, "undo_last_turn"):
            return
        questions = [message_text(m) for m in removed if _role(m) == "user"]
        try:
            for question in reversed(questions):
                # A turn that failed was never saved; matching the question leaves earlier turns alone.
                self.copilot.undo_last_turn(thread_id, question=question)
        except Exception as exc:  # boundary: the undo and retry handlers
            text = explain_failure(exc, log, "Updating the saved conversation")
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
        word = "Thanks, noted." if rating > 0 else "Noted; this answer will become a regression case."
        return fid, word + (" Add a comment below if you like." if not comment else " Comment saved.")

    def comment(self, feedback_id: int | None, comment: str) -> str:
        """Attach a comment to the most recent rating in this session."""
        if feedback_id is None:
            return "Rate an answer (thumbs up or down under it) first, then add your comment."
        if not comment or not comment.strip():
            return "Type a comment first."
        self.feedback.set_comment(int(feedback_id), comment)
        return "Comment saved with your rating."

    def thread_choices(self, owner: str | None = None, now: datetime | None = None) -> list[tuple[str, str]]:
        """(label, thread id) pairs for the conversation list, newest first: only `owner`'s when owners are kept.

        A label is the conversation's title (its first question, or the name it was given) and when it was
        last used ("5 min ago", "yesterday", "3 Dec")."""
        try:
            threads = self.copilot.list_threads()
            names: dict[str, str] = {}
            if self.owners is not None:
                mine = self.owners.threads_of(owner)
                threads = [t for t in threads if t.thread_id in mine]
                names = self.owners.titles(t.thread_id for t in threads)
        except Exception as exc:  # boundary: the page-load and refresh handlers show an empty list
            explain_failure(exc, log, "Listing the saved conversations")
            return []
        return [(f"{names.get(t.thread_id) or short_title(t.title or t.thread_id)} \u00b7 {relative_time(t.updated_at, now)}",
                 t.thread_id) for t in threads]

    def resume(self, thread_id: str | None, owner: str | None = None) -> tuple[list[Any], str]:
        """Load a saved conversation into the chat and make it this session's thread (only the owner's own)."""
        if not thread_id:
            return [], new_thread_id()
        if self.owners is not None and not self.owners.allows(thread_id, owner):
            gr.Warning("That conversation belongs to another session and cannot be opened here.")
            return [], new_thread_id()
        return history_to_messages(self.copilot.history(thread_id)), thread_id

    def rename(self, thread_id: str | None, title: str, owner: str | None = None) -> str:
        """Give one of the owner's conversations a new title; returns a status sentence."""
        title = " ".join((title or "").split())[:TITLE_CHARS * 2]
        if not thread_id or self.owners is None or not self.owners.allows(thread_id, owner):
            return "Pick one of your conversations first."
        if not title:
            return "Type the new name first."
        self.owners.rename(thread_id, title)
        return f"Renamed to \u201c{title}\u201d."

    def delete(self, thread_id: str | None, owner: str | None = None) -> str:
        """Delete one of the owner's conversations: its saved turns and its place in the list."""
        if not thread_id or self.owners is None or not self.owners.allows(thread_id, owner):
            return "Pick one of your conversations first."
        try:
            erase = getattr(self.copilot, "delete_thread", None)
            if callable(erase):
                erase(thread_id)
            else:
                while self.copilot.undo_last_turn(thread_id):
                    pass
        except Exception as exc:  # boundary: the delete handler
            text = explain_failure(exc, log, "Erasing a conversation")
            self.owners.hide(thread_id)
            return f"Removed from the list, but its saved turns could not be erased: {text}"
        self.owners.hide(thread_id)
        return "Conversation deleted."

    def new_conversation(self) -> tuple[list[Any], str, str]:
        """Start an empty conversation with a fresh thread id."""
        return [], new_thread_id(), ""


def short_title(text: str, limit: int = TITLE_CHARS) -> str:
    """A question cut at a word boundary to fit the conversation list."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",.;:")
    return (cut or text[:limit]) + "\u2026"


def relative_time(stamp: str, now: datetime | None = None) -> str:
    """An ISO timestamp as "just now", "5 min ago", "3 h ago", "yesterday", a weekday or a date."""
    try:
        when = datetime.fromisoformat(str(stamp))
    except ValueError:
        return str(stamp)[:16]
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    days = (now.date() - when.astimezone(now.tzinfo).date()).days
    if days == 0:
        return f"{int(seconds // 3600)} h ago"
    if days == 1:
        return "yesterday"
    if days < 7:
        return when.strftime("%A")
    return f"{when.day} {when.strftime('%b')}" + ("" if when.year == now.year else f" {when.year}")
