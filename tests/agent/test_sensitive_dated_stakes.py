"""A hard personal moment lands on dated things, and the answer says which and when: a presentation gets a backup ready
whichever way the person decides, a return to where harassment happened is made safe before the day, a funeral is time
off with cover arranged, a rota gets a real backup, and a stakeholder date is decided this week; what already happened
('died on tuesday') is no date ahead. Phrasings written for this test."""

from __future__ import annotations

from datetime import date

from agent.sensitive import topic_answer, topic_passages

TODAY = date(2026, 12, 4)  # a Friday


def _situation(text: str, person: str | None = None) -> str:
    answer = topic_answer(text, topic_passages(text), person, {}, TODAY)
    assert answer is not None
    return answer.split("**In your situation**", 1)[1].split("\n\n", 1)[0] if "**In your situation**" in answer else ""


def test_a_presentation_after_a_loss_gets_a_backup_whichever_way_they_decide() -> None:
    part = _situation("my lead analyst lost her mum last night. she's pitching the route-pricing model to investors on thursday and "
                      "messaged that she still wants to. what do i do")
    assert "Thu 10 Dec ('pitching the route-pricing model to investors on thursday')" in part
    assert "backup ready now" in part and "let her choose" in part


def test_what_already_happened_is_no_date_ahead() -> None:
    part = _situation("his brother died suddenly on tuesday and the funeral is on monday. he wants to keep working. what do i do")
    assert "Tue 08 Dec" not in part
    assert "Mon 07 Dec ('the funeral is on monday'): he is off for it" in part


def test_a_return_to_where_harassment_happened_is_made_safe_before_the_day() -> None:
    part = _situation("one of my senior analysts (she) told me a forklift supervisor keeps making comments about her body when she "
                      "collects the scanner data. she's back on the warehouse floor tuesday. she doesn't want a fuss")
    assert "Before Tue 08 Dec" in part and "not out there alone with the person" in part


def test_a_stakeholder_date_is_decided_this_week_and_said_in_weeks_when_far() -> None:
    part = _situation("noor told me in confidence she's been diagnosed with long covid and might need reduced hours. she owns the "
                      "claims triage model and the insurer's go-live is on jan 18. what should i do", "Noor")
    assert "Mon 18 Jan" in part and "6 weeks away" in part and "decide this week" in part


def test_a_rota_and_the_week_it_matters_share_one_cover_line() -> None:
    part = _situation("sven's wife died on wednesday. he's on the weekend on-call rota this week and there's a storm forecast from "
                      "sunday. he says work keeps him sane. what do i do", "Sven")
    assert part.count("line up the cover now") == 1
    assert "Sun 06 Dec ('a storm forecast from sunday')" in part


def test_the_person_who_reported_is_not_their_job_title() -> None:
    answer = topic_answer("one of my junior devs (he) told me a senior guy in the plant keeps making comments about his accent and mimicking him. what now",
                          topic_passages("one of my junior devs (he) told me a senior guy in the plant keeps making comments about his accent and mimicking him"), None, {}, TODAY)
    assert answer is not None and "Devs" not in answer


def test_the_managers_own_time_frame_is_no_date_at_stake() -> None:
    part = _situation("kemi showed me messages from a supplier's account manager commenting on her looks after the trade fair. "
                      "she's shaken. what should i do tonight and what on monday?")
    assert "Mon 07 Dec" not in part and "stakeholder" not in part


def test_a_report_of_harassment_names_who_reported_it_and_plans_the_next_meeting_with_the_person():
    from agent.sensitive import topic_answer, topic_passages

    q = ("one of my new analysts (Odile) came to me after retro, upset, said a staff engineer from data platform keeps "
         "mocking her questions in the architecture sync and called her 'the intern' in front of the client last week. "
         "she doesn't want it escalated yet. we have the architecture sync with him again on thursday. what now")
    answer = topic_answer(q, topic_passages(q), None, {}, TODAY)
    assert answer is not None and "Be honest with Odile" in answer and "Retro" not in answer
    assert "Before Thu 10 Dec" in answer and "in that room with the person without a plan" in answer
    assert "promotion case" not in answer  # nobody said there is one


def test_mimicking_an_accent_over_a_visa_worry_is_harassment_and_the_site_visit_with_the_person_gets_a_plan():
    q = ("new manager here. one of my engineers, kwabena, says a supervisor in the warehouse keeps imitating his accent and calls "
         "him 'the foreign guy' in front of the pickers. he's on a work visa and doesn't want trouble. he has the scanner "
         "rollout visit at the north depot with this guy on wednesday. what do i do")
    answer = topic_answer(q, topic_passages(q), None, {}, TODAY)
    assert answer is not None and answer.startswith("**Take it seriously and bring HR in today")
    assert "Before Wed 09 Dec" in answer and "with the person without a plan" in answer


def test_a_review_the_reported_person_holds_over_them_is_handed_to_someone_else_before_it_is_due():
    q = ("yusuf, a grad on my team, showed me messages from his mentor rafael joking about his religion for weeks. rafael also "
         "writes his appraisal next month. he asked me to keep it quiet. what do i do")
    answer = topic_answer(q, topic_passages(q), None, {}, TODAY)
    assert "role over him (buddy, mentor or lead): through HR, end that role now" in answer
    assert "Before January ('" in answer and "that review is already in another senior's hands" in answer
    assert "Fri 01 Jan" not in answer  # 'next month' names no day
    assert "tell the stakeholder" not in answer  # not a deadline to move


def test_a_presentation_after_a_sudden_loss_comes_off_them_when_they_never_said_they_want_it() -> None:
    part = _situation("one of my data engineers, Tobiah, rang at 7 to say his wife died in a car crash last night. he is due to "
                      "demo the routing model to the ops board on wednesday and nobody else has run it. he said he'd maybe be in "
                      "on tuesday. how do i handle this?", "Tobiah")
    assert "take it off him now" in part and "Don't ask him to decide this week" in part and "let him choose" not in part
    assert "be in on tuesday" not in part or "agree with him how that day will go" in part  # a hedged return, never a deadline
    assert "decide this week whether it moves" not in part
    assert "conflict-of-interest" not in part  # 'data engineers ... his wife': the relative is the news, not in his data
