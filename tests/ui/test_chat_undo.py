"""Undo and retry in the chat change the saved conversation too, not only the screen."""

from __future__ import annotations

import gradio as gr
import pytest

from tests.ui.fakes import FakeCopilot
from ui.chat import ChatHandlers, message_text
from ui.feedback import FeedbackStore


@pytest.fixture
def copilot():
    return FakeCopilot()


@pytest.fixture
def handlers(copilot, tmp_path):
    return ChatHandlers(copilot, FeedbackStore(tmp_path / "feedback.sqlite"), max_input_chars=200)


def as_dicts(messages):
    """What Gradio hands back to handlers: dicts with content as a list of text parts."""
    return [
        m if isinstance(m, dict) else {"role": m.role, "content": [{"type": "text", "text": m.content}], "metadata": m.metadata}
        for m in messages
    ]


def ask(handlers, question, history, thread_id="ui-1"):
    return as_dicts(list(handlers.respond(question, history, thread_id, None))[-1][0])


def user_index(history, text):
    return next(i for i, m in enumerate(history) if m["role"] == "user" and message_text(m) == text)


def test_undo_removes_the_turn_from_the_saved_thread(handlers, copilot):
    both = ask(handlers, "second", ask(handlers, "first", []))
    shown, box = handlers.undo(both, gr.UndoData(None, {"index": user_index(both, "second"), "value": "second"}), "ui-1")
    assert box == "second" and message_text(shown[0]) == "first"
    assert [m["content"] for m in copilot.history("ui-1") if m["role"] == "user"] == ["first"]
    assert copilot.undos == [("ui-1", "second")]


def test_undo_of_an_earlier_turn_removes_every_later_turn(handlers, copilot):
    history = ask(handlers, "third", ask(handlers, "second", ask(handlers, "first", [])))
    handlers.undo(history, gr.UndoData(None, {"index": user_index(history, "second"), "value": "second"}), "ui-1")
    assert [m["content"] for m in copilot.history("ui-1") if m["role"] == "user"] == ["first"]


def test_undo_of_a_failed_turn_keeps_the_saved_history(handlers, copilot):
    history = ask(handlers, "first", [])
    copilot.fail_with = "model endpoint unreachable"
    history = ask(handlers, "broken", history)
    copilot.fail_with = None
    handlers.undo(history, gr.UndoData(None, {"index": user_index(history, "broken"), "value": "broken"}), "ui-1")
    assert [m["content"] for m in copilot.history("ui-1") if m["role"] == "user"] == ["first"]


def test_retry_replaces_the_saved_turn_instead_of_adding_one(handlers, copilot):
    history = ask(handlers, "second", ask(handlers, "first", []))
    idx = user_index(history, "second")
    shown = list(handlers.retry(history, "ui-1", None, gr.RetryData(None, {"index": idx, "value": "second"})))[-1][0]
    assert [m.role if not isinstance(m, dict) else m["role"] for m in shown].count("user") == 2
    assert [m["content"] for m in copilot.history("ui-1") if m["role"] == "user"] == ["first", "second"]
    assert copilot.calls[-1][0] == "second"


def test_undo_that_cannot_save_still_changes_the_screen(handlers, copilot, monkeypatch):
    history = ask(handlers, "first", [])

    def broken(*args, **kwargs):
        raise RuntimeError("database is locked")

    monkeypatch.setattr(copilot, "undo_last_turn", broken)
    with pytest.warns(UserWarning, match="saved conversation could not be updated: database is locked"):
        shown, box = handlers.undo(history, gr.UndoData(None, {"index": 0, "value": "first"}), "ui-1")
    assert shown == [] and box == "first"
