"""Chat handlers and the conversion of streamed agent events into chat messages."""

from __future__ import annotations

from pathlib import Path

import gradio as gr
import pytest

from agent.types import Citation, ToolCallRecord, TurnEvent, TurnResult
from tests.ui.fakes import FakeCopilot
from ui.chat import ChatHandlers, message_text, new_thread_id, relative_time, short_title
from ui.feedback import FeedbackStore
from ui.turn_view import SOURCES_TITLE, UNDERSTOOD_TITLE, TurnView


@pytest.fixture
def store(tmp_path):
    return FeedbackStore(tmp_path / "feedback.sqlite")


@pytest.fixture
def copilot():
    return FakeCopilot()


@pytest.fixture
def handlers(copilot, store):
    return ChatHandlers(copilot, store, max_input_chars=200)


def run(gen):
    """Drain a streaming handler, returning every yielded output."""
    return list(gen)


def titles(messages):
    return [(m.metadata or {}).get("title") for m in messages if isinstance(m, gr.ChatMessage)]


def _forecast() -> dict:
    """A real forecast_completion result: a three-task plan starting on a Monday."""
    from datetime import date

    from tools.simulate import PlanInput, WorkItem, forecast_completion

    plan = PlanInput(tasks=[WorkItem(name=f"t{i}", optimistic=3, most_likely=5, pessimistic=9) for i in range(3)],
                     start=date(2026, 12, 7), deadline=date(2027, 1, 8), trials=1000)
    return forecast_completion(plan).model_dump(mode="json")


FORECAST = _forecast()
P80 = FORECAST["p80"]["date"]


def test_tool_step_goes_from_pending_to_a_one_line_summary_with_details_folded():
    view = TurnView()
    rec = ToolCallRecord("forecast_completion", {"project": "LLM summarizer", "trials": 1000}, None)
    view.add(TurnEvent("tool_start", tool=rec))
    step = view.messages()[0]
    assert step.metadata["title"] == "Forecast: working\u2026" and step.metadata["status"] == "pending"
    view.add(TurnEvent("tool_end", tool=ToolCallRecord("forecast_completion", rec.arguments, FORECAST, 1500)))
    step = view.messages()[0]
    chance = f"{FORECAST['deadline_probability']:.0%}"
    assert step.metadata["title"] == f"Forecast: 80% chance done by {P80}, {chance} chance of meeting the deadline"
    assert step.metadata["status"] == "done"  # the chat folds done steps
    assert step.metadata["duration"] == pytest.approx(1.5)
    assert "LLM summarizer" in step.content and P80 in step.content
    # internal fields and raw names stay out of the details
    assert "- Seed" not in step.content and "- Trials" not in step.content
    assert f"Chance of meeting the deadline: {chance}" in step.content
    assert "p80" not in step.content and "deadline_probability" not in step.content


def test_failed_tool_step_says_so_in_its_title():
    view = TurnView()
    view.add(TurnEvent("tool_end", tool=ToolCallRecord("score_archetype", {}, None, 3, error="bad answers\ntrace")))
    step = view.messages()[0]
    assert step.metadata["title"] == "Org type: failed (bad answers)" and step.metadata["log"] == "failed"


def test_final_turn_reads_understood_facts_then_answer_then_notes_steps_and_sources():
    view = TurnView()
    view.add(TurnEvent("tool_end", tool=ToolCallRecord("forecast_completion", {}, FORECAST, 10)))
    view.add(TurnEvent("answer_delta", text="Partial"))
    situation = {"intents": ["reprioritization"], "missing": ["deadline"], "clarifying_question": None, "facts": [
        {"name": "person", "value": "Priya", "source": "team_file", "text": ""},
        {"name": "new_work_weeks", "value": [3, 5, 8], "source": "question", "text": "3 to 8 weeks"},
        {"name": "success_probability", "value": 0.9, "source": "assumed", "text": "the usual default"}]}
    result = TurnResult(
        intent="guidance", answer="Finish first [1].", notices=["Names were pseudonymised."], situation=situation,
        citations=[Citation(1, "a#b", "a", "Plan probabilistically", "Book, Author", "Use ranges <not points>.")],
    )
    view.add(TurnEvent("final", result=result))
    msgs = view.messages()
    understood, answer = msgs[0], msgs[1]
    assert understood.metadata == {"title": UNDERSTOOD_TITLE}  # no status: shown open above the answer
    assert "Person: **Priya** (from the team file)" in understood.content
    assert "New work effort: **5 weeks (between 3 and 8)** (from your question: \u201c3 to 8 weeks\u201d)" in understood.content
    assert "Chance it works: **90%** *(assumed: the usual default)*" in understood.content
    assert "Not known yet: Deadline" in understood.content
    assert answer.content == "Finish first [1]." and not answer.metadata
    chart = msgs[2].content  # the forecast chart, inline, as an image file
    assert chart["alt_text"] == "Chart: completion forecast"
    assert Path(chart["path"]).read_bytes().startswith(b"\x89PNG")
    assert msgs[3].content == "*Note:* Names were pseudonymised."
    assert msgs[4].metadata["title"].startswith("Forecast:")
    sources = msgs[-1]
    assert sources.metadata == {"title": f"{SOURCES_TITLE} (1)", "status": "done"}
    assert "[1] **Plan probabilistically**, Book, Author" in sources.content
    assert "<details>" in sources.content and "&lt;not points&gt;" in sources.content


def test_no_understood_block_without_facts():
    view = TurnView()
    view.add(TurnEvent("final", result=TurnResult(intent="guidance", answer="Hello.")))
    assert [m.content for m in view.messages()] == ["Hello."]


def test_waiting_placeholder_before_any_answer():
    view = TurnView()
    view.add(TurnEvent("status", text="Retrieving guidance"))
    assert view.messages()[-1].metadata == {"title": "Retrieving guidance", "status": "pending"}


def test_respond_streams_tool_step_answer_and_citation(handlers, copilot):
    copilot.thinking_seconds = 0.3
    outputs = run(handlers.respond("Should Priya switch?", [], None, None))
    history, box, thread_id = outputs[-1]
    assert box == "" and thread_id.startswith("ui-")
    assert history[0].role == "user" and history[0].content == "Should Priya switch?"
    assert "What-if: finish first recommended" in titles(history)
    assert any("Let Priya finish first" in message_text(m) for m in history)
    assert any(t and t.startswith(SOURCES_TITLE) for t in titles(history))
    assert copilot.calls == [("Should Priya switch?", thread_id, None)]
    assert len(outputs) >= 3  # streamed, not one block: the tool step is shown while the answer is written
    assert "What-if: finish first recommended" in titles(outputs[1][0]) and "Let Priya" not in str(outputs[1][0])


def test_respond_keeps_the_session_thread(handlers, copilot):
    run(handlers.respond("one", [], "ui-abc", None))
    run(handlers.respond("two", [], "ui-abc", None))
    assert [c[1] for c in copilot.calls] == ["ui-abc", "ui-abc"]


def test_sessions_get_distinct_threads():
    assert len({new_thread_id() for _ in range(50)}) == 50


def test_empty_input_is_ignored(handlers, copilot, capsys):
    outputs = run(handlers.respond("   ", [{"role": "user", "content": "x"}], "ui-1", None))
    assert "Your question is empty" in capsys.readouterr().out  # gr.Info outside a request prints
    assert outputs == [([{"role": "user", "content": "x"}], "", "ui-1")]
    assert copilot.calls == []


def test_too_long_input_gets_a_notice_not_an_error(handlers, copilot):
    text = "a" * 201
    with pytest.warns(UserWarning, match="limit is 200"):
        outputs = run(handlers.respond(text, [], "ui-1", None))
    history, box, _ = outputs[-1]
    assert box == text  # kept so the user can shorten it
    assert "limit is 200" in history[-1].content
    assert copilot.calls == []


def test_copilot_failure_becomes_one_sentence(store):
    h = ChatHandlers(FakeCopilot(fail_with="model endpoint unreachable\ntrace..."), store, max_input_chars=200)
    history, _, _ = run(h.respond("hi", [], "ui-1", None))[-1]
    assert history[-1].content == "Sorry, that failed: model endpoint unreachable"


def _as_dicts(messages):
    """What Gradio hands back to handlers: dicts with content as a list of text parts."""
    out = []
    for m in messages:
        if isinstance(m, dict):
            out.append(m)
        else:
            out.append({"role": m.role, "content": [{"type": "text", "text": m.content}], "metadata": m.metadata})
    return out


def test_retry_replaces_the_last_answer(handlers, copilot):
    history = _as_dicts(run(handlers.respond("first question", [], "ui-1", None))[-1][0])
    user_index = 0
    outputs = run(handlers.retry(history, "ui-1", None, gr.RetryData(None, {"index": user_index, "value": "first question"})))
    new_history = outputs[-1][0]
    assert [m.role for m in new_history].count("user") == 1
    assert copilot.calls[-1][0] == "first question"
    assert len(copilot.calls) == 2


def test_undo_removes_the_turn_and_restores_the_question(handlers):
    first = run(handlers.respond("first", [], "ui-1", None))[-1][0]
    both = _as_dicts(run(handlers.respond("second", _as_dicts(first), "ui-1", None))[-1][0])
    second_index = next(i for i, m in enumerate(both) if m["role"] == "user" and message_text(m) == "second")
    history, box = handlers.undo(both, gr.UndoData(None, {"index": second_index, "value": "second"}))
    assert box == "second"
    assert len(history) == second_index and message_text(history[0]) == "first"


def test_like_stores_question_answer_and_rating_then_comment(handlers, store):
    history = _as_dicts(run(handlers.respond("Should Priya switch?", [], "ui-7", None))[-1][0])
    answer_index = next(i for i, m in enumerate(history) if m["role"] == "assistant" and not (m["metadata"] or {}).get("title"))
    fid, note = handlers.like(history, "ui-7", "", gr.LikeData(None, {"index": answer_index, "value": "x", "liked": False}))
    assert fid is not None and "regression" in note
    assert handlers.comment(fid, "Ignored the deadline") == "Comment saved with your rating."
    (row,) = store.all()
    assert (row.thread_id, row.question, row.rating, row.comment) == ("ui-7", "Should Priya switch?", -1, "Ignored the deadline")
    assert row.answer.startswith("Let Priya finish first")


def test_like_on_a_tool_step_records_the_turns_answer(handlers, store):
    history = _as_dicts(run(handlers.respond("q", [], "ui-7", None))[-1][0])
    handlers.like(history, "ui-7", "good", gr.LikeData(None, {"index": 1, "value": "x", "liked": True}))
    (row,) = store.all()
    assert row.rating == 1 and row.answer.startswith("Let Priya") and row.comment == "good"


def test_comment_without_rating_asks_for_one(handlers):
    assert "Rate an answer" in handlers.comment(None, "hello")


def test_conversation_list_and_resume(handlers):
    run(handlers.respond("Prepare my 1-on-1 with Marco", [], "ui-resume", None))
    choices = handlers.thread_choices()
    assert [value for _, value in choices] == ["ui-resume"]
    assert choices[0][0] == "Prepare my 1-on-1 with Marco \u00b7 just now"
    messages, thread_id = handlers.resume("ui-resume")
    assert thread_id == "ui-resume"
    assert [m.role for m in messages] == ["user", "assistant"]
    assert messages[0].content == "Prepare my 1-on-1 with Marco"


def test_new_conversation_gets_a_fresh_thread(handlers):
    history, thread_id, box = handlers.new_conversation()
    assert history == [] and box == "" and thread_id.startswith("ui-")


def test_banner_names_brain_and_privacy(store):
    h = ChatHandlers(FakeCopilot(brain_label="gpt-4o-mini", privacy="off"), store, max_input_chars=100)
    assert "gpt-4o-mini" in h.banner() and "privacy mode **off**" in h.banner()
    local = ChatHandlers(FakeCopilot(privacy="local"), store, max_input_chars=100).banner()
    assert "offline brain" in local and "privacy mode **local** (nothing leaves this machine)" in local


def test_titles_are_cut_at_a_word_and_dates_are_relative():
    from datetime import datetime, timezone

    assert short_title("How do I tell my VP that the fraud model will slip by two weeks without sounding defensive?") == \
        "How do I tell my VP that the fraud model will slip by two\u2026"
    now = datetime(2026, 12, 4, 18, 0, tzinfo=timezone.utc)
    assert relative_time("2026-12-04T17:59:30+00:00", now) == "just now"
    assert relative_time("2026-12-04T17:35:00+00:00", now) == "25 min ago"
    assert relative_time("2026-12-04T09:00:00+00:00", now) == "9 h ago"
    assert relative_time("2026-12-03T20:00:00+00:00", now) == "yesterday"
    assert relative_time("2026-12-01T20:00:00+00:00", now) == "Tuesday"
    assert relative_time("2026-11-02T20:00:00+00:00", now) == "2 Nov"
    assert relative_time("2025-11-02T20:00:00+00:00", now) == "2 Nov 2025"


class _ThinkingThenAnswer(FakeCopilot):
    """Says "Thinking…" (what the placeholder already shows), then answers."""

    def stream(self, question, *, thread_id=None, team=None):
        yield TurnEvent("status", text="Thinking\u2026")
        yield TurnEvent("final", result=TurnResult(intent="guidance", answer="Finish first.", thread_id=thread_id or "t"))


def test_an_update_that_changes_nothing_on_screen_is_not_sent(store):
    outputs = run(ChatHandlers(_ThinkingThenAnswer(), store, max_input_chars=200).respond("q", [], "ui-1", None))
    assert [message_text(h[-1]) for h, _, _ in outputs] == ["", "Finish first."]
