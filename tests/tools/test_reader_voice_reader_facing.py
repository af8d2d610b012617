"""The reader-facing test of the voice gate: a pasted chat log, the reader's role and title left before 'you', and a
duty laid on the reader never reach the body as the manager's notes."""

from __future__ import annotations

from tools.reader_voice import Reader, chat_header, gate, one_reader, reader_part, to_reader, without_chat_log

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


def test_a_status_note_with_no_verb_is_said_whole():
    from tools.reader_voice import note_as_sentence

    assert note_as_sentence("invoice matching still blocked on the ERP export") == "The invoice matching is still blocked on the ERP export."
    assert note_as_sentence("label review about half done") == "The label review is about half done."
    assert note_as_sentence("new supplier codes in") == "The new supplier codes are in."
    assert note_as_sentence("Wenjun says 3 weeks left") == "Wenjun says 3 weeks left"  # a subject and a verb already
    assert note_as_sentence("we moved it in") == "we moved it in"


def test_the_gate_takes_out_a_claim_against_the_verdict_and_lists_it_with_why():
    from tools.reader_facing import Verdict

    body = "Hi Ines,\n\nThe invoice matcher is at risk: about a 4% chance of 22 January.\n\nThe invoice matcher is on track, supplier codes in, Wenjun says 3 weeks left."
    words = ["the invoice matcher is on track, supplier codes in, wenjun says 3 weeks left"]
    gated = gate(body, Reader(names=["Ines"]), words, verdict=Verdict(work="Invoice matcher", on_track=False, said="a 4% chance of Fri 22 Jan"))
    assert "on track" not in gated.body
    assert "The supplier codes are in. Wenjun says 3 weeks left." in gated.body
    assert [k.text for k in gated.kept_out] == ["The invoice matcher is on track"]


def test_the_gate_says_a_figure_once_and_keeps_the_rest_of_the_sentence():
    body = "Hello,\n\nThe licence costs about 12k a year.\n\nWhy: Licence cost is roughly 12k a year; last quarter we lost 40k to chargebacks."
    gated = gate(body, Reader(), ["licence cost is roughly 12k a year; last quarter we lost 40k to chargebacks"])
    assert gated.body.count("12k") == 1
    assert "Why: last quarter we lost 40k to chargebacks." in gated.body
    assert [k.why for k in gated.kept_out] == ["the message says it already"]


def test_the_gate_lists_a_note_about_the_reader_it_keeps_out():
    body = "Hi Ottoline,\n\nThe tills move to February. She'll be cross about the delay."
    gated = gate(body, Reader(names=["Ottoline"], pronoun="she"), ["the tills move to february. she'll be cross about the delay"])
    assert "cross" not in gated.body
    assert any("cross" in k.text for k in gated.kept_out)


def test_a_cost_clause_with_no_subject_gets_which():
    said = to_reader("The scans came in two formats, we had to convert them by hand, took two weeks longer.", Reader(names=["Ottoline"]), "", "x")
    assert said == "The scans came in two formats, we had to convert them by hand, which took two weeks longer."
    kept = to_reader("The vendor was late, and that cost us 3 weeks.", Reader(names=["Ottoline"]), "", "x")
    assert kept == "The vendor was late, and that cost us 3 weeks."


def test_our_own_news_in_a_note_about_the_readers_is_still_said():
    body = "Hi team,\n\nEach analyst owns one client from 11 January. They'll be nervous about the smaller accounts, we revisit the split in April."
    gated = gate(body, Reader(pronoun="they"), ["they'll be nervous about the smaller accounts, we revisit the split in april"])
    assert "We revisit the split in April." in gated.body and "nervous" not in gated.body
    assert any("nervous" in k.text for k in gated.kept_out)


def test_the_readers_own_question_is_never_told_back_after_the_answer():
    body = "Hi Wenjun,\n\nShort answer: yes, by March.\n\nWenjun asked me on Monday whether the matcher can replace the manual checks."
    gated = gate(body, Reader(names=["Wenjun"], pronoun="he"), ["wenjun asked me on monday whether the matcher can replace the manual checks"])
    assert "asked me" not in gated.body
    assert [k.why for k in gated.kept_out] == ["their own question, told back to them"]


def test_an_ask_label_naming_the_reader_is_the_ask():
    from tools.reader_voice import note_label

    assert note_label("ask for Ines: a yes on moving the pilot to March") == ("ask", "a yes on moving the pilot to March")


def test_a_new_date_noted_bare_is_said_whole():
    from tools.reader_voice import note_as_sentence

    assert note_as_sentence("new date 19/03") == "The new date is 19/03."
    assert note_as_sentence("realistic eta: early April") == "The realistic ETA is early April."
    assert note_as_sentence("new dates for the rollout are agreed") == "new dates for the rollout are agreed"
