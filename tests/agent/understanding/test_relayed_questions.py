"""A question relayed from the reader is theirs: a contingency inside it ('if not i'll move the launch') is never the
manager's decision, and a name with its department in brackets ('kwame (finance) asked') is the person, not the
department. Phrasings written for this test."""

from datetime import date

from agent.understanding import parse_situation
from agent.understanding.addressee import addressee_in

TODAY = date(2026, 12, 4)


def test_the_askers_plan_b_is_not_the_managers_decision() -> None:
    q = ("kwame (finance) asked on slack: 'will the churn model be scoring accounts before the budget review on jan 20? if not i'll "
         "tell the board we slip the retention plan to march'. write him a straight answer with the odds")
    s = parse_situation(q, None, TODAY)
    assert s.get("decision") is None
    assert "budget review" in (s.get("question_asked") or "")


def test_a_department_in_brackets_is_where_the_person_sits() -> None:
    found = addressee_in("kwame (finance) asked whether the churn model will be ready before the budget review")
    assert found is not None and found.name.lower() == "kwame"


def test_riskiest_accounts_are_no_risk_to_flag() -> None:
    q = ("on top of the inbox, soraya (head of claims) wants the 200 riskiest open claims listed every monday, first by the "
         "18th, she thinks a day to set up. what do i tell her")
    assert parse_situation(q, None, TODAY).get("purpose") != "forecast_risk"


def test_a_question_asked_at_a_meeting_and_quoted_is_their_question_whatever_else_is_said():
    from datetime import date

    from agent.understanding import parse_situation

    text = "draft a reply to Odile. she asked at the steering group: 'will the rota model be live for the spring timetable, yes or no'. left: 3 weeks, if not another 2."
    s = parse_situation(text, today=date(2026, 12, 4))
    assert s.get("purpose") == "answer_question" and "rota model" in str(s.get("question_asked"))
