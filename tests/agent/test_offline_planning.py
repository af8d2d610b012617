"""The offline brain's planning from a manager's own wording: sensitive routing, single requests vs the
inbox, plans from stated estimates, named-project deadlines, draft purposes and guidance substance."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from agent.understanding.people import find_projects
from agent.intents import SENSITIVE_RE, classify_intent
from tests.agent.numbers import unsupported_numbers

ROOT = Path(__file__).resolve().parents[2]


def _calls(result, name):
    return [t for t in result.tool_calls if t.name == name]


def _numbers_ok(result, question, team_text=""):
    calls = [{"name": t.name, "arguments": t.arguments, "result": t.result} for t in result.tool_calls]
    assert unsupported_numbers(result.answer, question, team_text, calls) == []


# ---------------------------------------------------------------- sensitive rules
@pytest.mark.parametrize(
    "text",
    [
        "Should I let Jonas go before his probation ends?",
        "I have to fire one of my engineers for missing deadlines.",
        "Her H1B depends on this role; what happens if we reorganise?",
        "He asked about his work permit if we move him to the Berlin office.",
        "An analyst needs medical leave for a few weeks; how do I plan around it?",
        "HR says we have layoffs next month and I must pick names.",
        "Can we terminate Ola's contract early?",
        "Tom says a teammate mocks his age in standups.",
    ],
)
def test_employment_immigration_and_health_topics_are_sensitive(text):
    assert SENSITIVE_RE.search(text)
    assert classify_intent(text).intent == "sensitive"


@pytest.mark.parametrize(
    "text",
    [
        "Fire off a quick note to product about the delay.",
        "pip install keeps failing on the training box.",
        "We need to terminate the stuck training job.",
        "The team is firing on all cylinders this sprint.",
        "Let it go to the next planning cycle.",
        "We need executive sponsorship for the platform work.",
        "Do I let him go help the on-call engineer?",
    ],
)
def test_everyday_phrases_are_not_sensitive(text):
    assert not SENSITIVE_RE.search(text)


# ---------------------------------------------------------------- extraction
def test_a_distinctive_word_names_a_project(example_team):
    assert find_projects("Is the summarizer on track?", example_team) == ["LLM summarizer"]
    # Generic words ("model", "feature") alone name nothing; order follows the text.
    assert find_projects("the new model and feature work", example_team) == []
    assert find_projects("summarizer first, then fraud model v3", example_team) == ["LLM summarizer", "Fraud model v3"]


def test_one_named_request_is_triaged_alone(offline_copilot, example_team):
    q = "Raj from on-call wants Sam on the spiking fraud alerts right now. Do I let him go help?"
    r = offline_copilot.ask(q, team=example_team)
    assert r.intent == "triage"
    assert not _calls(r, "triage_inbox")
    (call,) = _calls(r, "triage_request")
    assert call.arguments["request"]["kind"] == "incident"
    assert "Sam" in r.answer


def test_the_inbox_is_triaged_when_asked_about_it(offline_copilot, example_team):
    r = offline_copilot.ask("Go through my inbox and tell me which asks can wait.", team=example_team)
    assert _calls(r, "triage_inbox") and not _calls(r, "triage_request")


def test_pasted_requests_are_triaged_together_against_the_stated_budget(offline_copilot):
    q = "triage pls, 2 days of interrupt capacity\n> can you pull churn by region by friday – Ana (sales)\n> the ranking dashboard is down – Kai, ops"
    r = offline_copilot.ask(q)
    (call,) = _calls(r, "triage_inbox")
    assert [x["requester"] for x in call.arguments["requests"]] == ["Ana", "Kai"]
    assert call.arguments["interruption_budget_days"] == 2 and call.arguments["requests"][1]["kind"] == "incident"
    assert "Ana" in r.answer or "churn by region" in r.answer


def test_pasted_requests_are_triaged_on_the_team_calendar(offline_copilot, example_team):
    from datetime import date

    team = example_team.model_copy(update={"holidays": [date(2026, 12, 24), date(2026, 12, 25)]})
    q = "triage pls, 2 days of interrupt capacity\n> can you pull churn by region by friday – Ana (sales)\n> the ranking dashboard is down – Kai, ops"
    (call,) = _calls(offline_copilot.ask(q, team=team), "triage_inbox")
    assert call.arguments["holidays"] == ["2026-12-24", "2026-12-25"]


def test_request_described_without_a_team_file(offline_copilot):
    q = "Marketing wants a quick attribution analysis, about 2 days of work, by Thursday. Should my analyst take it?"
    r = offline_copilot.ask(q)
    (call,) = _calls(r, "triage_request")
    assert call.arguments["request"]["effort_days"] == 2
    assert call.arguments["request"]["kind"] == "ad_hoc_analysis"
    assert "attribution" in r.answer
    _numbers_ok(r, q)


def test_plan_from_stated_estimates(offline_copilot):
    q = (
        "No team file yet: labelling takes 2/4/7 days, then fine-tuning 6/9/20 days with a 60% chance it works. "
        "What finish can I promise at 90% confidence?"
    )
    r = offline_copilot.ask(q)
    assert r.intent == "planning"
    (call,) = _calls(r, "forecast_completion")
    tasks = call.arguments["tasks"]
    assert [t["most_likely"] for t in tasks] == [4, 9]
    assert tasks[1]["depends_on"] == [tasks[0]["name"]]
    assert tasks[1]["success_probability"] == pytest.approx(0.6)
    assert "90%" in r.answer
    _numbers_ok(r, q)


def test_named_project_sets_the_deadline(offline_copilot, example_team):
    r = offline_copilot.ask("What are the odds the summarizer lands by its deadline?", team=example_team)
    (call,) = _calls(r, "forecast_completion")
    assert call.arguments["deadline"] == example_team.project("LLM summarizer").deadline.isoformat()
    assert "LLM summarizer" in r.answer


def test_two_named_projects_get_two_forecasts(offline_copilot, example_team):
    r = offline_copilot.ask("Can the team land both the summarizer and fraud model v3 this quarter?", team=example_team)
    calls = _calls(r, "forecast_completion")
    # The question's own date ("this quarter") beats each project's deadline in the team file.
    assert len(calls) == 2 and {c.arguments["deadline"] for c in calls} == {"2026-12-31"}
    assert "LLM summarizer" in r.answer and "Fraud model v3" in r.answer


def test_stated_ranges_without_a_team_file_stay_grounded(offline_copilot):
    q = "My engineer put 4 weeks into a search model and has 2 to 5 weeks left, most likely 3. Product wants her on an urgent pilot. Move her?"
    r = offline_copilot.ask(q)
    (call,) = _calls(r, "compare_strategies")
    cur = call.arguments["current"]
    assert (cur["remaining_low"], cur["remaining_likely"], cur["remaining_high"], cur["weeks_invested"]) == (2, 3, 5, 4)
    _numbers_ok(r, q)


def test_unnamed_switch_compares_the_person_furthest_along(offline_copilot, example_team):
    r = offline_copilot.ask("The summarizer is suddenly the priority. Who should move over and who should finish first?", team=example_team)
    (call,) = _calls(r, "compare_strategies")
    assert call.arguments["current"]["person"] == "Priya"
    assert "Priya" in r.answer


def test_decline_draft_has_no_single_date_and_names_the_thing(offline_copilot, example_team):
    q = "I have to tell the sales lead we can't run the summarizer demo on Friday. Help me write it kindly."
    r = offline_copilot.ask(q, team=example_team)
    assert r.intent == "stakeholder_message"
    (call,) = _calls(r, "draft_message")
    assert call.arguments["purpose"] == "decline_or_negotiate"
    assert "demo" in call.result["body"] and call.result["lint"]["clean"]


def test_guidance_gives_substance_from_the_top_card(offline_copilot):
    r = offline_copilot.ask("How do I keep other teams from constantly interrupting my data scientists?")
    assert r.intent == "guidance" and not r.tool_calls
    head = r.answer.split("\n")[0]
    assert head.startswith("**In short:**") and len(head.split()) >= 20
    assert r.citations and "**What to do**" in r.answer


def test_no_invented_numbers_when_nothing_can_be_compared(offline_copilot):
    q = "Who should I pull onto the new partnership work?"
    r = offline_copilot.ask(q)
    assert not r.tool_calls
    _numbers_ok(r, q)


def test_sensitive_topics_get_a_specific_next_step(offline_copilot):
    r = offline_copilot.ask("One of my researchers asked if a reorg could put her work permit at risk.")
    assert r.intent == "sensitive" and not r.tool_calls
    assert "HR" in r.answer and "immigration counsel" in r.answer
    r = offline_copilot.ask("I'm going to fire Jonas on Friday; how do I do it?")
    assert "Talk to HR before you say anything to Jonas" in r.answer and "fair, documented process" in r.answer
    assert "You want it done quickly" in r.answer


def test_someones_current_work_is_forecast_from_the_team_file(offline_copilot, example_team):
    r = offline_copilot.ask("give me an 85% confidence date for the feature store migration", team=example_team)
    (call,) = _calls(r, "forecast_completion")
    work = next(p.current_work for p in example_team.people if p.current_work and p.current_work.project == "Feature store migration")
    (task,) = call.arguments["tasks"]
    assert (task["optimistic"], task["most_likely"], task["pessimistic"]) == (work.remaining_weeks_low, work.remaining_weeks_likely, work.remaining_weeks_high)
    assert "85%" in r.answer


def test_a_dictated_reply_is_drafted_even_when_the_new_work_is_unsized(offline_copilot, example_team):
    q = "my VP wants Lena on pricing from monday. reply to her: Lena finishes the graph milestone in ~3 weeks, or she can give pricing 2 days a week starting now"
    r = offline_copilot.ask(q, team=example_team)
    (draft,) = _calls(r, "draft_message")
    assert draft.arguments["facts"]["deadline_probability"] is None  # no odds computed on assumed numbers in the reply
    assert "Lena" in r.answer and "assumed" in r.answer.lower()


def test_the_agenda_is_dated_for_the_meeting(offline_copilot, example_team):
    r = offline_copilot.ask("1:1 on Thursday with Dev, joined three weeks ago, hasn't asked one question", team=example_team)
    (call,) = _calls(r, "build_agenda")
    from datetime import date, timedelta

    from tests.agent.conftest import TODAY

    thursday = (TODAY + timedelta(days=(3 - TODAY.weekday()) % 7 or 7)).isoformat()
    assert isinstance(TODAY, date) and call.arguments["today"] == thursday
    assert any(f["name"] == "meeting_date" and f["value"] == thursday for f in r.situation["facts"])


def test_a_planner_that_cannot_read_the_data_leaves_one_sentence_not_a_crash(monkeypatch):
    import agent.brains.offline as offline
    from agent.brains.base import TurnContext
    from agent.situation import Situation

    def broken(ctx):
        raise KeyError()  # no message: the notice still says something

    monkeypatch.setattr(offline, "plan_next", broken)
    ctx = TurnContext(question="When will the churn model ship?", intent="planning", situation=Situation(intents=["planning"]), team=None,
                      passages=[], messages=[], tool_calls=[], history=[], today=date(2026, 12, 4))  # fmt: skip
    step = offline.OfflineBrain().think(ctx)
    assert step.tool_calls == [] and step.content
    assert step.notices == ["Could not prepare the planning tool input from your data: KeyError"]


def test_asks_that_are_not_said_are_asked_for_not_triaged(offline_copilot):
    r = offline_copilot.ask("got 3 asks this morning and they all say urgent, where do i start")
    assert r.intent == "triage"
    assert not _calls(r, "triage_request") and not _calls(r, "triage_inbox")
    assert "one per line" in r.answer


def test_a_one_on_one_attendee_named_in_any_script_is_named_whole():
    from agent.brains.offline import _attendee

    assert _attendee("my first 1:1 with Kristýna is on wednesday", None, "Kristýna") == "Kristýna"
    assert _attendee("1:1 with Søren tomorrow", None, "Søren") == "Søren"
