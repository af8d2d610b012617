"""A team project already under way is forecast from what its owner says is left, counted from today (the task plan
runs from the project's start and says nothing about what is done), and the answer says so with its units; a date at
a confidence no date reaches is still given, with its condition, in the answer's own line."""

from __future__ import annotations

import json
from datetime import date

from agent.brains.offline import plan_input
from agent.compose import compose_planning
from agent.situation import Situation
from tools.simulate import PlanInput, forecast_completion
from tests.support.teams import launch_waits_for_the_fine_tune
from tools.team import load_team


def _situation(level: float | None = None) -> Situation:
    s = Situation(intents=["planning"])
    s.put("project", "Fraud model v3", "question", "fraud v3")
    s.put("deadline", "2026-12-23", "question", "the 23rd")
    if level is not None:
        s.put("confidence_level", level, "question", f"{level:g}%")
    return s


def _records(plan: dict) -> list[dict]:
    result = forecast_completion(PlanInput.model_validate(plan))
    return [{"name": "forecast_completion", "arguments": json.loads(json.dumps(plan, default=str)),
             "result": result.model_dump(mode="json"), "error": None}]


def test_a_project_under_way_is_counted_from_today_on_its_owners_estimate(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    plan = plan_input(_situation(), team, date(2026, 12, 9))
    names = [t["name"] for t in plan["tasks"]]
    assert names[0] == "Priya's remaining work" and "Shadow deployment" in names
    assert not {"Finish feature backfill", "Train and tune", "Offline evaluation"} & set(names)  # Priya's own tasks
    first = plan["tasks"][0]
    assert (first["optimistic"], first["most_likely"], first["pessimistic"]) == (7.5, 10, 15)  # weeks, as working days
    shadow = next(t for t in plan["tasks"] if t["name"] == "Shadow deployment")
    assert shadow["depends_on"] == ["Priya's remaining work"]
    assert plan["start"] == "2026-12-09"
    text = "\n".join(compose_planning(_records(plan), _situation()))
    assert "on Priya's own estimate of what is left (1.5-3 weeks, most likely 2; a week is 5 working days)" in text


def test_on_its_start_day_the_task_plan_is_used_as_written(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    plan = plan_input(_situation(), team, date(2026, 11, 23))
    assert "Train and tune" in [t["name"] for t in plan["tasks"]]
    assert "own estimate" not in "\n".join(compose_planning(_records(plan), _situation()))


def test_a_confidence_no_date_reaches_leads_with_the_date_and_its_condition(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = _situation(90)
    text = "\n".join(compose_planning(_records(plan_input(s, team, date(2026, 12, 9))), s))
    assert "- **The 90% date: " in text and ", if Priya's approach works**" in text
    assert text.index("The 90% date") < text.index("No date reaches 90%")


def test_an_owner_whose_tasks_are_not_one_block_at_the_front_keeps_the_task_plan(repo_root):
    team = launch_waits_for_the_fine_tune(load_team(repo_root / "examples" / "team.yaml"))
    # Tom's rubric feeds Priya's model while his baseline runs on, and the launch waits for both
    s = Situation(intents=["planning"])
    s.put("project", "LLM summarizer", "question", "the summarizer")
    plan = plan_input(s, team, date(2026, 12, 9))
    assert "Tom's remaining work" not in [t["name"] for t in plan["tasks"]]


def test_work_the_release_does_not_wait_for_is_left_out_and_said_so(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")  # the launch review waits only for the prompted baseline
    s = Situation(intents=["planning"])
    s.put("project", "LLM summarizer", "question", "the summarizer")
    plan = plan_input(s, team, date(2026, 11, 23))
    assert "Fine-tuned model" not in [t["name"] for t in plan["tasks"]] and plan["left_out"] == ["Fine-tuned model"]
    text = "\n".join(compose_planning(_records(plan), s))
    assert "Left out: 'Fine-tuned model', which the release does not wait for: 'Launch review' waits only for" in text


def test_stated_steps_start_on_the_stated_day_and_a_retried_step_repeats_until_it_works() -> None:
    s = Situation(intents=["stakeholder_message"])
    s.put("start_date", "2026-12-14", "question", "the 14th")
    s.put("tasks", [{"name": "clean logs", "weeks": [1, 1.5, 2], "unit": "week"},
                    {"name": "fine-tune", "weeks": [3, 3, 3], "unit": "week", "success_probability": 0.6, "retry": True}], "question", "steps")
    plan = plan_input(s, None, date(2026, 12, 4))
    assert plan["start"] == "2026-12-14" and plan["today"] == "2026-12-04"
    tuned = plan["tasks"][1]
    assert tuned["retry_until_success"] is True and tuned["depends_on"] == ["clean logs"]
    assert forecast_completion(PlanInput.model_validate(plan)).failure_share == 0  # a failed round is done again, not the end


def test_a_date_asked_for_one_step_counts_that_step_and_what_it_waits_for_on_their_own_estimates() -> None:
    team = load_team("examples/team.yaml")
    s = Situation(intents=["planning"])
    s.put("project", "LLM summarizer", "question", "the summarizer")
    s.put("milestone", "Prompted baseline", "question", "prompted baseline")
    s.put("confidence_level", 85.0, "question", "85%")
    plan = plan_input(s, team, date(2026, 12, 4))
    assert [t["name"] for t in plan["tasks"]] == ["Evaluation rubric and test set", "Prompted baseline"]  # no launch review, no fine-tune
    assert plan["tasks"][1]["success_probability"] == 0.9 and plan.get("deadline") is None  # its own odds, not the owner's overall ones
    records = _records(plan)
    lines = compose_planning(records, s)
    assert lines[0].startswith("**LLM summarizer, up to prompted baseline:** **The 85% date: ")
    assert any("task plan up to Prompted baseline" in x for x in lines)


def test_work_needed_in_place_for_a_date_is_forecast_to_the_working_day_before():
    from agent.understanding import parse_situation

    q = "will the route optimiser be live for the monday march 1st fleet rollout? left: map cleanup 2-3 wks, tuning 2 wks, pilot 1 wk"
    s = parse_situation(q, None, date(2026, 12, 4))
    assert s.get("ready_before") is True
    plan = plan_input(s, None, date(2026, 12, 4))
    assert plan["deadline"] == "2027-02-26"  # Friday: the rollout starts Monday morning


def test_a_retry_round_of_a_stated_length_reaches_the_simulation_in_the_plans_unit():
    from agent.understanding import parse_situation

    q = "odds for mar 5? left: data pull 5-8 days, eval 4 days (maybe 60% it passes first time, otherwise another 6 day round), rollout 3 days"
    plan = plan_input(parse_situation(q, None, date(2026, 12, 4)), None, date(2026, 12, 4))
    evals = next(t for t in plan["tasks"] if t["name"].startswith("eval"))
    assert plan["unit"] == "days" and evals["retry_until_success"] and evals["retry_duration"] == 6.0


def test_a_date_asked_for_a_later_step_by_someone_else_waits_on_what_the_owner_says_is_left(repo_root):
    from agent.understanding import parse_situation

    team = load_team(repo_root / "examples" / "team.yaml")
    q = "what are the chances fraud v3's shadow deployment wraps up in time? be honest"
    s = parse_situation(q, team, date(2026, 12, 9))
    assert s.get("milestone") == "Shadow deployment" and s.get("deadline") == "2026-12-18"  # the project's own date
    plan = plan_input(s, team, date(2026, 12, 9))
    names = [t["name"] for t in plan["tasks"]]
    assert names == ["Priya's remaining work", "Shadow deployment"]  # Sam's step waits on all Priya says is left (b42-u06)
    assert plan["deadline"] == "2026-12-18" and plan["start"] == "2026-12-09"
    text = "\n".join(compose_planning(_records(plan), s))
    assert "on Priya's own estimate of what is left" in text and "task plan up to" not in text


def test_naming_no_step_still_counts_the_owners_estimate(repo_root):
    from agent.understanding import parse_situation

    team = load_team(repo_root / "examples" / "team.yaml")
    s = parse_situation("honest odds fraud v3 is done in time?", team, date(2026, 12, 9))
    assert not s.has("milestone")
    assert plan_input(s, team, date(2026, 12, 9))["tasks"][0]["name"] == "Priya's remaining work"


def test_a_release_said_to_go_out_on_one_step_leaves_out_the_rest_and_takes_that_steps_chance(repo_root):
    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["planning"])
    s.put("project", "LLM summarizer", "question", "the summarizer")
    s.put("ships_on", "Prompted baseline", "question", "we go live with the prompted baseline")
    plan = plan_input(s, team, date(2026, 12, 9))
    names = [t["name"] for t in plan["tasks"]]
    assert "Fine-tuned model" not in names and names[-1] == "Launch review"
    assert plan["tasks"][0]["name"] == "Tom's remaining work" and plan["tasks"][0]["success_probability"] == 0.9  # the baseline's, not Tom's 0.6
    s.drop("ships_on")
    assert plan_input(s, team, date(2026, 12, 9))["tasks"][0]["success_probability"] == 0.6
