"""Reading who asks, what part of a person's week is asked for and which work a date belongs to, as managers type it:
a low and a high case said after a rough estimate without brackets, a work named by its initials, a work's name that holds
an alarming word, a qualified role as the asker, half a week for someone else's rota, and a piece of a team project."""

from datetime import date

from agent.situation import Fact, Situation
from agent.understanding import parse_situation
from agent.understanding.quantities import find_durations
from agent.understanding.text import normalise
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team("examples/team.yaml")


def test_a_low_and_a_high_case_after_a_rough_estimate_make_its_range_without_brackets():
    (d,) = find_durations(normalise("she thinks four-ish weeks left, 3 if the vendor delivers, 6 if the labels come back late"))
    assert (d.low, d.likely, d.high) == (3.0, 4.0, 6.0)


def test_a_date_said_of_the_current_work_by_its_initials_is_its_deadline():
    s = parse_situation(
        "finance wants oskar on the audit dashboard for a fixed 2 week loan from monday. he's 5 wks into the pricing engine "
        "rebuild, maybe 2 weeks left. the PE rebuild must be live before march 1. ok to say yes?",
        None,
        TODAY,
    )
    assert s.get("current_deadline") == "2027-03-01"
    assert s.get("new_work_shape") == "fixed_loan"


def test_an_alarming_word_inside_a_work_name_is_no_urgency():
    s = parse_situation(
        "the network director wants ines full time on the outage triage tool from the 14th. ines is 4 weeks into the "
        "capacity planner with about 3 weeks to go. what do i lose?",
        None,
        TODAY,
    )
    assert s.get("urgency") is None
    assert s.get("requester") == "network director"  # the qualified role as the manager said it


def test_half_a_week_for_another_teams_rota_is_a_share_of_the_person_not_an_incident():
    s = parse_situation(
        "the search infra team asked if sam can do half his week on their on-call rota until february. sam is the one doing "
        "the shadow deployment for fraud v3. does the 18th hold if i agree?",
        TEAM,
        TODAY,
    )
    assert s.intent == "reprioritization"
    assert s.get("time_share") == 0.5
    assert s.get("project") == "Fraud model v3"  # a piece of the team's project is that project's work
    assert s.get("current_deadline") == "2026-12-18"
    assert s.get("new_work") == "on-call rota"


def test_a_reader_kind_is_shown_in_the_managers_own_words():
    from agent.compose import _requester_words, fact_value_text

    s = Situation(facts=[Fact(name="requester", value="head_of_product", source="question", text="our CPO")])
    assert _requester_words(s) == "your CPO"
    assert fact_value_text("requester", "head_of_product") == "head of product"
