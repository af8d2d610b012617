"""Sensitive answers fit the case the manager described: whose health it is (a carer asking for fewer days is not a
patient), what is asked (an adjustment, a leaked pay list, a deleted 'I'm done' message), card lines that presuppose a
fact nobody stated are left out, and two asked time frames ('this evening and tomorrow') each get their own steps."""

from __future__ import annotations

import re

from agent.sensitive import time_frames, topic_answer, topic_of, topic_passages


def _answer(text: str, person: str | None = None, facts: dict | None = None) -> str:
    answer = topic_answer(text, topic_passages(text), person, facts or {})
    assert answer is not None
    return answer


def test_a_family_members_illness_makes_a_carer_not_a_patient_with_the_hours_and_the_stakeholder_line():
    q = ("Kwame's mum has dementia and he's asked to drop to three days a week until spring; the ranking revamp is his. "
         "I'm fine with it. what do I tell Elena when she asks about the date?")
    assert topic_of(q).name == "carer"
    answer = _answer(q, "Kwame", {"project": "Ranking revamp"})
    assert answer.startswith("**It is Kwame's mum who is ill, not him")
    assert "At three days a week Kwame has three fifths of his time" in answer
    assert "Ranking revamp takes about two thirds longer" in answer
    assert "What to tell Elena" in answer and "personal matter" in answer
    assert not re.search(r"health comes first|emergency services|crisis line|out for a while", answer)


def test_an_adjustment_request_is_answered_as_one_and_the_direct_question_gets_a_yes():
    q = ("Signe told me she's dyslexic and asked for written agendas before design reviews and more time on review comments. "
         "Is this something I can agree to or does HR need to sign off?")
    assert topic_of(q).name == "adjustment"
    answer = _answer(q, "Signe")
    assert "Your question: yes, say yes yourself" in answer and "HR" in answer and "private" in answer
    assert not re.search(r"emergency|crisis line|legal|health comes first", answer)


def test_a_leaked_pay_list_is_a_data_incident_and_a_pay_question_not_a_raise_request():
    q = ("Someone posted the engineering payroll export in #general for ten minutes before it was pulled; Dmitri and Hana "
         "noticed they earn less than the guy we hired in March. What do I do?")
    assert topic_of(q).name == "pay_leak"
    answer = _answer(q)
    assert "HR and security today" in answer and "promise no raise" in answer
    assert "competing offer" not in answer  # a raise card line that presupposes an offer


def test_a_deleted_done_with_this_place_message_gets_a_private_check_in_and_an_unblock():
    q = "at 2am ola posted 'I'm so done with this place' in our team channel then deleted it. he's been stuck waiting on data access for a week. should I say something?"
    assert topic_of(q).name == "quit_signal"
    answer = _answer(q, "Ola")
    assert answer.startswith("**Bring it up, privately and soon") and "unblock it yourself today" in answer
    assert not re.search(r"disciplinary process|performance improvement", answer, re.I) or "Don't treat it as misconduct" in answer


def test_a_promotion_line_appears_only_when_a_promotion_was_mentioned():
    plain = "Bea showed me DMs from a director in another team commenting on her body. What do I do?"
    panel = "Bea showed me DMs from a director commenting on her body, and he sits on her promotion panel next month. What do I do?"
    assert "Your promotion case will be judged" not in _answer(plain, "Bea")
    assert "Your promotion case will be judged" in _answer(panel, "Bea")


def test_two_time_frames_asked_get_their_own_steps_and_hr_waits_for_office_hours():
    q = "Bea showed me DMs from a director commenting on her body. What should I do this evening and what tomorrow?"
    assert time_frames(q) == ("this evening", "tomorrow")
    answer = _answer(q, "Bea")
    evening = answer.index("**What to do this evening**")
    tomorrow = answer.index("**What to do tomorrow**")
    assert evening < tomorrow and "**What to say this evening**" in answer
    assert "Contact HR" in answer[tomorrow:] and "Contact HR" not in answer[evening:tomorrow]
    assert "Listen, thank them" in answer[evening:tomorrow]
    assert "What to do, in this order" not in answer


def test_one_time_frame_keeps_the_ordered_steps():
    q = "Bea showed me DMs from a director commenting on her body. What do I do today?"
    assert time_frames(q) is None and "**What to do, in this order**" in _answer(q, "Bea")


def test_a_department_waiting_on_the_date_gets_a_line_to_send_and_the_owned_work_is_named():
    q = ("Ngozi told me her mother had a heart attack last night and she's flying to Accra tomorrow. she owns the nightly "
         "rebuild of the collections propensity scores and the model review is due to the credit committee on the 16th. "
         "what do I say to risk?")
    answer = _answer(q, "Ngozi")
    assert 'To Risk: "An unexpected absence on the team puts' in answer
    assert "re-plan the nightly rebuild of the collections propensity scores without her" in answer
    assert "mother" not in answer.split('To Risk: "')[1].split('"')[0]  # the line to send keeps the reason private


def test_a_partner_in_an_accident_is_the_relative_who_comes_first_and_a_presentation_in_brackets_keeps_its_kind():
    from datetime import date

    q = ("one of my MLEs, tomasz, messaged at 7am: his husband was in a bad cycling accident last night and is in surgery. "
         "tomasz is the one demoing the routing model to harbourline (our biggest port client) wed at 2. what do i do today")
    answer = topic_answer(q, topic_passages(q), "Tomasz", {}, date(2026, 12, 4))
    assert answer is not None and answer.startswith("**Tell Tomasz to go: his husband comes first")
    assert "Your health comes first" not in answer
    assert "Wed 09 Dec" in answer and "have a backup ready now" in answer
