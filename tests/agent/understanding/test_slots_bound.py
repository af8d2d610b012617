"""Each stated fact is bound to the thing it is said of: the current work named by its last word ('the scheduler is
promised for ...') owns that date even when the new work shares a middle word; the person a move is about outranks a
team-file name said in passing; 'we kick off monday' is the coming monday; 'feb 8 and 9' are two days; 'i can give
maybe two days' is the interrupt budget; dates of 'last summer' are last year's; 'by thurs the 17th' is the 17th."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.dates import find_dates
from tools.team import load_team

TODAY = date(2026, 12, 4)


def _facts(question: str, team=None) -> dict:
    s = parse_situation(question, team, TODAY)
    return {f.name: f.value for f in s.facts}


def test_the_current_work_called_by_its_last_word_owns_the_date():
    facts = _facts("the plant manager wants oskar off the kiln scheduler and onto the kiln energy forecast from monday, about 4 weeks. "
                   "he's 5 weeks in with 2 left. we promised the furnace crew the scheduler goes live on feb 2. push back?")
    assert facts.get("current_deadline") == "2027-02-02"
    assert facts.get("deadline") != "2027-02-02"


def test_the_person_moved_outranks_a_team_file_name_said_in_passing():
    team = load_team("examples/team.yaml")
    facts = _facts("kwabena from finance wants to borrow dagny (contractor, not in the file) for 3 weeks from the 11th for a cost model. "
                   "dagny is 2 weeks into the eval harness, 1 week left. sam needs that harness by jan 15. ok?", team)
    assert facts.get("person") == "Dagny" and facts.get("person_in_team") is False


def test_kick_off_in_the_present_is_the_coming_day():
    assert [(d.value, d.role) for d in find_dates("we kick off tuesday and it runs six weeks", TODAY)] == [(date(2026, 12, 8), "start")]
    assert find_dates("we kicked off tuesday", TODAY)[0].value == date(2026, 12, 1)


def test_a_second_day_of_the_same_month_is_a_date_too():
    found = find_dates("the lab is closed feb 11 and 12 for the audit, nobody works those days", TODAY)
    assert [d.value for d in found] == [date(2027, 2, 11), date(2027, 2, 12)]
    assert len(find_dates("due feb 11 and 3 weeks later the next one", TODAY)) == 1
    assert len(find_dates("by feb 11 and 4 engineers on it", TODAY)) == 1


def test_a_budget_given_with_any_giving_verb_is_read():
    facts = _facts("ok i could free up maybe three days of the team next week for this lot, which do i take?\n"
                   "- marketing wants a churn deep dive by the 18th\n- ops says the eta alerts are firing twice since tuesday")
    assert facts.get("interrupt_budget_days") == 3.0


def test_dates_of_a_season_already_gone_are_last_years():
    found = find_dates("the ceo asked why last summer's demand forecast said the peak would hit on july 20 and it came july 2", TODAY)
    assert [d.value.year for d in found] == [2026, 2026]


def test_a_weekday_with_its_day_of_the_month_is_that_day():
    found = find_dates("the vendor needs the export by thurs the 17th or we lose the slot", TODAY)
    assert [d.value for d in found] == [date(2026, 12, 17)]
