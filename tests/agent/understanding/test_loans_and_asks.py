"""Reading a loan or a single ask the way managers type it: the work asked for after 'to dig into', the current work a
person is weeks into, a day range that ends on a bare 'the 2nd', a duration that is a property of the thing asked for, and
a requester named inside brackets after their role."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.quantities import find_durations
from agent.understanding.requests import request_title
from agent.understanding.text import normalise

TODAY = date(2026, 12, 4)


def test_the_work_after_to_dig_into_is_the_new_work_and_weeks_into_names_the_current():
    s = parse_situation(
        "ops director (imogen) wants to borrow lior for two weeks from the 7th to look into the pallet scanner misreads. "
        "lior is 3 wks into the demand forecaster off the pos data, about 2 weeks left. can i say yes?",
        None,
        TODAY,
    )
    assert s.get("new_work") == "pallet scanner misreads"
    assert s.get("project") == "demand forecaster"


def test_a_day_range_ending_on_a_bare_ordinal_ends_at_the_next_such_day_even_when_that_day_was_named_in_another_month():
    s = parse_situation(
        "the release is due feb 2 and we're off the 23rd through the 2nd. tomas has 3-4 weeks left, does feb 2 hold?",
        None,
        TODAY,
    )
    off = s.get("days_off") or []
    assert off and off[0] == "2026-12-23" and off[-1] == "2027-01-01"  # the 2nd of January is a Saturday
    assert s.get("deadline") == "2027-02-02" or s.get("current_deadline") == "2027-02-02"


def test_a_duration_that_describes_the_thing_asked_for_is_no_work_size():
    text = normalise("legal wants a 30-day lookback window on the audit logs, about 2 days of work")
    weeks = [round(d.likely, 2) for d in find_durations(text)]
    assert weeks == [0.4]


def test_a_requester_named_in_brackets_after_their_role_and_the_work_without_the_person():
    s = parse_situation(
        "our ciso (bettina, not on my team) wants omar to implement key rotation for the feature store creds. "
        "says a couple of days, needs it live before the audit on jan 12. now or after the holidays?",
        None,
        TODAY,
    )
    assert s.intent == "triage"
    assert s.get("requester") == "Bettina"
    assert s.get("request_title", "").startswith("key rotation")


def test_a_rough_three_day_ask_counts_as_small_by_its_likely_size():
    s = parse_situation("the head of risk (wanjiru) asked for kai to add the new fairness report, three-ish days. take it now or later?", None, TODAY)
    assert s.intent == "triage"


def test_request_title_drops_the_person_and_their_verb():
    found = request_title("finance wants nadia to build a margin bridge for the board")
    assert found is not None and found[0].startswith("margin bridge")
