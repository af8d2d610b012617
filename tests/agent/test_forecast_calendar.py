"""Forecast answers over the year end: the offline answer says how its dates treat the holidays, with the team
file's days off or without them, and every number in that sentence traces to the tool result."""

from __future__ import annotations

from datetime import date

from tests.agent.numbers import unsupported_numbers
from tests.support.teams import launch_waits_for_the_fine_tune

QUESTION = "What are the odds the summarizer lands by its deadline?"
YEAR_END_OFF = [date(2026, 12, 24), date(2026, 12, 25), date(2026, 12, 28), date(2026, 12, 29),
                date(2026, 12, 30), date(2026, 12, 31), date(2027, 1, 1)]


def _forecast(result):
    (call,) = [t for t in result.tool_calls if t.name == "forecast_completion"]
    return call


def _grounded(result):
    calls = [{"name": t.name, "arguments": t.arguments, "result": t.result} for t in result.tool_calls]
    assert unsupported_numbers(result.answer, QUESTION, "", calls) == []


def test_without_days_off_the_dates_skip_an_assumed_year_end_break_and_say_so(offline_copilot, example_team):
    r = offline_copilot.ask(QUESTION, team=launch_waits_for_the_fine_tune(example_team))
    call = _forecast(r)
    assert call.result["calendar_note"] in r.answer
    assert "no dates were given for the break, so the dates skip an assumed break from 24 Dec to 1 Jan" in r.answer
    assert set(YEAR_END_OFF) <= {date.fromisoformat(d) for d in call.arguments["assumed_holidays"]}
    dates = [date.fromisoformat(call.result[k]["date"]) for k in ("p50", "p80", "p95")]
    assert all(d not in YEAR_END_OFF for d in dates)  # never a P80 on Christmas Day
    _grounded(r)


def test_with_days_off_the_dates_skip_them_and_the_answer_says_how_many(offline_copilot, example_team):
    team = launch_waits_for_the_fine_tune(example_team).model_copy(update={"holidays": YEAR_END_OFF})
    r = offline_copilot.ask(QUESTION, team=team)
    call = _forecast(r)
    assert call.arguments["holidays"] == [d.isoformat() for d in YEAR_END_OFF]
    dates = [date.fromisoformat(call.result[k]["date"]) for k in ("p50", "p80", "p95")]
    assert all(d.weekday() < 5 and d not in YEAR_END_OFF for d in dates)
    assert "the dates skip the 7 weekdays off given" in r.answer
    _grounded(r)


def test_a_drafted_reply_over_the_year_end_carries_the_sentence_above_the_draft(offline_copilot):
    q = ("my head of product Sofia keeps asking for just a date on the ranking model. left: features 2 wks, "
         "training 3 to 5 wks, eval 1 wk. write to her")
    r = offline_copilot.ask(q)
    note = _forecast(r).result["calendar_note"]
    assert note and "year-end holidays" in note
    assert r.answer.index(note) < r.answer.index("Hi Sofia")
    calls = [{"name": t.name, "arguments": t.arguments, "result": t.result} for t in r.tool_calls]
    assert unsupported_numbers(r.answer, q, "", calls) == []


def _draft_body(result) -> str:
    (call,) = [t for t in result.tool_calls if t.name == "draft_message"]
    return call.result["body"]


def test_the_drafted_body_that_states_dates_over_the_year_end_carries_the_reader_caveat(offline_copilot):
    q = ("my head of product Sofia keeps asking for just a date on the ranking model. left: features 2 wks, "
         "training 3 to 5 wks, eval 1 wk. write to her")
    r = offline_copilot.ask(q)
    caveat = _forecast(r).result["calendar_caveat"]
    assert caveat == "These dates allow for a break over the year-end holidays."
    assert caveat in _draft_body(r)


def test_with_the_days_off_in_the_team_file_the_body_says_the_dates_allow_for_them(offline_copilot, example_team):
    team = launch_waits_for_the_fine_tune(example_team).model_copy(update={"holidays": YEAR_END_OFF})
    r = offline_copilot.ask("Draft a note to our VP Victor on whether the summarizer makes its deadline", team=team)
    body = _draft_body(r)
    assert "already allow for the team's days off over the year-end holidays" in body
