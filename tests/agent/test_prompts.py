"""The remote brain's prompts against the scripted server: the system message and tool list are identical for
different questions (the server's prompt cache reuses them), the per-question material sits in the last user
message, and the first request of the headline reprioritization turn stays within its token budget."""

from __future__ import annotations

import json

from agent.brains.openai_brain import OpenAIBrain
from agent.privacy import Pseudonymizer
from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY
from tests.support.scripted_openai import ScriptedOpenAI, reply_text

HEADLINE = "My VP wants Priya off the fraud model on Monday; she has two weeks left. How do I respond?"
BUDGET_TOKENS = 2500


def first_request(tmp_path, retriever, question, team=None, **overrides):
    with ScriptedOpenAI([reply_text("ok")]) as server:
        options = {"openai_base_url": server.url, "openai_api_key": "sk-test", "model": "scripted-model", "brain": "openai"}
        settings = load_settings(**{**options, **overrides})
        copilot = Copilot(settings, brain=OpenAIBrain(settings), retriever=retriever,
                          checkpointer_path=tmp_path / f"{abs(hash(question))}.sqlite", today=TODAY)  # fmt: skip
        copilot.ask(question, team=team)
        copilot.close()
    return server.requests[0]


def chars_over_four(body):
    return (len(json.dumps(body["messages"], ensure_ascii=False)) + len(json.dumps(body["tools"], ensure_ascii=False))) // 4


def test_headline_first_request_is_within_budget(tmp_path, retriever, example_team):
    body = first_request(tmp_path, retriever, HEADLINE, example_team)
    assert chars_over_four(body) <= BUDGET_TOKENS, chars_over_four(body)
    context = body["messages"][-1]["content"]
    priya = Pseudonymizer.for_team(example_team).encode("Priya")
    assert body["messages"][-1]["role"] == "user" and context.rstrip().endswith(HEADLINE.replace("Priya", priya))
    assert '<passage n="1"' in context and "Fraud model v3" in context  # her record and guidance are there


def test_system_message_and_tools_are_identical_across_questions(tmp_path, retriever, example_team):
    a = first_request(tmp_path, retriever, HEADLINE, example_team)
    b = first_request(tmp_path, retriever, "How do I run a good 1-on-1 with a quiet new hire?")
    c = first_request(tmp_path, retriever, "Which requests should reach my team this week?", example_team, privacy="off")
    assert a["messages"][0] == b["messages"][0] == c["messages"][0] and a["messages"][0]["role"] == "system"
    assert json.dumps(a["tools"]) == json.dumps(b["tools"]) == json.dumps(c["tools"])
    assert "2026-11-23" not in a["messages"][0]["content"] and "2026-11-23" in a["messages"][-1]["content"]


def test_only_the_relevant_team_entries_are_sent(tmp_path, retriever, example_team):
    body = first_request(tmp_path, retriever, "Prepare my 1-on-1 with Marco", example_team, privacy="off")
    context = body["messages"][-1]["content"]
    assert "Training data snapshot job fails" in context  # Marco's record
    assert "Exploring graph neural networks" not in context  # Lena's record is not
    assert "Lena" in context  # but she is on the roster line


def test_passages_are_trimmed_without_renumbering(tmp_path, retriever):
    body = first_request(tmp_path, retriever, "How do I protect my team's focus time from interruptions?")
    context = body["messages"][-1]["content"]
    for n in range(1, 4):
        assert f'<passage n="{n}"' in context
    blocks = context.split("<passage ")[1:]
    assert all(len(b.split("</passage>")[0]) < 800 for b in blocks)
