"""Whether an answer uses the tool results it was computed from, judged on real tool results (the offline brain's
turns on the example team): the offline answers use theirs; answers about something else, or without the dates,
odds, recommendation, verdicts, items or archetype, do not."""

from __future__ import annotations

import pytest

from agent.result_use import unused_results

TRIAGE = "Which of the incoming requests should reach my team this week?"
FORECAST = "When will the fraud model v3 project land, and what are the odds of hitting its deadline?"
AGENDA = "Prepare my 1:1 with Marco"
WHATIF = "My VP wants Priya off the fraud model on Monday and onto the LLM summarizer (4 to 8 weeks, most likely 6). She has two weeks left. How do I respond?"
ARCHETYPE = "We're a 6-person ML team reporting to the CTO; product teams ask us for models and we own deployment. What kind of ML org are we?"
# What a local 1.5B model answered after running triage_inbox (2026-12-05): a decline message about one request.
DECLINE = (
    "To address the stakeholder message, I recommend the following:\n- **Decision**: Decline with an alternative\n"
    "- **Reason**: Low impact but it would pull Tom off focused work or ramp-up.\n- **Project**: Move Priya to the LLM summarizer on Monday"
)


@pytest.fixture(scope="module")
def turns(retriever, example_team, tmp_path_factory):
    """The offline brain's answer and tool records for each question."""
    from agent.service import Copilot
    from lead_core.settings import load_settings
    from tests.agent.conftest import TODAY

    copilot = Copilot(load_settings(brain="offline"), retriever=retriever, checkpointer_path=tmp_path_factory.mktemp("ru") / "c.sqlite", today=TODAY)
    try:
        out = {}
        for q in (TRIAGE, FORECAST, AGENDA, WHATIF, ARCHETYPE):
            turn = copilot.ask(q, team=example_team)
            out[q] = (turn.answer, [{"name": t.name, "result": t.result, "error": t.error} for t in turn.tool_calls])
        return out
    finally:
        copilot.close()


@pytest.mark.parametrize("question", [TRIAGE, FORECAST, AGENDA, WHATIF, ARCHETYPE])
def test_the_offline_answers_use_their_results(turns, question):
    answer, records = turns[question]
    assert records and unused_results(answer, records) == []


def test_a_decline_message_does_not_answer_a_triage_of_the_inbox(turns):
    _, records = turns[TRIAGE]
    assert unused_results(DECLINE, records) == ["triage_inbox"]
    named = "Fraud alerts go to the team now; you take the churn numbers yourself; hold the lineage audit for planning."
    assert unused_results(named, records) == []


def test_a_forecast_answer_needs_its_dates_or_odds(turns):
    _, records = turns[FORECAST]
    assert unused_results("The expected completion date, based on the forecast completion results, is approximately 16.", records) == [
        "forecast_completion"
    ]
    assert unused_results("About 85% to make the date.", records) == []
    assert unused_results("Most likely it lands around Dec 11th, a little before the deadline.", records) == []
    assert unused_results("Plan on roughly 3 working weeks.", records) == []
    assert unused_results("Plan on roughly 9 working weeks.", records) == ["forecast_completion"]


def test_an_agenda_answer_needs_its_items(turns):
    _, records = turns[AGENDA]
    assert unused_results("Ask Marco how he is and talk about the weather.", records) == ["build_agenda"]
    used = "Start by unblocking the training data snapshot job, then explain why the priority changed and ask for his topics."
    assert unused_results(used, records) == []


def test_a_whatif_answer_needs_its_recommendation(turns):
    _, records = turns[WHATIF]
    judged = [n for n in ("compare_strategies", "draft_message") if any(r["name"] == n for r in records)]
    said = {"switch_now": "Move her right away; the summarizer matters more.",
            "finish_first": "Let Priya finish the fraud model first, then move her."}
    best = next(r["result"]["recommendation"] for r in records if r["name"] == "compare_strategies")
    (other,) = set(said) - {best}
    assert "compare_strategies" in unused_results(said[other], records)
    assert "compare_strategies" not in unused_results(said[best], records)
    assert unused_results(said[other], records) == judged  # nor does it carry the drafted message


def test_an_archetype_answer_needs_the_archetype(turns):
    _, records = turns[ARCHETYPE]
    assert unused_results("You should hire a data engineer and set up an ML platform.", records) == ["score_archetype"]
    assert unused_results("You look most like an independent ML division.", records) == []


def test_failed_calls_and_tools_without_a_rule_ask_nothing():
    records = [{"name": "triage_inbox", "result": None, "error": "no inbox"}, {"name": "search_guidance", "result": [], "error": None}]
    assert unused_results("anything", records) == []
