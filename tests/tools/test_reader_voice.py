"""The reader-voice gate: the manager's sentences reach the body said to the reader, or not at all."""

from __future__ import annotations

from tools.reader_voice import Reader, base_verb, fact_still_said, faults, gate, stated_facts, to_reader

PLANT = Reader(names=["Ingrid", "head of packaging"], pronoun="she", others=["Tomas"])


def test_a_title_as_subject_becomes_you_and_its_verb_agrees():
    said = to_reader("Head of packaging wants a defect dashboard on every line by March.", PLANT)
    assert said == "You want a defect dashboard on every line by March."


def test_the_readers_name_and_possessive_become_you_and_your():
    said = to_reader("Ingrid's shift leads keep flagging false stops, and Ingrid has asked twice.", PLANT)
    assert said == "Your shift leads keep flagging false stops, and you have asked twice."


def test_a_pronoun_of_the_readers_gender_becomes_you_with_agreement():
    said = to_reader("She still owns the line budget and she lends us her vision engineer for two sprints.", PLANT)
    assert said == "You still own the line budget and you lend us your vision engineer for two sprints."


def test_a_pronoun_after_someone_else_is_named_stays_theirs():
    said = to_reader("Tomas built the rig and we pair her analysts with him.", Reader(names=["Ingrid"], pronoun="she", others=["Tomas"]))
    assert "with him" in said  # Tomas, not the reader
    other_gender = to_reader("His rig is fine, ask him.", PLANT)
    assert other_gender == "His rig is fine, ask him."  # the reader is 'she': 'his' is someone else's


def test_a_title_after_a_preposition_is_left_alone():
    reader = Reader(names=["CRO"], pronoun="")
    assert to_reader("The samples at the CRO are booked for May.", reader) == "The samples at the CRO are booked for May."


def test_the_managers_tell_that_framing_goes_and_their_becomes_your():
    reader = Reader(names=["Northwind"], pronoun="they")
    said = to_reader("have to let our biggest distributor (Northwind) know that the routing model for their 12 depots moves to April.", reader)
    assert said == "The routing model for your 12 depots moves to April."


def test_a_verbless_reader_head_before_that_is_cut():
    reader = Reader(names=["key account"], pronoun="")
    said = to_reader("Our key account (Brightmart) that the shelf-gap alerts are late by two weeks.", reader)
    assert said == "The shelf-gap alerts are late by two weeks."


def test_context_meant_for_the_drafter_is_never_said():
    for note in (
        "I've got 45 minutes with her on Thursday.",
        "Hoping to settle the rota question, not relitigate the old incident.",
        "Need to say no to her.",
        "I'd be glad of help wording a short reply to the plant.",
        "Ingrid is going to be annoyed.",
    ):
        assert to_reader(note, PLANT) == "", note


def test_grammar_faults_are_named():
    assert faults("You needs the numbers by Friday.") == ["you with a third-person verb"]
    assert "a subject where a verb should be" in faults("I want they to sign off first.")
    assert "a verb that does not agree" in faults("It need a shorter version.")
    assert "an unclosed bracket or quote" in faults("The label '0 is wrong (see the audit.")
    assert "no verb" in faults("Escalation problem, sort of.")
    assert faults("Recall up from 0.70 to 0.81") == []  # a status note with its numbers is short, not broken
    assert faults("It doesn't mean that.") == []
    assert faults("Send it to me by Friday.") == []


def test_base_verb_gives_the_form_after_you():
    assert [base_verb(w) for w in ("carries", "lends", "is", "has", "doesn't", "press")] == ["carry", "lend", "are", "have", "don't", "press"]


def test_stated_facts_picks_numbers_and_dates():
    assert stated_facts("We need 3 more annotators from Monday at about $40k.") == ["3 more", "Monday", "$40k"]


def test_the_gate_fixes_the_managers_sentences_leaves_template_lines_and_lists_what_it_dropped():
    body = (
        "Hi Ingrid,\n\nWe can't take the dashboard on as asked.\n\n"
        "Head of packaging wants it by March. Escalation problem, sort of. It need a quick version. We needs 14 lines idle overnight.\n\n"
        "Would that work for you?"
    )
    words = ["head of packaging wants it by march", "escalation problem, sort of", "it need a quick version", "we needs 14 lines idle overnight"]
    out = gate(body, PLANT, words)
    assert "You want it by March." in out.body
    assert "Escalation" not in out.body and "It need" not in out.body
    assert "We can't take the dashboard on as asked." in out.body and out.body.endswith("Would that work for you?")
    assert out.lost == ["14 lines"]  # the number a dropped broken sentence carried, for the manager to add; the drafter's note carries none
    assert len(out.dropped) == 3


def test_a_bracket_left_open_is_mended_not_dropped():
    body = "Hi Ingrid,\n\nWhat I'm asking for: one contractor for eight weeks, about 30k (yes, again.\n\nCan you approve it?"
    out = gate(body, PLANT, ["one contractor for eight weeks, about 30k (yes, again"])
    assert "What I'm asking for: one contractor for eight weeks, about 30k." in out.body
    assert out.dropped == [] and out.lost == []


def test_has_before_a_past_participle_with_an_object_becomes_youve_and_a_state_stays_youre():
    from tools.reader_voice import _agree

    assert _agree("you's dropped two handoffs this month") == "you've dropped two handoffs this month"
    assert _agree("you're overloaded this sprint") == "you're overloaded this sprint"
    assert _agree("you're concerned the rollout slips") == "you're concerned the rollout slips"


def test_a_bracketed_note_about_the_team_file_never_reaches_the_reader_and_the_rest_of_the_bracket_stays():
    from tools.reader_voice import without_asides, without_tool_notes

    assert without_tool_notes("rafa (contractor, not in my team file) starts monday") == "rafa (contractor) starts monday"
    assert without_tool_notes("rafa (not on the team file yet) starts monday") == "rafa starts monday"
    assert without_asides("the eval (v2, held out) is done") == "the eval (v2, held out) is done"


def test_asking_how_to_phrase_it_is_a_note_to_the_writer_never_a_sentence_of_the_message():
    from tools.reader_voice import read_note

    assert read_note("how should i word it so it doesn't sound like a demotion").kind == "instruction"
    assert read_note("how do we tell them without it sounding like blame").kind == "instruction"


def test_the_managers_ask_of_the_tool_is_an_instruction_never_a_line_of_the_message():
    from tools.reader_voice import _INSTRUCTION

    assert _INSTRUCTION.search("can u decline mirela's ask for a custom uplift model by jan 15")
    assert _INSTRUCTION.search("please draft a reply to the auditors")
    assert not _INSTRUCTION.search("can you confirm the sample size by friday?")  # a question to the reader stays


def test_her_as_an_object_before_yet_or_still_is_you_not_your():
    from tools.reader_voice import _OBJECT_NEXT

    assert _OBJECT_NEXT.match(" yet")
    assert _OBJECT_NEXT.match(" still")
    assert not _OBJECT_NEXT.match(" team")


def test_a_negated_third_person_verb_agrees_with_you():
    from tools.reader_voice import Reader, to_reader

    assert to_reader("Odile still hasn't signed the data agreement.", Reader(names=["Odile"])) == "You still haven't signed the data agreement."
    assert to_reader("Odile doesn't answer the calls.", Reader(names=["Odile"])) == "You don't answer the calls."


def test_how_the_message_must_not_land_is_for_the_writer_in_any_clause():
    from tools.reader_voice import for_the_drafter

    assert for_the_drafter("he's quick and will escalate to the coo if this sounds like a fob-off")
    assert for_the_drafter("she'll be hurt if it comes across as a telling-off")
    assert not for_the_drafter("the model flags a batch if the reading looks like contamination")


def test_a_refusal_opener_before_a_named_persons_work_is_dropped():
    out = to_reader("Can't: Oskar's on the billing migration until the 20th.", Reader(names=("Greta",)))
    assert not out.lower().startswith("can't") and "Oskar's on the billing migration" in out


def test_a_verbless_line_saying_who_the_reader_is_is_for_the_writer():
    from tools.reader_voice import for_the_drafter

    assert for_the_drafter("fleet maintenance lead at the northern depots (customer)")
    assert for_the_drafter("Head of procurement at Vossberg Foods")
    assert not for_the_drafter("head of procurement at Vossberg signed the renewal on friday")


def test_a_clipped_piece_of_the_notes_is_a_fragment_and_a_sentence_with_its_verb_is_not():
    from tools.reader_voice import fragment

    for clipped in ("Fourth time.", "Nine stores.", "Twice.", "Half the floor."):
        assert fragment(clipped), clipped
        assert "a fragment of the notes" in faults(clipped)
    for whole in ("It failed twice.", "Nine stores run the pilot.", "Thanks again.", "Next step: Monday.", "Twice?", "Send it twice."):
        assert not fragment(whole), whole


def test_a_fragment_of_the_notes_never_reaches_the_reader_but_its_neighbours_do():
    notes = "The night shift moves to the new scanner on Monday. Nine stores. Each store gets a trainer for the first week."
    body = "Hi all,\n\nThe night shift moves to the new scanner on Monday. Nine stores. Each store gets a trainer for the first week."
    gated = gate(body, Reader(), [notes])
    assert "Nine stores." not in gated.body
    assert "The night shift moves to the new scanner on Monday." in gated.body and "Each store gets a trainer for the first week." in gated.body
    assert "Nine" in gated.lost  # left to the writer's notes, never lost silently


def test_an_example_after_eg_stays_in_its_sentence_and_is_said_in_words():
    from tools.reader_voice import plain_register

    body = "Hi Ingrid,\n\nA normal shift shows e.g. 12-18 stops. Most of them clear in a minute."
    out = gate(body, PLANT, ["a normal shift shows e.g. 12-18 stops. most of them clear in a minute"])
    assert "12-18 stops" in out.body and out.lost == []
    assert plain_register("a normal shift shows e.g. 12-18 stops") == "a normal shift shows for example 12-18 stops"


def test_a_long_sentence_of_the_notes_joined_at_a_colon_is_two_sentences_and_a_label_keeps_its_colon():
    from tools.reader_voice import run_on_split

    joined = ("The line-balancing model moves from 9 December to 20 January: the sensor export from plant two only arrived on Monday, "
              "a week later than promised, and the first test run showed it overloads the night shift.")
    first, second = run_on_split(joined)
    assert first == "The line-balancing model moves from 9 December to 20 January." and second.startswith("The sensor export from plant two")
    label = "What I can offer: a manual export of the night-shift plan every Monday morning until the model is back, plus a review with your planners."
    assert run_on_split(label) == [label]
    assert run_on_split("Heads-up: the export is late.") == ["Heads-up: the export is late."]


def test_the_readers_reaction_foreseen_for_the_writer_never_reaches_them_and_their_plans_do():
    from tools.reader_voice import leak

    for note in ("but he'll ask why we need it now", "They'll worry about losing the on-call bonus.", "she's very protective of that pipeline"):
        assert leak(note) == "instruction", note
    for content in ("She'll start on the fraud queue on 4 January.", "They will ship the matcher on Monday.", "The stores will ask why the price moved."):
        assert leak(content) == "", content


def test_a_numeric_date_is_one_fact_still_said_by_its_words():
    # b45-d02 showed the class: '12/02' was split into '12' and '02' and reported lost though the draft says 12 February
    assert stated_facts("new date 12/02, budget 40k") == ["12/02", "40k"]
    assert fact_still_said("12/02", "The date moves to Friday 12 February.")
    assert fact_still_said("03/11", "It lands on November 3rd.")
    assert not fact_still_said("12/02", "It takes 12 weeks.")


def test_a_relative_clause_may_end_on_its_preposition():
    from tools.reader_voice import faults

    assert "a dangling end" not in faults("It flags about 8 in 10 of the routes our drivers have good GPS traces of.")
    assert "a dangling end" in faults("The delay is mostly the result of.")
    assert "a dangling end" in faults("We cut the backlog because of.")
