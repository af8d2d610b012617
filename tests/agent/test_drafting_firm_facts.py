"""A firmer rewrite carries what makes it firm: the manager's dated facts and consequences said next to the pasted
message, and the need with 'it' said as the thing the message asks for."""

from agent.drafting import firm_background, need_with_referent

PASTED = "Hi Ana, just checking whether the signed data agreement might come through at some point? No rush!"
QUESTION = (
    "firmer please. legal has sat on the signed data agreement for 6 weeks. the pilot starts feb 2 and without the "
    f"agreement we cannot load any patient records. we need it back by the 20th: \"{PASTED}\""
)


def test_dated_facts_and_consequences_before_the_message_are_kept():
    told = firm_background(QUESTION, PASTED, "it back by the 20th")
    assert "Legal has sat on the signed data agreement for 6 weeks." in told
    assert "The pilot starts feb 2 and without the agreement we cannot load any patient records." in told
    assert "firmer" not in told.lower()


def test_it_in_the_need_is_the_thing_both_the_note_and_the_message_name():
    assert need_with_referent("it back by the 20th", QUESTION, PASTED) == "the signed data agreement back by the 20th"
    assert need_with_referent("the report by friday", QUESTION, PASTED) == "the report by friday"
    assert need_with_referent("it back by the 20th", "we need it back by the 20th: \"hi\"", "hi") == "it back by the 20th"


def test_a_fact_said_in_the_same_sentence_as_the_instruction_is_kept_without_the_instruction_or_the_reader():
    told = firm_background('firmer please, for the product manager, the spec was due last friday\n"Hey! Any news on the spec?"', "Hey! Any news on the spec?", "")
    assert told == "The spec was due last friday."


def test_names_typed_in_lower_case_in_a_pasted_message_are_capitalised_but_words_are_not():
    from agent.drafting import _names_capitalised

    said = _names_capitalised("can you loop in ines before moving sam onto stuff? we have a grace period", "firmer, marco keeps taking ines")
    assert said == "can you loop in Ines before moving Sam onto stuff? we have a grace period"
    assert _names_capitalised("The nightly backup ran 40 minutes over its window.", "make it kinder") == "The nightly backup ran 40 minutes over its window."


def test_a_word_that_heads_a_thing_in_the_note_is_no_name_and_the_stated_need_stops_at_the_draft_label():
    from agent.drafting import _names_capitalised, _rewrite_input, rewrite_need

    pasted = "Hi Joss, any chance the calibration file could come over soon? No stress!"
    question = f"firmer. joss at meterco still hasn't sent the calibration file, it was due 2 nov. i need it by next friday. my draft:\n\"{pasted}\""
    assert rewrite_need(question, pasted) == "it by next friday."
    assert need_with_referent("it by next friday.", question, pasted) == "the calibration file by next friday."
    assert "calibration file" in _names_capitalised(pasted.lower(), "the calibration file, joss")
    from datetime import date
    from agent.situation import Situation

    facts = _rewrite_input(Situation(intents=["stakeholder_message"]), question, date(2026, 12, 4), "vendor", "Joss", pasted)["facts"]
    assert "it was due 2 nov" in facts["reason"]  # the note's facts are found even when the message's names get capitals


def test_the_need_ends_where_a_spoken_draft_label_starts():
    from agent.drafting import rewrite_need

    q = "firmer pls. we need the logs by the 9th or the audit slips here's my draft quote hi piet any news on the logs no rush end quote"
    assert rewrite_need(q, "hi piet any news on the logs no rush") == "the logs by the 9th or the audit slips"
