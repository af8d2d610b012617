"""Sensitive answers built on what the manager said happened: data sent to people outside the company and already
taken down is contained by asking them to delete it (never 'don't delete it'), and a grieving report who still wants to
do one dated thing gets an answer about that thing, by name, instead of a generic deadline line."""

from __future__ import annotations

import re

from agent.sensitive import stated_case, topic_answer, topic_of, topic_passages


def _answer(text: str, person: str | None = None) -> str:
    answer = topic_answer(text, topic_passages(text), person, {})
    assert answer is not None
    return answer


def test_personal_data_sent_to_an_outside_firm_and_already_removed_is_contained_by_their_deletion():
    q = ("Kwabena emailed a spreadsheet with patient names and dates of birth for around 900 patients to the wrong client "
         "this morning. He spotted it an hour later and recalled it, then came straight to me. What now?")
    assert topic_of(q).name == "data_incident"
    answer = _answer(q, "Kwabena")
    assert "delete the email and every copy and confirm it" in answer  # an email: their deletion, no channel to take down
    assert "the wrong client" in answer and "about 900 patients" in answer and "channel as it is" not in answer
    assert "72 hours" in answer and "data protection officer" in answer
    assert "Kwabena recalling it fast was the right first step, but a recall rarely reaches an outside inbox" in answer
    assert not re.search(r"laptop|Don't tell them to delete|not to delete|stop using that copy", answer)


def test_a_share_with_a_partner_that_is_still_up_is_taken_down_first():
    q = "one of my analysts shared a file with home addresses and dates of birth with our logistics partner in a joint channel. what do I do?"
    answer = _answer(q)
    assert "Take it down now" in answer and "our logistics partner delete every copy" in answer


def test_already_deleted_drops_the_do_not_delete_line_from_the_laptop_playbook_too():
    q = "Mo copied customer data to his personal laptop last week; he told me today and has already deleted it. What should I do?"
    assert stated_case(topic_of(q), q) is not None
    answer = _answer(q, "Mo")
    assert "security" in answer
    assert not re.search(r"Don't tell them to delete|not to delete", answer)


def test_a_grieving_report_who_still_wants_to_run_a_dated_session_gets_that_choice_by_name():
    q = ("Ines's father passed away on sunday. She says she still wants to run the labelling workshop friday because it "
         "keeps her busy. What should I do?")
    assert topic_of(q).name == "bereavement"
    answer = _answer(q, "Ines")
    assert "Friday is Ines's choice" in answer
    assert "someone else can run it" in answer and "the labelling workshop" in answer
    assert '"Ines, I\'m so sorry about your father.' in answer
    assert "backup for Friday" in answer
    assert not re.search(r"launch date|\[Name\]|deadline is (?:now )?your problem", answer)


def test_a_recent_joiner_who_lost_someone_is_told_the_policy_without_having_to_ask():
    q = "Arjun has only been here two months and his grandmother died yesterday. How do I handle it?"
    assert "joined recently" in _answer(q, "Arjun")


def test_a_harassment_report_about_someone_at_a_client_with_a_day_ahead_drops_the_lines_it_contradicts():
    q = ("Lucia says the account manager from our biggest client keeps texting her at midnight and joked about her body at "
         "the kickoff. She's due to travel with him tomorrow for the data walkthrough. What do I do?")
    assert topic_of(q).name == "harassment"
    answer = _answer(q, "Lucia")
    assert "works for another company" in answer and "don't send her with that person" in answer
    assert not re.search(r"Don't move them off their work|any say over their review, promotion", answer)


def test_a_colleague_reported_inside_the_company_keeps_the_promotion_recusal_line():
    q = "Nadia told me a senior engineer keeps making comments about her looks in code review and he sits on her promotion panel."
    answer = _answer(q, "Nadia")
    assert "works for another company" not in answer and "recused" in answer


def test_an_operation_named_with_the_body_part_is_a_planned_leave():
    assert topic_of("Bjorn has a knee operation on feb 2 and will be off about five weeks. How do I plan cover?").name == "planned_leave"


def test_a_file_emailed_to_someone_at_the_wrong_firm_is_contained_by_their_deletion_not_a_take_down():
    q = ("my analyst just told me she emailed a workbook with 1,200 tenants' names and rent arrears to a surveyor at the wrong "
         "company about half an hour ago. what now")
    assert topic_of(q).name == "data_incident"
    answer = _answer(q)
    assert "delete the email and every copy" in answer and "surveyor at the wrong company" in answer
    assert "about 1,200 tenants" in answer and "recall the email" in answer
    assert not re.search(r"channel as it is|Take it down now|laptop|stop using that copy", answer)


def test_a_public_channel_with_no_personal_data_put_in_it_is_no_data_incident():
    q = ("hard 1:1 with ottavio thursday. two juniors say he tears their merge requests apart in the public channel, 'did you "
         "even run this'. need it to stop without losing him")
    t = topic_of(q)
    assert t is None or t.name != "data_incident"


def test_a_harassment_report_in_dms_is_recognised_and_answered_about_who_brought_it():
    from agent.sensitive import _reporter

    q = ("marisol, one of my new analysts (second month, first job), stayed late and showed me messages from fabrizio, her "
         "mentor: comments about what she wears to the office, and 'joking' she should come over to his place to review "
         "her code. she's scared it will hurt her review. what do i do")
    t = topic_of(q)
    assert t is not None and t.name == "harassment"
    assert _reporter(q, t, "Fabrizio") == "Marisol"  # who brought it, never the person reported
