"""One person's own days off stretch only their tasks (tools/simulate.py: Assignee.days_off)."""

from datetime import date

from tools.simulate import PlanInput, forecast_completion

MON = date(2026, 12, 7)


def _plan(people: list[dict], *, chained: bool = False, holidays: list[date] | None = None) -> PlanInput:
    second = {"name": "eval harness", "optimistic": 5, "most_likely": 5, "pessimistic": 5, "assignee": "Ines"}
    if chained:
        second["depends_on"] = ["label audit"]
    tasks = [{"name": "label audit", "optimistic": 5, "most_likely": 5, "pessimistic": 5, "assignee": "Kofi"}, second]
    return PlanInput(tasks=tasks, people=people, start=MON, holidays=holidays or [], trials=200)


def test_a_persons_days_off_stretch_their_own_task():
    off = [{"name": "Kofi", "days_off": [date(2026, 12, 9), date(2026, 12, 10)]}]
    assert forecast_completion(_plan([])).p50.working_days == 5
    assert forecast_completion(_plan(off)).p50.working_days == 7  # Kofi's audit ends Tue 15 Dec


def test_days_off_of_someone_whose_task_runs_in_parallel_do_not_move_the_other_task():
    off = [{"name": "Ines", "days_off": [date(2026, 12, 8)]}]
    result = forecast_completion(_plan(off))
    assert result.p50.working_days == 6  # Ines's harness, not Kofi's audit, now ends last


def test_days_off_while_the_person_is_still_waiting_cost_nothing():
    waiting = [{"name": "Ines", "days_off": [date(2026, 12, 9)]}]  # her task only starts after Kofi's ends on the 11th
    working = [{"name": "Ines", "days_off": [date(2026, 12, 15)]}]
    assert forecast_completion(_plan(waiting, chained=True)).p50.working_days == 10
    assert forecast_completion(_plan(working, chained=True)).p50.working_days == 11


def test_a_persons_day_off_that_is_already_a_team_holiday_is_not_counted_twice():
    team = [date(2026, 12, 9)]
    off = [{"name": "Kofi", "days_off": [date(2026, 12, 9)]}]
    assert forecast_completion(_plan(off, holidays=team)).p50.working_days == forecast_completion(_plan([], holidays=team)).p50.working_days


def test_the_forecast_says_whose_days_off_it_placed():
    off = [{"name": "Kofi", "days_off": [date(2026, 12, 9), date(2026, 12, 10)]}]
    notes = " ".join(forecast_completion(_plan(off)).notes)
    assert "Kofi's own days off (Wed 09 Dec, Thu 10 Dec) stretch only the work assigned to Kofi" in notes


def test_the_forecast_says_when_someones_days_off_touch_none_of_the_plan():
    off = [{"name": "Dara", "days_off": [date(2026, 12, 9)]}]
    result = forecast_completion(_plan(off))
    assert result.p50.working_days == 5
    assert "Dara's own days off (Wed 09 Dec) do not move this plan: no task in it is Dara's." in result.notes


def test_a_part_time_person_stretches_only_their_tasks_and_the_forecast_says_so():
    half = [{"name": "Kofi", "capacity": 0.5}]
    result = forecast_completion(_plan(half))
    assert result.p50.working_days == 10
    assert "Kofi works on this at 50% of their time, so each of their tasks takes 2 times as long as its estimate." in result.notes


def test_putting_a_part_time_person_on_it_full_time_is_a_lever_that_is_re_simulated():
    from tools.simulate import PrescribeInput, prescribe

    plan = _plan([{"name": "Kofi", "capacity": 0.5}]).model_copy(update={"deadline": date(2026, 12, 14)})
    changes = {c.kind: c for c in prescribe(PrescribeInput(plan=plan)).changes}
    assert changes["full_time"].description == "Put Kofi on it full time (now 50%)"
    assert changes["full_time"].deadline_probability == 1.0 and changes["full_time"].reaches_target


def test_a_share_that_ends_on_a_date_stretches_their_work_only_until_then():
    until = [{"name": "Kofi", "capacity": 0.5, "capacity_until": date(2026, 12, 11)}]
    whole = forecast_completion(_plan([{"name": "Kofi", "capacity": 0.5}]))
    result = forecast_completion(_plan(until))
    assert 5 < result.p50.working_days < whole.p50.working_days
    assert any(n.startswith("Kofi works on this at 50% of their time until Fri 11 Dec") and "full time after" in n for n in result.notes)


def test_a_share_until_a_date_is_days_off_spread_evenly_over_the_working_days():
    from tools.simulate import Assignee

    kofi = Assignee(name="Kofi", capacity=0.6, capacity_until=date(2026, 12, 18))
    off = kofi.share_days_off(date(2026, 12, 7), [])
    assert len(off) == 4 and all(d.weekday() < 5 for d in off)  # 40% of ten working days
    assert Assignee(name="Kofi", capacity=0.6).share_days_off(date(2026, 12, 7), []) == []
