"""A start said of something else ('the harvest, which starts on ...', 'the parcels that start arriving on ...', 'the new
timetable only starts on ...') is an event on the calendar, never the day our work starts; when the work is for that
thing, it is the date the work must be ready by. Our own start ('we start', 'both start') stays the start.
Phrasings are our own."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.dates import find_dates
from agent.understanding.text import normalise

TODAY = date(2026, 12, 4)


def _roles(text: str) -> list[tuple[str, str]]:
    return [(d.value.isoformat(), d.role) for d in find_dates(normalise(text), TODAY)]


def test_a_relative_clause_start_is_their_event():
    assert _roles("the winter timetable, which starts on monday 11 january, is out of scope") == [("2027-01-11", "event")]


def test_only_starts_is_an_event_not_our_start():
    assert _roles("the depot model has no hard date, the new rota only starts on the 1st of march") == [("2027-03-01", "event")]


def test_work_for_the_thing_that_starts_is_due_then():
    facts = {f.name: f.value for f in parse_situation(
        "the ops director wants kasimir off the churn model for 'two weeks tops' to build a tracker for the (EU) parcels "
        "that start arriving on feb 8. kasimir is 3 wks in, 5-8 working days left. what do i tell her", None, TODAY).facts}
    assert facts["deadline"] == "2027-02-08"
    assert "start_date" not in facts


def test_our_own_start_stays_the_start():
    s = parse_situation("Can the crop-yield model replace the manual estimates for the harvest, which starts on Monday 1 "
                        "March? The surveyors need 2 to 3 weeks and the model 3 to 4 weeks. Both start on 11 January. "
                        "Please draft an answer with honest odds.", None, TODAY)
    assert s.get("start_date") == "2027-01-11"
    assert s.get("deadline") == "2027-03-01"


def test_work_that_can_only_happen_at_the_event_starts_with_it():
    roles = _roles("tagging the calves can only happen at the spring round-up of the herd which starts march 8, 2-3 weeks")
    assert roles == [("2027-03-08", "start")]
