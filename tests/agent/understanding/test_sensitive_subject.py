"""Whom a sensitive question is about: the person the manager has to speak to ('what do I say to her'), and a name
said in lower case as 'X on my team' at the start of a sentence."""

from __future__ import annotations

from datetime import date

from agent.understanding import parse_situation
from tools.team import load_team

TODAY = date(2026, 12, 4)


def test_the_person_the_manager_must_answer_is_who_a_bereavement_is_about():
    team = load_team("examples/team.yaml")
    s = parse_situation("priya messaged me late last night that her brother died. what do i say to her this morning?", team, TODAY)
    assert s.intent == "sensitive"
    assert s.get("person") == "Priya" and s.get("person_in_team") is True


def test_a_lower_case_name_on_my_team_is_the_person_in_a_data_incident():
    q = "ugh. kofi on our team posted a sheet with customer emails and dates of birth into the agency's channel. what do i do"
    s = parse_situation(q, None, TODAY)
    assert s.intent == "sensitive"
    assert s.get("person") == "Kofi"


def test_the_day_of_the_one_thing_a_grieving_report_still_wants_to_do_is_the_date_that_matters():
    s = parse_situation("Femi's sister died at the weekend but he still wants to demo the ranking prototype tuesday. What do I do?", None, TODAY)
    assert s.intent == "sensitive"
    assert s.get("deadline") == "2026-12-08"
