"""The one home that sorts the manager's notes (`read_note`): instructions to the writer never reach a body, frames
and labels come off and leave their content said to the reader, plain content is kept."""

from __future__ import annotations

from tools.reader_voice import Reader, gate, note_label, read_note, to_reader


def test_notes_about_the_message_itself_are_instructions():
    for note in (
        "say no to bartholomew (our head of sales)",
        "zero maths jargon please",
        "I don't want the email to come across as whining",
        "she prefers a two-page memo",
        "honestly i'm a bit anxious about sending this",
    ):
        assert read_note(note).kind == "instruction", note


def test_an_ask_framed_for_the_writer_is_said_as_the_ask():
    note = read_note("okay so need to ask our CFO (Margit) for two more annotators in February")
    assert note.kind == "frame" and note.role == "ask"
    assert note.text == "I'm asking you for two more annotators in February"


def test_a_settled_decision_keeps_only_the_invitation():
    note = read_note("it's final, but i want thoughts on how we run the retro")
    assert note.kind == "frame" and note.text == "I'd like your thoughts on how we run the retro"


def test_labels_say_what_kind_of_content_follows():
    assert read_note("could offer: a weekly export of the flagged claims").role == "offer"
    assert read_note("three reasons: the feed broke and the vendor was late").role == "reason"
    assert read_note("Suggestion: pause the rollout until the audit").text == "I suggest we pause the rollout until the audit"
    assert read_note("the case: we are two people short").text == "we are two people short"
    assert note_label("09:30: standup") is None  # a time, not a label


def test_a_subjectless_want_is_the_readers_request():
    note = read_note("needs a churn score for every store by march 3")
    assert note.role == "request" and note.text.startswith("you want a churn score")


def test_content_and_ordinary_openings_are_kept():
    assert read_note("So far 4 of 6 sites are live").kind == "content"
    assert read_note("Well under budget this quarter").kind == "content"
    assert read_note("the feed arrives at 6am now").kind == "content"


def test_the_gate_leaves_out_an_instruction_and_takes_a_pasted_label_off():
    reader = Reader(names=["Ottilie"], pronoun="she")
    body = "Hi Ottilie,\n\nThe audit moved to March. No technical words. Proposal: freeze the model until then.\n\nThanks"
    gated = gate(body, reader, ["the audit moved to march", "no technical words", "Proposal: freeze the model until then"])
    assert "technical words" not in gated.body and "Proposal:" not in gated.body
    assert "I suggest we freeze the model until then." in gated.body


def test_the_gate_keeps_the_drafters_own_why():
    reader = Reader(names=["Ottilie"])
    assert to_reader("Why: the rota is too thin over Christmas.", reader, source="the rota is too thin over christmas").startswith("Why:")


def test_the_managers_dread_and_the_tell_frame_come_off_the_content():
    note = read_note("i need to tell our client the fraud scores are three weeks late and i'm dreading it")
    assert note.kind == "frame" and note.text == "The fraud scores are three weeks late"


def test_who_the_message_is_for_is_an_instruction_but_what_it_is_for_is_content():
    assert read_note("it's for prof. adeyemi, head of the sleep clinic").kind == "instruction"
    assert read_note("it's for the march board pack").kind == "content"


def test_a_length_limit_told_to_the_writer_never_reaches_the_reader_and_a_count_of_things_does():
    from tools.reader_voice import Reader, read_note, to_reader

    reader = Reader(names=["Wenonah"])
    for limit in ("A third of a page at most.", "One page max, and no finance jargon please.", "Keep it under 120 words and no acronyms.", "Four sentences tops."):
        said = limit.replace("A third of a", "Half a")
        assert read_note(said).kind == "instruction" and to_reader(said, reader) == "", said
    for fact in ("Four lines went down on Tuesday.", "Two pages of the audit are still missing."):
        assert to_reader(fact, reader) == fact


def test_a_rule_line_around_a_pasted_draft_is_furniture():
    from tools.reader_voice import header_line, without_furniture

    assert header_line("---------- Draft ---------") and header_line("----- Original Message -----") and header_line("From: me")
    assert not header_line("- the scanner feed is back")
    assert without_furniture("Hi Wenonah,\n\n---------- My draft ----------\n\nThe feed is back.") == "Hi Wenonah,\n\nThe feed is back."
