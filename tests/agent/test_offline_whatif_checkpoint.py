"""A date that is a go/no-go is a decision on the evidence so far, not the work finishing: an ask against it is answered
by how much of the time before it the ask takes, with what to tell whoever was promised it, never by the chance the
whole project lands by then; and the headline word always matches the odds (a coin flip is never 'probably')."""

from __future__ import annotations

from datetime import date

from agent.brains.offline import decision_date
from agent.compose import compose_reprioritization
from agent.situation import Situation
from tests.support.plans import run_reprioritization

TODAY = date(2026, 12, 4)


def _situation(said: str, loan_weeks: float, due: str = "2027-03-12", checkpoint: bool = True) -> Situation:
    s = Situation(intents=["reprioritization"])
    s.put("person", "Oskar", "question", "oskar")
    s.put("requester", "Ilse", "question", "ilse")
    s.put("project", "retrieval research", "question", "retrieval research")
    s.put("remaining_weeks", [6, 10, 18], "question", "six to eighteen weeks")
    s.put("new_work", "vendor evaluation", "question", "vendor evaluation")
    s.put("new_work_weeks", [loan_weeks] * 3, "question", "a week")
    s.put("new_work_shape", "fixed_loan", "question", "full time for a week")
    s.put("start_date", "2027-01-18", "question", "from the 18th")
    s.put("current_deadline", due, "question", said)
    if checkpoint:
        s.put("checkpoint", True, "question", "a go or no-go")
        s.put("promised_to", "Anneke", "question", "promised anneke")
    return s


def _answer(question: str, s: Situation) -> str:
    return "\n".join(compose_reprioritization(run_reprioritization(s, TODAY, question=question), s))


QUESTION = "ilse wants oskar for a week from the 18th. i promised anneke a go or no-go on the retrieval bet by mid march"


def test_a_go_no_go_date_and_who_was_promised_it_come_from_the_understood_facts():
    assert decision_date(_situation("mid march", 1)) == {"due_is_decision": True, "promised_to": "Anneke"}
    assert decision_date(_situation("mid march", 1, checkpoint=False)) == {}


def test_a_short_loan_before_a_go_no_go_is_a_yes_with_the_cost_and_a_line_for_whoever_was_promised_it():
    text = _answer(QUESTION, _situation("mid march", 1))
    head = text.splitlines()[0]
    assert "go/no-go" in head and "Yes:" in head and "not retrieval research finishing" in head
    assert "time on retrieval research before it" in head  # the cost, with no runway count no tool gave
    assert "Tell Anneke now" in text and "Say yes to Ilse" in text
    assert "Probably" not in head and "Too close to call" not in head


def test_a_loan_that_eats_much_of_the_time_before_a_go_no_go_is_not_a_yes():
    text = _answer(QUESTION, _situation("mid march", 4, due="2027-02-19"))
    head = text.splitlines()[0]
    assert "Not as it stands" in head
    assert "Offer Ilse a start on Mon 22 Feb**, straight after the go/no-go" in text  # a concrete later start, not "ask for one"


def test_without_checkpoint_words_a_loan_is_judged_against_the_project_landing():
    question = "ilse wants oskar for a week from the 18th. the retrieval bet has to land by mid march"
    text = _answer(question, _situation("mid march", 1, checkpoint=False))
    assert "go/no-go" not in text and "lands by" in text


def test_a_long_loan_before_a_go_no_go_costs_its_own_working_days_and_yes_is_still_on_the_table():
    s = _situation("mid march", 3)  # three weeks from Mon 18 Jan: fifteen working days, then a short re-ramp
    text = _answer("ilse wants oskar for three weeks from the 18th. i promised anneke a go or no-go by mid march", s)
    head = text.splitlines()[0]
    assert "takes about 18 working days of Oskar's time" in head  # 15 days away and about 2.5 to get back in, not the P80 slip
    assert "**If it can't wait, you can still say yes**" in text and "with about 18 working days less work behind it" in text
    assert "Offer Ilse a start on" in text


def test_the_reply_to_the_requester_makes_the_same_call_as_the_answer():
    """The drafted line never argues 'finish first' when the answer says 'start after the go/no-go' (one decision)."""
    from agent.drafting import draft_input
    from tools.message import DraftInput, draft_message

    s = _situation("mid march", 4, due="2027-02-19")
    s.put("purpose", "respond_to_reprioritization", "question", "what do i tell ilse")
    s.put("recipient", "Ilse", "question", "ilse")
    records = run_reprioritization(s, TODAY, question=QUESTION + ". what do i tell ilse")
    from agent.tool_results import latest_result

    result = latest_result(records, "compare_strategies")
    body = draft_message(DraftInput.model_validate(draft_input(s, "what do i tell ilse", TODAY, records, reprioritization=result))).body
    assert "straight after the retrieval research go/no-go on Friday 19 February" in body
    assert "Monday 22 February" in body and "finishes retrieval research first" not in body
    assert "Anneke" in body  # the fallback names who would have to agree to move the date


def test_a_share_of_the_week_costs_that_share_of_its_days_before_the_go_no_go():
    s = _situation("mid march", 4)
    s.put("new_work_shape", "time_share", "question", "half time for four weeks")
    s.put("time_share", 0.5, "question", "half time")
    s.put("new_work_weeks", [4, 4, 4], "question", "four weeks")
    s.put("start_date", "2027-01-11", "question", "from the 11th")
    answer = _answer("ilse wants oskar half time for four weeks from the 11th. go/no-go to anneke mid march", s)
    assert "about 10 working days of Oskar's time" in answer  # half of the four weeks' 20 working days
