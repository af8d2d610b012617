"""Whose date a stated date is, in a move: the current work's when its own clause names it (also when that work comes
from the team file), the nearest work said before it in a run-on sentence, and time off said 'through' a day keeps that day
when the day back is said on its own."""

from datetime import date

from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def test_a_freeze_said_of_the_team_file_work_is_its_date_not_the_new_works():
    s = parse_situation("the head of payments ops wants aisha for a week from jan 11 to patch the refund dashboards. aisha's "
                        "feature store migration must land before the platform freeze on feb 19. can i say yes?", TEAM, TODAY)
    assert s.get("project") == "Feature store migration" and s.get("current_deadline") == "2027-02-19"
    assert s.get("deadline") != "2027-02-19"


def test_the_work_named_nearest_before_the_date_owns_it_in_a_run_on_question():
    s = parse_situation("our coo wants me to move ilse off the demand forecaster from monday and onto the staffing optimiser she "
                        "says three weeks of work ilse is six weeks into the demand forecaster with about two weeks left the "
                        "forecaster has to be live before the retailer audit on february ninth what do i say", None, TODAY)
    assert s.get("current_deadline") == "2027-02-09" and s.get("deadline") != "2027-02-09"


def test_time_off_through_a_day_keeps_that_day_when_the_day_back_is_said_after():
    s = parse_situation("can ravi finish the anomaly model by jan 29? 2-3 weeks left. he's away dec 21 through jan 5, back tues "
                        "the 6th", None, TODAY)
    off = s.get("away_days") or s.get("days_off")
    assert off[0] == "2026-12-21" and off[-1] == "2027-01-05"


def test_a_loan_in_working_days_from_a_date_is_a_fixed_stretch():
    s = parse_situation("legal wants aisha for eight working days starting mon jan 11 to build a contract clause tagger. yes or no?", TEAM, TODAY)
    assert s.get("new_work_shape") == "fixed_loan" and s.get("start_date") == "2027-01-11"


def test_a_date_i_would_be_so_sure_on_is_the_confidence_asked_for():
    s = parse_situation("the ranking refresh has 3-5 weeks left. chances it is done by feb 5? and what's a date i'd be 85% on", None, TODAY)
    assert s.get("confidence_level") == 85


def test_a_weekday_slip_is_kept_on_the_stated_date():
    s = parse_situation("ops want marco for five days starting fri jan 7 on the depot report", TEAM, TODAY)
    assert [(d.date, d.weekday_said) for d in s.dates if d.weekday_said] == [("2027-01-07", "fri")]


def test_the_moved_persons_own_dated_work_is_their_current_work():
    s = parse_situation("the risk team wants oskar for a week from jan 18 on a limits report. oskar's liquidity model must be "
                        "signed off before the audit on mar 3, and he has 4-5 weeks left. can i agree?", None, TODAY)
    assert s.get("project") == "liquidity model" and s.get("current_deadline") == "2027-03-03"


def test_the_day_back_said_after_a_comma_with_its_weekday_ends_the_time_off_and_is_no_deadline():
    s = parse_situation("will the churn dashboard be done by feb 5? 2-3 weeks left, and milo is out from the 21st through "
                        "jan 6, back thu 7 jan", None, TODAY)
    off = s.get("away_days") or s.get("days_off")
    assert off[-1] == "2027-01-06" and s.get("deadline") == "2027-02-05"
    assert [d.role for d in s.dates if d.date == "2027-01-07"] == ["back"]


def test_a_team_that_says_it_takes_no_break_gets_no_assumed_one():
    for said in ("no shutdown this year, we're short on time", "the site doesn't close over christmas", "we won't take a break over the holidays"):
        s = parse_situation(f"when could the yield model be live? features 2-3 weeks, training 3 weeks, trial 2 weeks, from monday. {said}", None, TODAY)
        assert s.get("no_year_end_break") is True, said


def test_the_date_the_manager_needs_the_ask_by_beats_a_season_date_said_before_it():
    s = parse_situation("please make this firmer, it's for the courier's account manager. our winter sale begins on the 12th of "
                        "january and the labels have been late since november. i need the backlog cleared by tuesday the 15th. "
                        "my draft: 'hi, sorry to chase, any chance of an update on the labels?'", None, TODAY)
    assert s.get("deadline") == "2026-12-15"
