"""The plan and the budget as the manager stated them reach the tools: two tracks said to run at once are simulated in
parallel with the step that waits for both after them (and the answer names the track that decides the date), a stated
interruption budget is the one triage weighs against and the cost against it is said, and team-file estimates are
counted in the unit the file gives."""

from __future__ import annotations

from datetime import date

from tools.team import parse_team


def _calls(result, name):
    return [t for t in result.tool_calls if t.name == name]


def test_two_tracks_at_once_then_a_step_after_both(offline_copilot):
    q = ("when can we launch the returns classifier? two things going at once: label cleanup 2 to 3 wks and the vendor "
         "webhook 4 to 6 wks. the soft launch only starts once both are done and takes 1 week. we start monday")
    r = offline_copilot.ask(q)
    (call,) = _calls(r, "forecast_completion")
    tasks = {t["name"]: t for t in call.arguments["tasks"]}
    waits = [t for t in tasks.values() if t["depends_on"]]
    assert len(waits) == 1 and sorted(waits[0]["depends_on"]) == sorted(n for n in tasks if n != waits[0]["name"])
    assert "vendor webhook" in r.answer and "decides the date" in r.answer


def test_a_stated_days_of_team_time_is_the_triage_budget(offline_copilot):
    q = ("i have about 3 days of team time this week besides the roadmap. asks:\n"
         "- Nadia (support): the refund bot is answering in french to english users since yesterday\n"
         "- Omar (sales): a one-off export of churned accounts, no rush")
    (call,) = _calls(offline_copilot.ask(q), "triage_inbox")
    assert call.arguments["interruption_budget_days"] == 3


def test_a_single_ask_is_costed_against_the_weekly_budget(offline_copilot, example_team):
    q = "legal wants tom to spend 3 days on a data retention write-up before the 16th. he's on the rubric. ok to say yes?"
    r = offline_copilot.ask(q, team=example_team)
    (call,) = _calls(r, "triage_request")
    assert call.arguments["team_budget_remaining_days"] == example_team.interruption_budget_days


def test_the_cost_against_the_budget_is_said():
    from agent.compose import _of_budget

    assert "whole of this week's 2-day interruption budget" in _of_budget(2, 2)
    assert "1 more" in _of_budget(3, 2)
    assert "(3 left for anything else)" in _of_budget(1, 4)
    assert _of_budget(1, None) == ""


def test_a_team_file_in_weeks_is_counted_in_weeks():
    data = {"projects": [{"name": "Search rerank", "unit": "weeks", "start": "2026-12-07",
                          "tasks": [{"name": "Labels", "optimistic": 1, "most_likely": 2, "pessimistic": 3}]}]}  # fmt: skip
    project = parse_team(data).project("search rerank")
    assert project.weeks_for() == (1, 2, 3) and project.days(2) == 10
    from tools.simulate import plan_from_project

    assert plan_from_project(project, today=date(2026, 12, 4)).unit == "weeks"
    days = parse_team({"projects": [{"name": "P", "tasks": [{"name": "T", "optimistic": 5, "most_likely": 10, "pessimistic": 15}]}]})
    assert days.project("p").weeks_for() == (1, 2, 3)
