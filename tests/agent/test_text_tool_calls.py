"""Tool calls written as text (the way small local models answer) run like native ones, and tool markup never
reaches the user: against the scripted server with the real client, plus the parser on its own."""

from __future__ import annotations

import json

import pytest

from agent.brains.openai_brain import OpenAIBrain
from agent.brains.text_tool_calls import looks_like_markup, parse_text_tool_calls
from agent.model_tools import MODEL_TOOLS
from agent.privacy import Pseudonymizer
from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY
from tests.support.scripted_openai import TEXT_CALL_STYLES, ScriptedOpenAI, reply_text, reply_text_tool, reply_tool

KNOWN = set(MODEL_TOOLS)


def ask(server, tmp_path, retriever, question, team=None):
    settings = load_settings(openai_base_url=server.url, openai_api_key="sk-test", model="scripted-model", brain="openai", llm_retries=0)
    copilot = Copilot(settings, brain=OpenAIBrain(settings, backoff_base=0.01), retriever=retriever,
                      checkpointer_path=tmp_path / "c.sqlite", today=TODAY)  # fmt: skip
    try:
        return copilot.ask(question, team=team)
    finally:
        copilot.close()


@pytest.mark.parametrize("style", TEXT_CALL_STYLES)
def test_a_tool_call_written_as_text_runs_the_tool(tmp_path, retriever, example_team, style):
    marco = Pseudonymizer.for_team(example_team).encode("Marco")
    script = [reply_text_tool("build_agenda", {"person": marco, "minutes": 30}, style=style, prefix="Let me build it.\n"),
              reply_text(f"Here is the agenda for {marco}: start with the blocker.")]  # fmt: skip
    with ScriptedOpenAI(script) as server:
        r = ask(server, tmp_path, retriever, "Prepare my 1-on-1 with Marco", example_team)
    assert [t.name for t in r.tool_calls] == ["build_agenda"] and r.tool_calls[0].ok
    assert r.tool_calls[0].arguments["person"]["name"] == "Marco" and r.brain == "scripted-model"
    assert r.answer.startswith("Here is the agenda for Marco: start with the blocker.")  # the agenda it did not show is appended
    second = server.requests[1]["messages"]
    sent_call = next(m for m in second if m.get("tool_calls"))["tool_calls"][0]["function"]
    assert sent_call["name"] == "build_agenda" and json.loads(sent_call["arguments"]) == {"person": marco, "minutes": 30}
    assert any(m["role"] == "tool" and '"markdown"' in m["content"] for m in second)


@pytest.mark.parametrize(
    "reply",
    [
        '<tool_call>{"name": "build_agenda", "arguments": {"person": </tool_call>',  # broken JSON
        '<tools>{"name": "delete_all_files", "arguments": {}}</tools>',  # not a tool we offered
        '```json\n{"name": "build_agenda", "parameters": "not json"}\n```',
    ],
)
def test_markup_that_is_not_a_usable_call_never_reaches_the_user(tmp_path, retriever, reply):
    with ScriptedOpenAI([reply_text(reply)]) as server:
        r = ask(server, tmp_path, retriever, "How do I give feedback to a senior engineer?")
    assert r.brain == "offline (fallback)" and r.answer
    assert "<tool" not in r.answer and '"arguments"' not in r.answer and "delete_all_files" not in r.answer
    assert any("tool-call markup" in n for n in r.notices), r.notices


def test_a_native_call_the_brain_cannot_resolve_comes_back_to_the_model_then_falls_back(tmp_path, retriever, example_team):
    with ScriptedOpenAI([reply_tool("compare_strategies", {"person": "Nobody"}), reply_text("Sorry, I could not do it.")]) as server:
        r = ask(server, tmp_path, retriever, "My VP wants Nobody moved to pricing. What do I say?", example_team)
    tool_msg = next(m for m in server.requests[1]["messages"] if m["role"] == "tool")
    assert "No current work known for 'Nobody'" in tool_msg["content"] and "ask the user" in tool_msg["content"]
    assert r.brain == "offline (fallback)" and "Sorry" not in r.answer
    assert any("every tool call the model made failed" in n for n in r.notices)


def test_parser_reads_each_style_and_ignores_prose():
    for style in TEXT_CALL_STYLES:
        content = reply_text_tool("triage_inbox", {}, style=style, prefix="Sure.\n")["content"]
        assert parse_text_tool_calls(content, KNOWN)[0].name == "triage_inbox" and looks_like_markup(content)
    two = '<tool_call>{"name": "search_guidance", "arguments": {"query": "focus"}}</tool_call>\n<tool_call>{"function": {"name": "get_team_context", "arguments": "{\\"name\\": \\"Tom\\"}"}}</tool_call>'
    calls = parse_text_tool_calls(two, KNOWN)
    assert [(c.name, c.arguments) for c in calls] == [("search_guidance", {"query": "focus"}), ("get_team_context", {"name": "Tom"})]
    prose = 'Finish first: it is two weeks from done [1]. Say: "We will start on the new work on the 14th."'
    assert parse_text_tool_calls(prose, KNOWN) == [] and not looks_like_markup(prose)
    assert parse_text_tool_calls('{"name": "rm_rf", "arguments": {}}', KNOWN) == []
