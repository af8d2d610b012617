"""The forecast checks itself against the plain sum of the most likely estimates and names what drives a big gap."""

from tools.simulate import PlanInput, WorkItem, forecast_completion


def _check(notes: list[str]) -> list[str]:
    return [n for n in notes if n.startswith("Check:")]


def test_retry_rounds_that_double_the_plain_sum_are_named():
    plan = PlanInput(tasks=[WorkItem(name="calibrate", optimistic=6, most_likely=8, pessimistic=12, success_probability=0.35, retry_until_success=True),
                            WorkItem(name="sign-off", optimistic=1, most_likely=2, pessimistic=3, depends_on=["calibrate"])], trials=2000)  # fmt: skip
    notes = _check(forecast_completion(plan).notes)
    assert len(notes) == 1 and "'calibrate'" in notes[0] and "10 working days" in notes[0]


def test_a_plan_that_matches_its_plain_sum_says_nothing():
    plan = PlanInput(tasks=[WorkItem(name="scrape", optimistic=3, most_likely=4, pessimistic=6),
                            WorkItem(name="dedupe", optimistic=2, most_likely=3, pessimistic=5, depends_on=["scrape"]),
                            WorkItem(name="docs", optimistic=2, most_likely=3, pessimistic=4)], trials=2000)  # fmt: skip
    assert _check(forecast_completion(plan).notes) == []


def test_a_step_retried_until_it_works_says_what_a_miss_costs():
    plan = PlanInput(tasks=[WorkItem(name="fit curves", optimistic=5, most_likely=6, pessimistic=9, success_probability=0.6, retry_until_success=True,
                                     retry_duration=4),
                            WorkItem(name="pilot", optimistic=5, most_likely=5, pessimistic=5, depends_on=["fit curves"])], trials=1000)  # fmt: skip
    note = next(n for n in forecast_completion(plan).notes if n.startswith("'fit curves'"))
    assert "60%" in note and "about 4 working days" in note
