"""A model's tokens stream into Copilot.stream as answer_delta events (OpenAI `stream=True` against the scripted
server), with a "waiting for the model" status first; tool markup is never streamed; `lead chat` prints them."""

from __future__ import annotations

import io
import sys

from agent.brains.openai_brain import OpenAIBrain
from agent.privacy import Pseudonymizer
from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY
from tests.support.scripted_openai import ScriptedOpenAI, reply_text, reply_text_tool, reply_tool


def events_for(server, tmp_path, retriever, question, team=None):
    settings = load_settings(openai_base_url=server.url, openai_api_key="sk-test", model="scripted-model", brain="openai")
    copilot = Copilot(settings, brain=OpenAIBrain(settings), retriever=retriever, checkpointer_path=tmp_path / "c.sqlite", today=TODAY)
    try:
        return list(copilot.stream(question, team=team))
    finally:
        copilot.close()


def test_model_tokens_stream_before_the_final_event(tmp_path, retriever, example_team):
    marco = Pseudonymizer.for_team(example_team).encode("Marco")
    answer = f"Start with {marco}'s blocker, then the reprioritization, then his growth goal [1]."
    with ScriptedOpenAI([reply_tool("build_agenda", {"person": marco}), reply_text(answer)]) as server:
        events = events_for(server, tmp_path, retriever, "Prepare my 1-on-1 with Marco", example_team)
    kinds = [e.kind for e in events]
    assert all(body.get("stream") is True for body in server.requests)
    assert "Waiting for the model…" in [e.text for e in events if e.kind == "status"]
    deltas = [e.text for e in events if e.kind == "answer_delta"]
    assert len(deltas) > 3 and "".join(deltas) == "Start with Marco's blocker, then the reprioritization, then his growth goal [1]."
    assert kinds.index("tool_end") < kinds.index("answer_delta") and kinds[-1] == "final"
    assert events[-1].result.answer == "".join(deltas) and events[-1].result.usage["requests"]


def test_tool_markup_is_never_streamed(tmp_path, retriever, example_team):
    answer = "Let the fraud alerts incident reach Sam first [1]; take the churn numbers yourself, hold the lineage audit for planning."
    script = [reply_text_tool("triage_inbox", {}, style="hermes"), reply_text(answer)]
    with ScriptedOpenAI(script) as server:
        events = events_for(server, tmp_path, retriever, "Which requests should reach my team this week?", example_team)
    streamed = "".join(e.text for e in events if e.kind == "answer_delta")
    assert "<tool_call" not in streamed and "triage_inbox" not in streamed
    assert streamed == answer and [e.tool.name for e in events if e.kind == "tool_end"] == ["triage_inbox"]


def test_lead_chat_prints_tokens_as_they_come(tmp_path, retriever, monkeypatch, capsys):
    from agent.cli import main

    with ScriptedOpenAI([reply_text("Protect two focus days a week [1].")]) as server:
        for name, value in {"OPENAI_BASE_URL": server.url, "OPENAI_API_KEY": "sk-test", "LEAD_MODEL": "scripted-model",
                            "LEAD_BRAIN": "openai"}.items():  # fmt: skip
            monkeypatch.setenv(name, value)  # the session index (LEAD_HOME) is the retriever's
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"How do I protect focus time?\n"), encoding="utf-8"))
        assert main(["chat"]) == 0
    out = capsys.readouterr()
    assert "Waiting for the model…" in out.err
    assert out.out.count("Protect two focus days a week [1].") == 1 and "Sources" in out.out
