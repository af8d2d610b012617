"""Each stated date keeps the role its clause gives it: when the answer is needed is not when the work is due, a closure
the manager names is days off, a weekday said as a habit or as last week's is no date ahead, and the Situation lists
every date with its role."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.dates import find_dates

TODAY = date(2026, 12, 4)  # a Friday


def _roles(text: str) -> list[tuple[str, date]]:
    return [(d.role, d.value) for d in find_dates(text, TODAY)]


def test_when_the_asker_wants_to_hear_back_is_not_the_works_deadline():
    text = "the warehouse lead wants to hear back before friday whether to book temps; the slotting model has to be live by march 3"
    assert _roles(text) == [("answer_by", date(2026, 12, 11)), ("deadline", date(2027, 3, 3))]
    s = parse_situation(text, None, TODAY)
    assert s.get("deadline") == "2027-03-03" and s.get("answer_by") == "2026-12-11"


def test_an_answer_wanted_by_a_holiday_never_becomes_the_date_a_forecast_tests():
    s = parse_situation("our cfo asked: will the pricing model be ready for the spring sale on march 20? let him know by christmas. "
                        "left: features 2 weeks then a 3 week a/b test", None, TODAY)
    assert s.get("deadline") == "2027-03-20" and s.get("answer_by") == "2026-12-25"


def test_a_closure_the_manager_states_is_days_off_not_the_date_that_matters():
    text = "the lab shuts from the 21st dec to jan 4th inclusive and the client needs the assay model by march 1"
    assert [r for r, _ in _roles(text)] == ["off", "off", "deadline"]
    s = parse_situation(text + ". two weeks of cleanup then four of tuning, starting monday. can we make it?", None, TODAY)
    assert s.get("deadline") == "2027-03-01"
    days = s.get("days_off")
    assert days[0] == "2026-12-21" and days[-1] == "2027-01-04" and "2026-12-26" not in days  # weekdays only


def test_a_weekday_said_as_a_habit_is_no_date():
    assert _roles("from jan 18, tuesday mornings are for model reviews only") == [("start", date(2027, 1, 18))]


def test_the_last_weekday_event_lies_behind_us():
    found = _roles("we're adding a canary stage because of the outage after the last thursday release")
    assert found == [("past", date(2026, 12, 3))]
    assert _roles("since the previous friday deploy, latency doubled") == [("past", date(2026, 11, 27))]  # today is a Friday


def test_the_last_weekday_of_a_month_is_still_ahead():
    assert all(role != "past" for role, _ in _roles("the demo is the last friday of january"))


def test_the_situation_lists_every_date_with_its_role():
    s = parse_situation("need to know by wed if the churn model can go live before the feb 8 price change; we start the 14th",
                        None, TODAY)
    roles = {(d.role, d.date) for d in s.dates}
    assert ("answer_by", "2026-12-09") in roles and ("deadline", "2027-02-08") in roles and ("start", "2026-12-14") in roles
    assert s.to_json()["dates"] and all(d.words for d in s.dates)


def test_a_closure_named_by_its_noun_is_days_off():
    assert [r for r, _ in _roles("our winter break this year is dec 22 to jan 5")] == ["off", "off"]
    assert [r for r, _ in _roles("site shutdown runs from the 19th dec until jan 4th")] == ["off", "off"]


def test_work_due_before_a_closure_starts_is_due_on_its_first_day():
    assert _roles("the retrain must be live before the warehouse shutdown on dec 21") == [("deadline", date(2026, 12, 21))]


def test_a_yes_or_no_wanted_by_a_day_is_when_the_answer_is_due():
    assert _roles("the ops director wants a yes or no by tuesday") == [("answer_by", date(2026, 12, 8))]


def test_data_named_by_its_season_is_no_deadline():
    found = _roles("first clean the sales data from last christmas, then retrain; the buyers need it by march 5")
    assert [r for r, _ in found] == ["event", "deadline"] and found[-1][1] == date(2027, 3, 5)


def test_a_single_day_given_off_joins_the_closure():
    s = parse_situation("three weeks of labelling then two of training, starting monday. we're closed the 24th to the 1st "
                        "and everyone gets the 11th of january off too. due feb 19, realistic?", None, TODAY)
    assert "2027-01-11" in s.get("days_off") and "2026-12-24" in s.get("days_off") and s.get("deadline") == "2027-02-19"


def test_the_weekday_after_next_is_a_week_later_than_the_next_one():
    assert _roles("we start the wednesday after next") == [("start", date(2026, 12, 16))]


def test_a_closure_written_with_an_arrow_is_a_stretch_of_days_off():
    assert [r for r, _ in _roles("we're shut 23rd → 2nd, as every year")] == ["off", "off"]


def test_the_earliest_day_work_can_begin_is_a_start_even_with_its_weekday():
    assert _roles("we can't begin before tuesday 12 january, the data arrives then") == [("start", date(2027, 1, 12))]


def test_a_date_in_a_clause_told_in_the_past_is_weeks_back_not_next_year():
    found = _roles("i've raised the flaky tests with her before (nov 9 and nov 23), no change")
    assert found == [("past", date(2026, 11, 9)), ("past", date(2026, 11, 23))]
    assert _roles("the launch is nov 20 next year") == [("deadline", date(2027, 11, 20))]


def test_the_start_of_the_event_new_work_is_for_is_its_deadline_beside_the_current_works_own_date() -> None:
    from agent.understanding import parse_situation

    s = parse_situation("our retail VP (Oona) wants to pull Joaquim off the markdown model to build a footfall forecast for the "
                        "winter sale. he's got 3-5 days left on markdown, which has to be live before the price change on the 11th. "
                        "footfall thing she reckons 2 weeks. sale starts 18 dec. what do i do", None, date(2026, 12, 4))
    assert s.get("current_deadline") == "2026-12-11" and s.get("deadline") == "2026-12-18"
    assert s.get("requester") == "Oona"
