"""A bulleted list of pasted asks, each opened by who sent it the way a chat shows it ('- name (team): ...' or
'- the design guild: ...'), names its sender and team; an alert source keeps its words (they make it an incident), and
a field label ('deadline: ...') is no sender."""

from __future__ import annotations

from agent.understanding.requests import pasted_requests


LIST = """what do i do with these
- ottilie (finance): "can we get margin by store format before the board pack?"
- the design guild: a short talk on how the ranker works, any time in january
- datadog monitor: checkout scorer error rate 4% since 02:10
- eta: end of next week"""


def test_a_sender_and_their_team_open_a_pasted_line():
    got = pasted_requests(LIST)
    assert got[0]["requester"] == "Ottilie" and got[0]["requester_role"] == "finance"
    assert got[0]["text"].startswith("can we get margin by store format")
    assert got[1]["requester"] == "" and got[1]["requester_role"] == "the design guild"
    assert got[1]["text"].startswith("a short talk on how the ranker works")


def test_an_alert_source_and_a_field_label_are_not_senders():
    got = pasted_requests(LIST)
    assert got[2]["text"].startswith("datadog monitor:") and got[2]["requester_role"] == ""
    assert got[3]["text"].startswith("eta:") and got[3]["requester_role"] == ""


def test_quoted_lines_from_several_senders_are_a_triage_even_with_a_question_among_them():
    from datetime import date

    from agent.understanding import parse_situation

    q = ("what do i do with these? about 2 days spare next week\n"
         "> Tariq (ops): the label printer has been printing yesterday's dates since the patch, 20 complaints so far\n"
         "> Bea (finance): could you pull refunds by store for Q4? by the 18th\n"
         "> Olu (CMO): could the model also pick who gets the winter voucher??")
    assert parse_situation(q, None, date(2026, 12, 4)).intents[0] == "triage"


def test_a_signature_of_several_words_after_a_quoted_line_is_its_sender():
    got = pasted_requests('1. "the lift-fault alerts stopped firing overnight" - night shift supervisor\n'
                          '2. "can we get a cost slide for the offsite?" - one of the VPs')
    assert got[0]["requester_role"] == "night shift supervisor" and got[0]["text"] == "the lift-fault alerts stopped firing overnight"
    assert got[1]["requester_role"] == "one of the VPs" and got[1]["text"].startswith("can we get a cost slide")


def test_the_from_line_of_a_pasted_outlook_mail_names_who_wrote_it_and_its_time_is_no_role():
    from agent.understanding.addressee import addressee_in
    from agent.understanding.text import normalise

    text = "reply to this for me, short\n\n-----Original Message-----\nFrom: Benedikt <b.k@ops.example>\nSent: Thursday, December 3, 2026 4:12 PM\nTo: Dana\nSubject: churn\n\nwill the churn model be ready by the 15th?"
    found = addressee_in(normalise(text))
    assert found is not None and found.name == "Benedikt" and found.direction == "from"
    assert "PM" not in normalise(text) and "16:12" in normalise(text)
