"""The Copilot service: input validation, streaming, persistence across restarts, concurrency."""

from __future__ import annotations

import threading

import pytest

from agent.errors import AgentError
from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY


def test_empty_long_and_control_characters(offline_copilot):
    with pytest.raises(AgentError, match="Your question is empty"):
        offline_copilot.ask("  \n\t ")
    with pytest.raises(AgentError, match="limit is 8,000"):
        offline_copilot.ask("x" * 8001)
    with pytest.raises(AgentError, match="Invalid thread name"):
        offline_copilot.ask("hello", thread_id="../etc")
    r = offline_copilot.ask("How do I give\x00 feedback\x1b to a senior researcher?", thread_id="ctl")
    assert offline_copilot.history("ctl")[0]["content"] == "How do I give feedback to a senior researcher?"
    assert r.thread_id == "ctl"


def test_stream_events(offline_copilot, example_team):
    events = list(offline_copilot.stream("Prepare my 1-on-1 with Marco", team=example_team, thread_id="s1"))
    kinds = [e.kind for e in events]
    assert kinds[-1] == "final" and events[-1].result.intent == "one_on_one"
    assert kinds.index("tool_start") < kinds.index("tool_end") < kinds.index("answer_delta")
    assert events[kinds.index("tool_end")].tool.name == "build_agenda"
    assert "".join(e.text for e in events if e.kind == "answer_delta") == events[-1].result.answer


def test_threads_persist_across_instances(retriever, tmp_path, example_team):
    db = tmp_path / "conv.sqlite"
    first = Copilot(load_settings(brain="offline"), retriever=retriever, checkpointer_path=db, today=TODAY)
    first.ask("Prepare my 1-on-1 with Marco", thread_id="weekly", team=example_team)
    first.close()
    second = Copilot(load_settings(brain="offline"), retriever=retriever, checkpointer_path=db, today=TODAY)
    try:
        assert [t.thread_id for t in second.list_threads()] == ["weekly"]
        assert second.list_threads()[0].title == "Prepare my 1-on-1 with Marco"
        r = second.ask("What about Priya?", thread_id="weekly", team=example_team)
        assert r.intent == "one_on_one"  # the short follow-up continues the previous request
        history = second.history("weekly")
        assert [m["role"] for m in history] == ["user", "assistant", "user", "assistant"]
        assert set(history[0]) == {"role", "content"}
        assert second.history("never-used") == []
    finally:
        second.close()


def test_concurrent_turns_on_different_threads(offline_copilot, example_team):
    results: dict[int, object] = {}
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            results[i] = offline_copilot.ask("Which requests should reach my team?", thread_id=f"c{i}", team=example_team)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    answers = {r.answer for r in results.values()}
    assert len(answers) == 1 and all(r.intent == "triage" for r in results.values())
    assert {t.thread_id for t in offline_copilot.list_threads()} >= {"c0", "c1", "c2", "c3"}


def test_default_team_from_settings_resolves_names(retriever, tmp_path, team_file):
    copilot = Copilot(load_settings(brain="offline", team=str(team_file)), retriever=retriever, checkpointer_path=tmp_path / "t.sqlite", today=TODAY)
    try:
        r = copilot.ask("My VP wants Priya moved to the LLM summarizer now. What should I do?")
    finally:
        copilot.close()
    current = next(t for t in r.tool_calls if t.name == "compare_strategies").arguments["current"]
    assert (current["project"], current["remaining_likely"]) == ("Fraud model v3", 2)


def test_lead_today_fixes_the_date_answers_are_computed_for(monkeypatch, tmp_path):
    from datetime import date

    from agent.service import Copilot
    from lead_core.settings import load_settings

    monkeypatch.setenv("LEAD_TODAY", "2026-12-04")
    monkeypatch.setenv("LEAD_HOME", str(tmp_path))
    copilot = Copilot(load_settings())
    assert copilot._today == date(2026, 12, 4)
