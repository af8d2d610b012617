"""A model that answers a question needing a computing tool without running it (its numbers and recommendation then
trace to nothing) is caught before the answer leaves: the offline brain runs the tools instead, and a notice says why.
Driven through the real client against the scripted server, including its `prose` mode (answers in prose with
invented numbers)."""

from __future__ import annotations

from agent.brains.openai_brain import OpenAIBrain
from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY
from tests.support.scripted_openai import INVENTED_ANSWER, OFF_TOPIC_ANSWER, ScriptedOpenAI, endpoint_like, reply_from_tool_result, reply_text, reply_tool

HEADLINE = "My VP wants Priya off the fraud model on Monday and onto the LLM summarizer (4 to 8 weeks, most likely 6). She has two weeks left. How do I respond?"
FORECAST = "When will the fraud model v3 project land, and what are the odds of hitting its deadline?"
COMPARE = {"person": "Priya", "new_work": "LLM summarizer", "new_work_weeks": [4, 6, 8]}


def ask(server, tmp_path, retriever, question, team):
    settings = load_settings(openai_base_url=server.url, openai_api_key="sk-test", model="scripted-model", brain="openai", llm_retries=0)
    copilot = Copilot(settings, brain=OpenAIBrain(settings), retriever=retriever, checkpointer_path=tmp_path / "c.sqlite", today=TODAY)
    try:
        return copilot.ask(question, team=team)
    finally:
        copilot.close()


def test_a_whatif_answered_in_prose_with_invented_numbers_is_recomputed_by_the_tools(tmp_path, retriever, example_team):
    with ScriptedOpenAI([], default=endpoint_like("prose")) as server:
        r = ask(server, tmp_path, retriever, HEADLINE, example_team)
    assert len(server.requests) == 1  # the model was asked once and answered without a tool
    assert r.brain == "offline (fallback)" and r.model is None
    assert any("without running compare_strategies" in n and "offline brain" in n for n in r.notices), r.notices
    ran = [t for t in r.tool_calls if t.name == "compare_strategies"]
    assert ran and ran[0].error is None and ran[0].result["recommendation"]
    assert "87.3" not in r.answer and "13.7" not in r.answer
    assert len(r.usage["requests"]) == 1  # the model's request still counts in the turn's usage


def test_a_forecast_answered_in_prose_is_recomputed(tmp_path, retriever, example_team):
    with ScriptedOpenAI([], default=endpoint_like("prose")) as server:
        r = ask(server, tmp_path, retriever, FORECAST, example_team)
    assert r.brain == "offline (fallback)"
    assert any("without running forecast_completion" in n for n in r.notices), r.notices
    assert any(t.name == "forecast_completion" and t.error is None for t in r.tool_calls)
    assert "87.3" not in r.answer


def test_an_unrelated_tool_does_not_stand_in_for_the_one_needed(tmp_path, retriever, example_team):
    script = [reply_tool("search_guidance", {"query": "moving people mid-project"}), reply_text(INVENTED_ANSWER)]
    with ScriptedOpenAI(script) as server:
        r = ask(server, tmp_path, retriever, HEADLINE, example_team)
    assert r.brain == "offline (fallback)" and any("without running compare_strategies" in n for n in r.notices), r.notices
    assert "87.3" not in r.answer and len(r.usage["requests"]) == 2


def test_an_answer_that_rests_on_the_tool_stands(tmp_path, retriever, example_team):
    script = [reply_tool("compare_strategies", COMPARE), reply_text("Let Priya finish the fraud model first; the what-if favours it.")]
    with ScriptedOpenAI(script) as server:
        r = ask(server, tmp_path, retriever, HEADLINE, example_team)
    assert r.brain == "scripted-model" and not any("offline brain" in n for n in r.notices)
    assert r.answer == "Let Priya finish the fraud model first; the what-if favours it."


def test_a_question_needing_no_computation_keeps_the_model_answer(tmp_path, retriever):
    reply = "Ask what they are proud of this month, then one thing to change; keep it specific."
    with ScriptedOpenAI([reply_text(reply)]) as server:
        r = ask(server, tmp_path, retriever, "How do I give feedback to a senior engineer?", None)
    assert r.brain == "scripted-model" and r.answer == reply and not r.notices


def test_an_answer_narrating_a_tool_call_is_replaced(tmp_path, retriever, example_team):
    script = [reply_tool("build_agenda", {"person": "Marco"}), reply_text("I'll call build_agenda with Marco and 30 minutes to prepare the 1:1.")]
    with ScriptedOpenAI(script) as server:
        r = ask(server, tmp_path, retriever, "Prepare my 1:1 with Marco", example_team)
    assert r.brain == "offline (fallback)" and any("talked about calling build_agenda" in n for n in r.notices), r.notices
    assert "build_agenda" not in r.answer and any(t.name == "build_agenda" and t.error is None for t in r.tool_calls[1:])


TRIAGE = "Which of the incoming requests should reach my team this week?"


def test_an_answer_about_something_else_after_the_right_tool_falls_back(tmp_path, retriever, example_team):
    with ScriptedOpenAI([reply_tool("triage_inbox", {}), reply_text(OFF_TOPIC_ANSWER)]) as server:
        r = ask(server, tmp_path, retriever, TRIAGE, example_team)
    assert r.brain == "offline (fallback)", r.answer
    assert any("did not use the triage verdicts that triage_inbox computed" in n and "offline brain" in n for n in r.notices), r.notices
    assert "Fraud alerts spiking" in r.answer and "first, today" in r.answer and "To address the stakeholder message" not in r.answer
    assert len(r.usage["requests"]) == 2


def test_a_forecast_answer_without_its_dates_or_odds_falls_back(tmp_path, retriever, example_team):
    vague = "The expected completion date for the fraud model v3 project, based on the forecast completion results, is approximately 16."
    with ScriptedOpenAI([reply_tool("forecast_completion", {"project": "fraud model v3"}), reply_text(vague)]) as server:
        r = ask(server, tmp_path, retriever, FORECAST, example_team)
    assert r.brain == "offline (fallback)" and any("the forecast's dates and odds" in n for n in r.notices), r.notices
    assert "approximately 16" not in r.answer and "%" in r.answer


def test_an_answer_written_from_the_tool_result_stands(tmp_path, retriever, example_team):
    def verdicts(result):
        return "\n".join(f"- {d['title']}: {d['decision'].replace('_', ' ')}." for d in result["decisions"])

    with ScriptedOpenAI([reply_tool("triage_inbox", {}), reply_from_tool_result(verdicts)]) as server:
        r = ask(server, tmp_path, retriever, TRIAGE, example_team)
    assert r.brain == "scripted-model" and not any("offline brain" in n or "left out" in n for n in r.notices), r.notices
    assert r.answer.startswith("- Fraud alerts spiking") and "From the tool results" not in r.answer


def test_a_result_left_out_is_appended_from_the_tool_results(tmp_path, retriever, example_team):
    draft = {"purpose": "respond_to_reprioritization", "audience": "vp", "decision": "Priya finishes fraud model v3 first"}
    script = [reply_tool("compare_strategies", COMPARE), reply_tool("draft_message", draft),
              reply_text("Let Priya finish the fraud model first; the what-if favours it.")]  # fmt: skip
    with ScriptedOpenAI(script) as server:
        r = ask(server, tmp_path, retriever, HEADLINE, example_team)
    assert r.brain == "scripted-model", r.notices
    assert any("left out the drafted message" in n for n in r.notices), r.notices
    head, _, added = r.answer.partition("**From the tool results**")
    assert head.startswith("Let Priya finish the fraud model first") and added
    body = next(t.result["body"] for t in r.tool_calls if t.name == "draft_message")
    assert body.splitlines()[0] in added


def test_an_agenda_left_out_is_appended_not_replaced(tmp_path, retriever, example_team):
    with ScriptedOpenAI([reply_tool("build_agenda", {"person": "Marco"}), reply_text("Here is the agenda for your 1:1.")]) as server:
        r = ask(server, tmp_path, retriever, "Prepare my 1:1 with Marco", example_team)
    assert r.brain == "scripted-model" and any("left out the agenda's items" in n for n in r.notices), r.notices
    first = next(t.result["items"][0]["title"] for t in r.tool_calls if t.name == "build_agenda")
    assert r.answer.startswith("Here is the agenda for your 1:1.") and first in r.answer.partition("**From the tool results**")[2]
