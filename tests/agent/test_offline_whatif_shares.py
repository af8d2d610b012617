"""The offline what-if for a share of someone's week: each share the manager named is run the same way and compared
against the current work's own date, and the date survives or not in the answer's first line."""

from __future__ import annotations

from datetime import date

from agent.compose import compose_reprioritization
from agent.situation import Situation
from tests.support.plans import run_reprioritization

TODAY = date(2026, 12, 4)


def _situation(shares) -> Situation:
    s = Situation(intents=["reprioritization"])
    s.put("person", "Farhan", "question", "farhan")
    s.put("project", "catalog dedup", "question", "catalog dedup")
    s.put("remaining_weeks", [4.5, 5, 6.5], "question", "maybe five left")
    s.put("new_work", "interview loops", "question", "interview loops")
    s.put("new_work_weeks", [4.33, 4.33, 4.33], "question", "all of january")
    s.put("time_share", shares, "question", "2 days a week / 1 day a week")
    s.put("current_deadline", "2027-02-15", "question", "feb 15")
    return s


def _run(s: Situation) -> list[dict]:
    return run_reprioritization(s, TODAY)


def test_two_named_shares_are_both_run_against_the_current_works_date():
    records = _run(_situation([0.4, 0.2]))
    assert [r["arguments"]["split_fraction"] for r in records] == [0.4, 0.2]
    assert all(r["arguments"]["new_work"]["shape"] == "time_share" for r in records)
    assert all(r["arguments"]["current"]["due_date"] == "2027-02-15" for r in records)
    # A bigger share of the week never lands the current work earlier.
    p80 = [next(o for o in r["result"]["strategies"] if o["strategy"] == "split_capacity")["current_work"]["p80"] for r in records]
    assert p80[0] >= p80[1]
    text = "\n".join(compose_reprioritization(records, _situation([0.4, 0.2])))
    assert text.startswith("**Does Mon 15 Feb 2027 survive it?")
    first = text.split("\n")[0]
    assert "gives 40% of their time to interview loops" in first and "(P80)" in first
    assert "- At 20% of their time: catalog dedup lands by" in text and "a smaller yes" not in text  # both were asked
    assert "- Without it, catalog dedup lands by" in text


def test_a_large_share_is_run_beside_a_smaller_yes_and_a_small_one_beside_twice_itself():
    records = _run(_situation(0.4))
    assert [r["arguments"]["split_fraction"] for r in records] == [0.4, 0.2]
    text = "\n".join(compose_reprioritization(records, _situation(0.4)))
    assert "At 20% of their time (a smaller yes you could offer)" in text
    small = _run(_situation(0.2))
    assert [r["arguments"]["split_fraction"] for r in small] == [0.2, 0.4]  # a small share is also run at twice its size
    assert "At 40% of their time (if it grows to twice that)" in "\n".join(compose_reprioritization(small, _situation(0.2)))
    assert len(_run(_situation(0.3))) == 1


def test_a_date_that_is_where_the_share_ends_is_not_the_current_works_deadline():
    s = _situation(0.5)
    s.drop("current_deadline")
    s.put("start_date", "2026-12-07", "question", "from monday")
    s.put("new_work_weeks", [2.5, 2.5, 2.5], "question", "two and a half weeks")
    s.put("deadline", "2026-12-24", "question", "until we break for xmas")
    records = _run(s)
    assert records[0]["arguments"]["current"]["due_date"] is None
    text = "\n".join(compose_reprioritization(records, s))
    assert text.startswith("**If Farhan gives 50% of their time to interview loops, catalog dedup lands by")
    assert "survive" not in text.split("\n")[0]


def test_a_share_that_starts_later_leaves_the_current_work_alone_until_then():
    early, late = _situation(0.4), _situation(0.4)
    early.put("start_date", "2027-01-04", "question", "from jan 4")  # both after the year-end break: the same working days
    late.put("start_date", "2027-02-01", "question", "from feb 1")
    p80 = [next(o for o in _run(x)[0]["result"]["strategies"] if o["strategy"] == "split_capacity")["current_work"]["p80"]
           for x in (early, late)]
    assert p80[1] < p80[0]  # four more weeks of full time first: the current work is further along when the share begins


def test_a_date_already_at_risk_without_the_ask_is_said_in_the_headline_with_an_offer():
    s = Situation(intents=["reprioritization"])
    s.put("person", "Joss", "question", "joss")
    s.put("requester", "Pilar", "question", "pilar")
    s.put("project", "ranking model", "question", "ranking model")
    s.put("remaining_weeks", [2, 3, 4], "question", "two to four weeks")
    s.put("new_work", "survey analysis", "question", "survey analysis")
    s.put("new_work_weeks", [3, 3, 3], "question", "three weeks")
    s.put("time_share", 0.4, "question", "two days a week")
    s.put("current_deadline", "2026-12-22", "question", "dec 22")
    text = "\n".join(compose_reprioritization(_run(s), s))
    head = text.splitlines()[0]
    assert "already at risk without the ask" in head
    assert "What to offer Pilar:" in text


def test_a_share_of_the_week_for_a_set_period_assumes_no_date_for_the_new_work():
    from agent.understanding import parse_situation

    s = parse_situation("the data platform group wants odile one day a week for five weeks from feb 1. she has 3 to 5 "
                        "weeks left on the churn scorer. ok to say yes?", None, TODAY)
    assert s.get("time_share") and not s.has("deadline")  # the share ends by itself: no deadline is made up for it


def test_a_teammate_offered_instead_is_costed_from_the_team_file_and_a_later_start_past_the_period_is_no_offer(repo_root):
    from tools.team import load_team

    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["reprioritization"])
    s.put("person", "Priya", "question", "priya")
    s.put("project", "Fraud model v3", "team_file", "Priya's current work")
    s.put("remaining_weeks", [1.5, 2, 3], "team_file", "Priya's estimate")
    s.put("new_work", "chargeback triage", "question", "chargeback triage")
    s.put("new_work_weeks", [1, 1, 1], "question", "for a week")
    s.put("time_share", 0.4, "question", "two days a week")
    s.put("start_date", "2026-12-07", "question", "from monday")
    s.put("current_deadline", "2026-12-18", "question", "dec 18")
    question = "ops want priya two days a week on chargeback triage for a week from monday. or should i send marco instead?"
    records = run_reprioritization(s, TODAY, team=team, question=question)
    assert records[0]["arguments"]["instead"]["person"] == "Marco"
    assert records[0]["arguments"]["instead"]["project"] == "Churn retraining pipeline"
    text = "\n".join(compose_reprioritization(records, s))
    assert "**If Marco goes instead:** Churn retraining pipeline" in text
    assert "A later start doesn't work here" in text  # Fraud v3 lands after the week asked for has ended


def test_a_size_derived_from_the_share_and_the_periods_end_is_read_back_as_that_period():
    from agent.brains.offline import _whatif_args

    s = Situation(intents=["reprioritization"])
    s.put("person", "Ines", "question", "ines")
    s.put("project", "demand forecast", "question", "demand forecast")
    s.put("remaining_weeks", [3, 4, 6], "question", "three to six weeks left")
    s.put("new_work", "vendor review", "question", "vendor review")
    s.put("start_date", "2027-01-04", "question", "after new year")
    s.put("time_share", 0.4, "question", "two days")
    s.put("new_work_weeks", [1.4, 1.6, 2.0], "question", "two days")  # 40% of the four weeks to the end of january
    args = _whatif_args(s, None, date(2026, 12, 4), 0.4)
    assert args["new_work"]["last_day"] == date(2027, 1, 29)  # the period runs to the month's end, not 1.6 weeks
    assert abs(args["new_work"]["estimate_likely"] - 1.6) < 0.05  # and its effort is the share of it, counted once


def test_a_share_of_someone_who_owns_a_step_of_a_team_project_is_weighed_on_that_projects_date(repo_root):
    from tools.team import load_team

    team = load_team(repo_root / "examples" / "team.yaml")  # Sam has no work of his own but owns fraud v3's shadow deployment
    s = Situation(intents=["reprioritization"])
    s.put("person", "Sam", "question", "sam")
    s.put("project", "Fraud model v3", "question", "fraud v3")
    s.put("remaining_weeks", [0.0, 0.0, 0.0], "team_file", "Sam has no current work")
    s.put("new_work", "the data-quality rota", "question", "the data-quality rota")
    s.put("new_work_weeks", [3.0, 3.0, 3.0], "question", "three days a week for the next month")
    s.put("time_share", 0.6, "question", "three days a week")
    s.put("current_deadline", "2026-12-18", "question", "the 18th")
    s.put("requester", "Wilhelmina", "question", "wilhelmina")
    records = run_reprioritization(s, date(2026, 12, 4), team=team)
    forecasts = [r for r in records if r["name"] == "forecast_completion"]
    assert len(forecasts) == 2
    shared = next(r for r in forecasts if any(p["name"] == "Sam" and p["capacity"] < 1 for p in r["arguments"]["people"]))
    assert shared["result"]["p80"]["working_days"] > next(r for r in forecasts if r is not shared)["result"]["p80"]["working_days"]
    text = "\n".join(compose_reprioritization(records, s))
    assert text.startswith("**Does Fri 18 Dec 2026 survive it?") and "Yes: Sam has no project" not in text
    assert "Sam owns 'Shadow deployment' in Fraud model v3" in text and "3 days a week" in text
    assert "once Fraud model v3 ships" in text and "**What to tell Wilhelmina**" in text


def test_a_share_for_a_stated_length_runs_that_many_working_weeks_over_a_break():
    from agent.brains.offline import _whatif_args

    s = Situation(intents=["reprioritization"])
    s.put("person", "Ines", "question", "ines")
    s.put("project", "demand forecast", "question", "demand forecast")
    s.put("remaining_weeks", [3, 4, 6], "question", "three to six weeks left")
    s.put("new_work", "vendor review", "question", "vendor review")
    s.put("start_date", "2026-12-14", "question", "from the 14th")
    s.put("time_share", 0.4, "question", "two days a week")
    s.put("new_work_weeks", [4.0, 4.0, 4.0], "question", "for four weeks")
    args = _whatif_args(s, None, date(2026, 12, 4), 0.4)
    assert args["new_work"]["last_day"] == date(2027, 1, 19)  # 20 working days from Mon 14 Dec, the assumed break skipped


def test_what_else_the_person_owes_inside_a_share_is_named_with_a_way_out(repo_root):
    from tools.team import load_team

    team = load_team(repo_root / "examples" / "team.yaml")  # Aisha owes Grace the lineage doc by Tue 15 Dec
    s = Situation(intents=["reprioritization"])
    s.put("person", "Aisha", "question", "aisha")
    s.put("project", "Feature store migration", "team_file", "Aisha's current work")
    s.put("remaining_weeks", [3, 4, 7], "team_file", "Aisha's estimate")
    s.put("new_work", "warehouse cut-over help", "question", "warehouse cut-over help")
    s.put("start_date", "2026-12-07", "question", "monday")
    s.put("time_share", 0.2, "question", "a day a week")
    s.put("new_work_weeks", [3.0, 3.0, 3.0], "question", "for three weeks")
    text = "\n".join(compose_reprioritization(run_reprioritization(s, date(2026, 12, 4), team=team), s))
    assert "**Also due while Aisha is on it:** Document model lineage for the model risk audit for Grace, due Tue 15 Dec" in text


def test_a_share_asked_from_after_the_project_lands_is_offered_from_that_day_never_earlier(repo_root):
    from tools.team import load_team

    team = load_team(repo_root / "examples" / "team.yaml")
    s = Situation(intents=["reprioritization"])
    s.put("person", "Sam", "question", "sam")
    s.put("project", "Fraud model v3", "question", "fraud v3")
    s.put("remaining_weeks", [0.0, 0.0, 0.0], "team_file", "Sam has no current work")
    s.put("new_work", "the feature store spike", "question", "the feature store spike")
    s.put("new_work_weeks", [4.0, 4.0, 4.0], "question", "a month")
    s.put("time_share", 0.2, "question", "a day a week")
    s.put("start_date", "2027-02-01", "question", "from feb 1")
    s.put("requester", "Ottilie", "question", "ottilie")
    text = "\n".join(compose_reprioritization(run_reprioritization(s, TODAY, team=team), s))
    assert text.startswith("**Yes, from Mon 01 Feb as asked:") and "80% likely" in text
    reply = text.split("**What to tell Ottilie**", 1)[1]
    assert "from Mon 01 Feb" in reply and "?" in reply
    assert "once Fraud model v3 ships" not in text  # no start earlier than the one they asked for
