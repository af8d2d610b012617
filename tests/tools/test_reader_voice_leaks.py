"""What a message never carries from the manager's notes (tools/reader_voice.leak): their own aside or feeling, and
their words to the tool; and what the gate makes of a sentence that holds one: an ask said as an ask, a label for how
to put it taken off, the reader described between commas spoken to, a team's 'their ideas' said as 'your ideas'."""

from tools.reader_voice import Reader, gate, leak, said_as_ask, to_reader

CFO = Reader(names=["Ottilie", "head of finance"], pronoun="she")


def test_the_managers_own_feelings_and_retorts_are_asides():
    assert leak("That's wrong, and I'm dreading telling the steering group but I must.") == "aside"
    assert leak("It isn't, and I'm dreading raising it with the dean.") == "aside"
    assert leak("I'm really not looking forward to this call.") == "aside"
    assert leak("I shouldn't have to chase the vendor every week.") == "aside"
    assert leak("I'm worried the vendor misses the date.") == ""  # a worry about the work is content


def test_words_to_the_tool_are_instructions_wherever_they_sit():
    assert leak("Make it sound like we're on top of it.") == "instruction"
    assert leak("A firm no, he's a bit prickly about these.") == "instruction"
    assert leak("Honest framing: the retrain may not beat the baseline.") == "instruction"
    assert leak("They mainly care whether the cameras film people.") == "instruction"
    assert leak("She can't stand jargon.") == "instruction"
    assert leak("The shift leads care about the alarm count.") == ""  # someone else's concern is content


def test_so_i_want_is_said_as_the_ask():
    assert said_as_ask("so i want €12k now for a three-week trial") == "I'm asking for €12k now for a three-week trial"
    assert said_as_ask("What I'm asking for: and I need two more annotators.") == "What I'm asking for: two more annotators."
    assert said_as_ask("I want to review it in April.") == "I want to review it in April."


def test_a_label_for_how_to_put_it_is_taken_off_and_the_content_stays():
    said = to_reader("honest framing: the new ranker might not beat the old one, so we check on 3 March.", CFO)
    assert said == "The new ranker might not beat the old one, so we check on 3 March."


def test_an_aside_with_a_deadline_keeps_the_deadline_as_the_managers_plan():
    said = to_reader("It isn't, and i'm dreading correcting the dean but i have to before the senate meets on the 9th.", CFO)
    assert said == "I want to set this straight before the senate meets on the 9th."
    assert to_reader("I shouldn't have to check every export myself.", CFO) == ""


def test_the_reader_described_between_commas_is_spoken_to():
    reader = Reader(names=["Benedikt"])
    assert to_reader("Benedikt, our board observer from Halvard Capital, asked on Monday why churn rose.", reader) == "You asked on Monday why churn rose."
    assert to_reader("Benedikt, our forecast is late again.", reader) == "Benedikt, our forecast is late again."  # a vocative, not a description


def test_a_team_post_says_your_ideas_to_the_team():
    body = "Hi team,\n\nFrom 1 February every release needs a rollback plan. I want their input on the template by Friday."
    out = gate(body, Reader(pronoun="they"), ["I want their input on the template by Friday."])
    assert "I want your input on the template by Friday." in out.body
    kept = gate("Hi Rosa,\n\nThe auditors sent their comments.", Reader(names=["Rosa"], pronoun="she"), ["The auditors sent their comments."])
    assert "their comments" in kept.body  # one reader: the auditors' comments stay theirs


def test_the_gate_drops_the_aside_and_the_instruction_and_keeps_the_content():
    notes = ["Keep it friendly, she's not the enemy.", "The export moves to Thursday 14 January.", "I'm dreading this call."]
    out = gate("Hi Ottilie,\n\nKeep it friendly, she's not the enemy. The export moves to Thursday 14 January. I'm dreading this call.", CFO, notes)
    assert out.body == "Hi Ottilie,\n\nThe export moves to Thursday 14 January."


def test_a_note_with_no_subject_is_said_as_a_sentence():
    reader = Reader(names=["Maelle"])
    assert to_reader("Survey contractor, 3 wks late on the bathymetry files.", reader) == "The bathymetry files are now 3 wks late."
    assert to_reader("two weeks waiting on a service account for the loader.", reader) == "We've been waiting two weeks for a service account for the loader."
    assert to_reader("Need the files by Thursday or the dredging plan uses last year's survey.", reader).startswith("I need the files by Thursday")
    assert to_reader("Site surveyor only available Tue 12th.", reader) == "The site surveyor is only available Tue 12th."
    assert to_reader("The files are late.", reader) == "The files are late."


def test_the_readers_organisation_named_again_is_theirs():
    reader = Reader(names=["Saoirse", "Glenmore County Council"], pronoun="she")
    assert to_reader("The sensor feeds from the council's depots arrived late.", reader) == "The sensor feeds from your depots arrived late."
    assert to_reader("The sensor feeds from the depots arrived late.", reader) == "The sensor feeds from the depots arrived late."
    assert to_reader("A council near us tried it.", Reader(names=["Saoirse", "Glenmore Analytics"])) == "A council near us tried it."


def test_a_verb_after_and_agrees_with_you():
    reader = Reader(names=["Hartmut"], pronoun="he")
    said = to_reader("Hartmut saw the dashboard and now tells the board it is 95% right.", reader)
    assert said == "You saw the dashboard and now tell the board it is 95% right."
