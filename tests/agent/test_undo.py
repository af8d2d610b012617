"""Undoing a turn changes the saved conversation, so a resumed thread no longer shows it."""

from __future__ import annotations

from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY


def test_undo_removes_the_last_exchange_and_survives_a_restart(retriever, tmp_path):
    db = tmp_path / "conv.sqlite"
    first = Copilot(load_settings(brain="offline"), retriever=retriever, checkpointer_path=db, today=TODAY)
    first.ask("How do I give better feedback?", thread_id="u1")
    first.ask("How do I protect focus time for my team?", thread_id="u1")
    assert first.undo_last_turn("u1") is True
    history = first.history("u1")
    assert [m["role"] for m in history] == ["user", "assistant"]
    assert history[0]["content"] == "How do I give better feedback?"
    first.close()
    second = Copilot(load_settings(brain="offline"), retriever=retriever, checkpointer_path=db, today=TODAY)
    try:
        assert [m["content"] for m in second.history("u1")][:1] == ["How do I give better feedback?"]
        assert len(second.history("u1")) == 2
        second.ask("How should I plan an uncertain ML project?", thread_id="u1")
        assert [m["content"] for m in second.history("u1") if m["role"] == "user"] == [
            "How do I give better feedback?",
            "How should I plan an uncertain ML project?",
        ]
    finally:
        second.close()


def test_undo_with_question_only_removes_a_matching_last_turn(offline_copilot):
    offline_copilot.ask("How do I give better feedback?", thread_id="u2")
    # A turn that failed was never saved: undoing it must leave the saved one alone.
    assert offline_copilot.undo_last_turn("u2", question="A question that was never saved") is False
    assert len(offline_copilot.history("u2")) == 2
    assert offline_copilot.undo_last_turn("u2", question="  How do I give better feedback?\x00 ") is True
    assert offline_copilot.history("u2") == []


def test_undoing_everything_empties_the_thread_and_drops_it_from_the_list(offline_copilot):
    offline_copilot.ask("How do I give better feedback?", thread_id="u3")
    assert [t.thread_id for t in offline_copilot.list_threads()] == ["u3"]
    assert offline_copilot.undo_last_turn("u3") is True
    assert offline_copilot.undo_last_turn("u3") is False
    assert offline_copilot.undo_last_turn("never-used") is False
    assert offline_copilot.list_threads() == []
    r = offline_copilot.ask("How do I run a good 1-on-1?", thread_id="u3")
    assert r.answer and [m["role"] for m in offline_copilot.history("u3")] == ["user", "assistant"]
    assert offline_copilot.list_threads()[0].title == "How do I run a good 1-on-1?"
