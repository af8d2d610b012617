"""A date's role comes from its own clause: a hedged date is tentative, never a deadline; a start said just before a
closure is not the closure's first day; a date taken back with a question mark is gone; a dependency that won't land
before a day is no deadline; a meeting that wants the answer is not the work's date; a bare day of the month takes the
month said last; an event that takes the whole team is days off."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.dates import find_dates
from agent.understanding.text import normalise

TODAY = date(2026, 12, 4)  # a Friday


def _roles(text: str) -> list[tuple[str, date]]:
    return [(d.role, d.value) for d in find_dates(normalise(text), TODAY)]


def test_a_hedged_day_is_tentative_never_a_deadline():
    assert _roles("he thinks he'll probably be back at his desk on wednesday") == [("hedge", date(2026, 12, 9))]
    assert _roles("the vendor delivers tuesday maybe; the pilot has to be live by feb 3") == [
        ("hedge", date(2026, 12, 8)), ("deadline", date(2027, 2, 3))]
    assert _roles("the annotations land thursday-ish") == [("hedge", date(2026, 12, 10))]


def test_a_hedge_that_softens_an_ask_keeps_the_deadline():
    assert _roles("could we maybe have the eval harness by thursday?") == [("deadline", date(2026, 12, 10))]


def test_a_start_said_right_before_a_dated_closure_is_not_its_first_day():
    assert _roles("kickoff tue 8 dec. everyone's off 23 dec - 3 jan") == [
        ("start", date(2026, 12, 8)), ("off", date(2026, 12, 23)), ("off", date(2027, 1, 3))]
    assert _roles("we begin wednesday, office is closed 22 dec to 2 jan") == [
        ("start", date(2026, 12, 9)), ("off", date(2026, 12, 22)), ("off", date(2027, 1, 2))]
    s = parse_situation("forecast the ranking model: 3-4 weeks of work then 1 week of review. we begin wednesday, office is "
                        "closed 22 dec to 2 jan. odds for feb 10?", None, TODAY)
    assert s.get("days_off")[0] == "2026-12-22" and s.get("start_date") == "2026-12-09"


def test_a_day_taken_back_after_a_question_mark_is_gone():
    assert _roles("catch-up on thursday? no, friday is better") == [("deadline", date(2026, 12, 11))]


def test_a_dependency_that_will_not_land_before_a_day_is_no_deadline():
    assert _roles("the feature store patch isn't going to be merged before wed the 9th, and the model is due jan 20") == [
        ("event", date(2026, 12, 9)), ("deadline", date(2027, 1, 20))]


def test_a_deciding_meeting_named_by_its_day_wants_the_answer_not_the_work():
    assert _roles("she wants a yes or no for thursday's exec meeting; the feature must be live by march 1") == [
        ("answer_by", date(2026, 12, 10)), ("deadline", date(2027, 3, 1))]
    assert _roles("can i promise the council on 14 january that routing is running the winter gritting from the start of february?") == [
        ("answer_by", date(2027, 1, 14)), ("deadline", date(2027, 2, 1))]
    assert _roles("i want a number to take to monday's budget review") == [("answer_by", date(2026, 12, 7))]


def test_benefits_counted_from_a_quarter_are_due_by_its_first_day_not_a_start():
    assert _roles("finance is booking the churn savings from q3") == [("deadline", date(2027, 7, 1))]


def test_a_bare_day_due_takes_the_month_said_last():
    assert _roles("the partner review is on jan 18. can the eval be ready by the 12th?") == [
        ("deadline", date(2027, 1, 18)), ("deadline", date(2027, 1, 12))]
    assert _roles("kickoff was nov 20. can we close it out by the 15th?")[-1] == ("deadline", date(2026, 12, 15))  # Nov 15 has gone


def test_a_whole_team_event_on_a_stretch_of_days_is_days_off():
    assert _roles("the whole team is at the conference feb 2-4") == [
        ("off", date(2027, 2, 2)), ("off", date(2027, 2, 4))]


def test_a_holiday_season_with_its_own_start_is_no_date_due():
    assert _roles("the labels must be in before the christmas rush, which starts on the 14th of december") == [
        ("event", date(2026, 12, 25)), ("deadline", date(2026, 12, 14))]


def test_a_weekday_with_its_day_in_the_next_sentence_is_not_pushed_past_the_last_date():
    assert _roles("peak trading runs from the 20th of december. send the extract by tuesday the 8th")[-1] == ("deadline", date(2026, 12, 8))


def test_a_break_said_the_british_way_is_days_off_and_the_day_back_is_after_it():
    assert _roles("the lab breaks up on the 17th and we're back on the 5th") == [("off", date(2026, 12, 17)), ("back", date(2027, 1, 5))]
    assert _roles("the team finishes for xmas on the 22nd") == [("event", date(2026, 12, 25)), ("off", date(2026, 12, 22))]


def test_a_weekday_with_its_day_of_the_month_stays_that_day_when_the_weekday_fits_it():
    from datetime import date

    from agent.understanding.dates import find_dates
    from agent.understanding.text import normalise

    text = normalise("they want the full model by thursday the seventeenth no way what I can give is last year's figures by tuesday the eighth and a plan after that")
    found = [(d.value, d.weekday_said) for d in find_dates(text, date(2026, 12, 4))]
    assert (date(2026, 12, 17), "") in found and (date(2026, 12, 8), "") in found


def test_a_start_waiting_on_something_is_the_day_said_after_call_it_and_the_awaited_day_is_an_event():
    from datetime import date

    from agent.understanding.dates import find_dates
    from agent.understanding.text import normalise

    text = normalise("we cant begin until the survey data comes in which the vendor says is next thursday so call it friday the 11th then 3 weeks of work")
    roles = {(d.value, d.role) for d in find_dates(text, date(2026, 12, 4))}
    assert (date(2026, 12, 10), "event") in roles and (date(2026, 12, 11), "start") in roles
