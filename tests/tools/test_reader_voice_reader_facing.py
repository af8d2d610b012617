"""The reader-facing test of the voice gate: a pasted chat log, the reader's role and title left before 'you', and a
duty laid on the reader never reach the body as the manager's notes."""

from __future__ import annotations

from tools.reader_voice import Reader, chat_header, one_reader, reader_part, to_reader, without_chat_log

LOG = """sort these out for me pls

Osric (Plant Lead)  6:55 AM
the moisture readings on line 2 are stuck at zero since the restart

Philippa (Procurement)  9:40 AM
could we get a supplier scorecard by the 14th? half a day i think

thanks"""


def test_a_chat_log_header_names_its_writer_and_a_time_in_a_note_does_not():
    assert chat_header("Osric (Plant Lead)  6:55 AM") == "Osric"
    assert chat_header("Bryony Hale 14:02") == "Bryony Hale"
    assert chat_header("[08:10] Tamsin: is the export fixed?") == "Tamsin"
    assert chat_header("Standup Tuesday 9:30") == ""
    assert chat_header("The retrain finished at 4:10 AM") == ""


def test_the_posts_of_a_pasted_chat_log_are_left_out_and_the_managers_own_lines_stay():
    text = without_chat_log(LOG)
    assert "moisture readings" not in text and "supplier scorecard" not in text and "Osric" not in text
    assert "sort these out for me pls" in text and "thanks" in text


def test_one_bare_name_and_time_line_is_no_chat_log():
    note = "Kit 10:30\nthe rollout moves to Thursday"
    assert without_chat_log(note) == note


def test_the_readers_role_and_title_left_before_you_go_with_them():
    assert one_reader("Our director of nursing Dr Ifeoma you have asked me to summarise the pilot.") == "You asked me to summarise the pilot."
    assert one_reader("my board chair Mrs Achterberg you wanted the numbers") == "you wanted the numbers"
    assert one_reader("Last Tuesday you asked for the numbers.") == "Last Tuesday you asked for the numbers."


def test_the_gate_says_a_surname_only_reader_as_one_you():
    reader = Reader(names=["Dr Abernethy", "Abernethy"], pronoun="she")
    said = to_reader("Our head of pharmacy Dr Morwenna Abernethy has asked me to explain the stock forecast.", reader, "", "x")
    assert said == "You asked me to explain the stock forecast."


def test_a_decision_laid_on_the_reader_is_asked_for():
    assert reader_part("You need to decide whether the pilot starts in March or waits for the new scanners.") == "Could you decide whether the pilot starts in March or waits for the new scanners?"
    assert reader_part("So you have to choose between the two vendors by 9.1. at the latest.") == "Could you choose between the two vendors by 9.1. at the latest?"


def test_the_readers_own_report_to_others_is_what_the_message_helps():
    assert reader_part("You have to present the numbers to the governors on Thursday.") == "I hope this helps when you present the numbers to the governors on Thursday."


def test_a_rule_for_the_reader_to_follow_stays_as_said():
    for rule in ("You have to log in with the new badge from Monday.", "You need to book the GPU nodes a day ahead."):
        assert reader_part(rule) == rule


def test_the_gate_asks_the_reader_for_the_decision_the_notes_lay_on_them():
    reader = Reader(names=["Ottoline"], pronoun="she")
    said = to_reader("Ottoline needs to decide whether the stores open the new tills in February or keep the old ones.", reader, "", "x")
    assert said == "Could you decide whether the stores open the new tills in February or keep the old ones?"
