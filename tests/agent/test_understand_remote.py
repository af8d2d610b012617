"""OpenAIBrain.understand: one structured-output call with the Situation's JSON schema, validated with pydantic,
retried once on invalid output, else the offline parser (the fallback passed in) with a notice. Names are
pseudonymised on the way out and restored in the Situation. Through the graph: its notices reach the turn, and
LEAD_LLM_UNDERSTAND chooses who reads the question (auto: the parser for a loopback endpoint)."""

from __future__ import annotations

import json

from agent.brains.openai_brain import OpenAIBrain
from agent.privacy import Pseudonymizer
from lead_core.settings import load_settings
from agent.situation import Situation
from tests.agent.conftest import TODAY
from tests.support.scripted_openai import ScriptedOpenAI, endpoint_like, reply_text

QUESTION = "My VP wants Priya off the fraud model on Monday; she has two weeks left. How do I respond?"


def brain(server, **overrides):
    options = {"openai_base_url": server.url, "openai_api_key": "sk-test", "model": "scripted-model", "llm_retries": 0}
    return OpenAIBrain(load_settings(**{**options, **overrides}), backoff_base=0.01)


def offline() -> Situation:
    s = Situation(intents=["reprioritization"])
    s.put("person", "Priya", "question", "from the offline parser")
    return s


def situation_json(person: str) -> str:
    return json.dumps({
        "intents": ["reprioritization", "stakeholder_message"],
        "facts": [
            {"name": "person", "value": person, "source": "question", "text": person},
            {"name": "remaining_weeks", "value": [2, 2, 2], "source": "question", "text": "two weeks left"},
            {"name": "audience", "value": "vp", "source": "question", "text": "My VP"},
        ],
        "missing": [],
        "clarifying_question": None,
    })  # fmt: skip


def test_valid_structured_output_is_the_situation(example_team):
    priya = Pseudonymizer.for_team(example_team).encode("Priya")
    with ScriptedOpenAI([], structured=[reply_text(situation_json(priya))]) as server:
        situation, notices = brain(server).understand(QUESTION, example_team, TODAY, offline)
    assert notices == [] and situation.intents == ["reprioritization", "stakeholder_message"]
    assert situation.get("person") == "Priya" and situation.get("remaining_weeks") == [2, 2, 2]
    body = server.structured_requests[0]
    assert body["response_format"]["type"] == "json_schema" and "tools" not in body
    schema = json.dumps(body["response_format"]["json_schema"]["schema"])
    assert '"remaining_weeks"' in schema and "$ref" not in schema
    assert "Priya" not in server.all_text()


def test_invalid_then_valid_is_retried_once_with_the_problem(example_team):
    bad = json.dumps({"intents": ["reprioritization"], "facts": [{"name": "mood", "value": 1, "source": "question"}]})
    with ScriptedOpenAI([], structured=[reply_text(bad), reply_text(situation_json("Jonas"))]) as server:
        situation, notices = brain(server).understand(QUESTION, example_team, TODAY, offline)
    assert notices == [] and situation.get("person") == "Jonas" and len(server.structured_requests) == 2
    assert "not a valid situation" in server.structured_requests[1]["messages"][-1]["content"]


def test_invalid_twice_falls_back_to_the_parser_with_a_notice(example_team):
    with ScriptedOpenAI([], structured=[reply_text("Sure! The person is Priya."), reply_text("{not json")]) as server:
        situation, notices = brain(server).understand(QUESTION, example_team, TODAY, offline)
    assert len(server.structured_requests) == 2 and situation.fact("person").text == "from the offline parser"
    assert notices and "offline parser" in notices[0]


def test_an_endpoint_without_structured_output_falls_back(example_team):
    with ScriptedOpenAI([], structured=endpoint_like("no-structured-output")) as server:
        situation, notices = brain(server).understand(QUESTION, example_team, TODAY, offline)
    assert len(server.structured_requests) == 1 and situation.fact("person").text == "from the offline parser"
    assert "HTTP 400" in notices[0]


def ask(server, tmp_path, retriever, team, **overrides):
    from agent.service import Copilot

    settings = load_settings(**{"openai_base_url": server.url, "openai_api_key": "sk-test", "model": "scripted-model",
                                "llm_retries": 0, "brain": "openai", **overrides})
    copilot = Copilot(settings, brain=OpenAIBrain(settings, backoff_base=0.01), retriever=retriever,
                      checkpointer_path=tmp_path / "c.sqlite", today=TODAY)
    try:
        return copilot.ask(QUESTION, team=team)
    finally:
        copilot.close()


def person_of(result) -> str | None:
    return Situation.model_validate(result.situation).get("person")


def test_the_understanding_notice_reaches_the_turn(tmp_path, retriever, example_team):
    with ScriptedOpenAI([reply_text("Keep Priya on the fraud model until it ships.")]) as server:  # no structured output
        r = ask(server, tmp_path, retriever, example_team, llm_understand="model")
    assert len(server.structured_requests) == 1
    assert any("the offline parser understood it instead" in n and "HTTP 400" in n for n in r.notices), r.notices
    assert person_of(r) == "Priya"  # the parser's reading


def test_the_models_reading_is_the_situation_when_asked_for(tmp_path, retriever, example_team):
    jonas = Pseudonymizer.for_team(example_team).encode("Jonas")
    with ScriptedOpenAI([reply_text("Keep Jonas on it.")], structured=[reply_text(situation_json(jonas))]) as server:
        r = ask(server, tmp_path, retriever, example_team, llm_understand="model")
    assert person_of(r) == "Jonas" and not any("offline parser" in n for n in r.notices)


def test_the_parser_setting_sends_no_understanding_request(tmp_path, retriever, example_team):
    with ScriptedOpenAI([reply_text("Keep Priya on the fraud model until it ships.")], structured=[reply_text(situation_json("Jonas"))]) as server:
        r = ask(server, tmp_path, retriever, example_team, llm_understand="parser")
    assert server.structured_requests == [] and len(server.requests) == 1
    assert person_of(r) == "Priya" and not any("understood it instead" in n for n in r.notices), r.notices


def test_auto_is_the_parser_on_a_loopback_endpoint_and_the_model_elsewhere():
    local = OpenAIBrain(load_settings(openai_base_url="http://127.0.0.1:8080/v1", llm_understand="auto"))
    remote = OpenAIBrain(load_settings(openai_base_url="https://llm.example.com/v1", llm_understand="auto"))
    assert not local.model_understands and remote.model_understands
    assert OpenAIBrain(load_settings(openai_base_url="http://localhost:11434/v1", llm_understand="model")).model_understands
    assert not OpenAIBrain(load_settings(openai_base_url="https://llm.example.com/v1", llm_understand="parser")).model_understands
