"""Reading a plan's tasks the way it was typed: chances said of one step, ranges without units, measured rates."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.quantities import find_percentages

TODAY = date(2026, 12, 4)


def _tasks(q: str) -> list[dict]:
    return parse_situation(q, None, TODAY).get("tasks") or []


def test_a_chance_belongs_to_the_step_it_follows_not_the_last_one():
    tasks = _tasks("two tracks in parallel: annotation (3-5 wks) and the distillation work (2-4 wks, and honestly 60/40 it fits the memory cap). "
                   "after both, a week of canary. launch is march 8. odds?")  # fmt: skip
    chances = {t["name"]: t.get("success_probability") for t in tasks}
    assert chances["distillation work"] == 0.6 and chances["canary"] is None


def test_a_range_without_a_unit_in_a_list_takes_its_neighbours_unit():
    names = {t["name"]: t["weeks"] for t in _tasks("left: data audit 2 weeks, retrain + eval 3 to 5, then 2 weeks of shadow. date at 80%?")}
    assert names["retrain eval"] == [3.0, 4.0, 5.0]


def test_a_task_that_needs_a_duration_is_named_by_what_needs_it():
    names = [t["name"] for t in _tasks("can it ship before xmas? cleanup is half a sprint, training 3 days, then the A/B needs a full week minimum")]
    assert names[-1] == "A/B"


def test_a_measured_rate_is_not_a_stated_chance():
    assert "success" not in find_percentages("recall 87.4% in the pilot (was 81.0), 3 of 5 sites live")
    assert find_percentages("honestly 70% it works")["success"].value == 0.7


def test_we_are_shut_is_a_break():
    s = parse_situation("forecast: cleanup 1-2 wks, training 2-3 wks. we're shut dec 24 thru jan 1. when can i promise it?", None, TODAY)
    assert s.get("days_off")[0] == "2026-12-24" and s.get("deadline") is None
