"""A stated deadline that cannot be the work's (before the start, inside the days off, before the day back) is re-bound
to another date the question says is due, or set aside and said, never forecast against. Fresh phrasings."""

from datetime import date

from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)  # a Friday


def test_a_deadline_inside_the_days_off_with_no_other_date_is_set_aside_and_said():
    s = parse_situation("we're off dec 23 to jan 4 and it must ship dec 29. data 2 wks then model 1 wk, start monday. can we make it?", None, TODAY)
    assert not s.has("deadline")
    assert [u.words for u in s.unclear if u.fact == "deadline"] == ["dec 29"]


def test_a_deadline_before_the_start_is_rebound_to_the_date_that_is_due():
    s = parse_situation("we kick off jan 11 and it's due the 8th... sorry the real deadline is feb 19. cleanup 2 wks, model 3 wks. will it land?", None, TODAY)
    assert s.get("deadline") == "2027-02-19"


def test_a_deadline_the_day_work_resumes_is_kept():
    s = parse_situation("the plant is shut from the 24th, back jan 4, and the model is due feb 26. tuning 3-4 wks from monday. odds?", None, TODAY)
    assert s.get("deadline") == "2027-02-26" and not s.unclear
