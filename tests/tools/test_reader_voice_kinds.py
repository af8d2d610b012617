"""The gate sorts every sentence of the manager's notes by kind before it reaches a body (tools/reader_voice): a
label dressed in words ('the honest reasons', 'the facts are these') comes off and leaves its content; the reader
described to the writer ('you're head of ops, not technical') never reaches them, but what happened to them stays;
words to the writer run on at a sentence's end go and the content before them stays; chat shorthand is said in full
words; e-mail furniture and a label standing alone never reach a body."""

from tools.reader_voice import Reader, gate, note_label, plain_register, to_reader, without_furniture, without_writer_tail

OPS = Reader(names=["Wilhelmina", "head of fleet operations"], pronoun="she")


def test_a_label_dressed_in_words_is_still_the_managers_label():
    assert note_label("The two main reasons: the supplier changed the format.") == ("reason", "the supplier changed the format.")
    assert note_label("The facts are these: we tested 900 invoices.") == ("point", "we tested 900 invoices.")
    assert note_label("Not happening by the 9th: the vendor is late.") == ("reason", "the vendor is late.")
    assert note_label("Tuesday 9 March: the board meets.") is None  # a date before a colon is no label


def test_the_managers_label_after_the_drafters_own_comes_off():
    source = "the real reasons: the scanner vendor slipped twice. here are the numbers: 412 of 500 parcels routed."
    said = to_reader("The reason: The real reasons: the scanner vendor slipped twice.", OPS, source=source)
    assert said == "The reason: the scanner vendor slipped twice."
    assert to_reader("Short answer: Here are the numbers: 412 of 500 parcels routed.", OPS, source=source) == "Short answer: 412 of 500 parcels routed."


def test_a_drafters_label_the_manager_never_wrote_stays():
    source = "the scanner vendor slipped twice."
    assert to_reader("The reason: the scanner vendor slipped twice.", OPS, source=source) == "The reason: the scanner vendor slipped twice."


def test_how_the_reader_feels_goes_but_what_happened_to_them_stays():
    said = to_reader("Short answer: Wilhelmina is livid because two vans sat idle for 6 hours on Monday.", OPS, source="x")
    assert said == "Two vans sat idle for 6 hours on Monday."
    assert to_reader("She'll be upset.", OPS, source="x") == ""


def test_who_the_reader_is_told_to_the_writer_never_reaches_them():
    for note in ("She's head of fleet operations at Kestrel Haulage, not technical, wants the bottom line.",
                 "Wilhelmina is the head of fleet operations at Kestrel Haulage."):
        assert to_reader(note, OPS, source=note) == "", note
    kept = "Wilhelmina is the owner of the depot budget, so I need her sign-off by Friday."
    assert "I need your sign-off by Friday" in to_reader(kept, OPS, source=kept)


def test_words_to_the_writer_run_on_at_the_end_go_and_the_content_stays():
    assert without_writer_tail("the depot pilot moves to march because the telematics feed broke dont apologise too much") == \
        "the depot pilot moves to march because the telematics feed broke."
    assert without_writer_tail("We ran 3 pilots, keep it friendly pls") == "We ran 3 pilots."
    assert without_writer_tail("and don't oversell it") == ""
    for content in ("We never promise a date before the pilot ends.", "Please don't apologise to the drivers for the delay.",
                    "I can't promise March yet."):
        assert without_writer_tail(content) == content, content


def test_chat_shorthand_is_said_in_full_words():
    assert plain_register("the feed broke bc the vendor changed it, tho we have a fix u can test") == \
        "the feed broke because the vendor changed it, though we have a fix you can test"
    assert plain_register("we def need a second run pls") == "we definitely need a second run"
    assert plain_register("The U-bend and the DEF unit stay") == "The U-bend and the DEF unit stay"


def test_email_furniture_and_a_bare_label_never_reach_a_body():
    body = ("Hi Wilhelmina,\n\nThe pilot moves to March. Our notes.\n\n-----Original Message-----\n"
            "From: Wilhelmina Oyelaran <w.oyelaran@kestrel.example>\nSent: Tuesday\n"
            "Wilhelmina Oyelaran <w.oyelaran@kestrel.example> wrote the brief. Write to fleet@kestrel.example with questions.")
    out = without_furniture(body)
    assert "From:" not in out and "Sent:" not in out and "<" not in out and "Original Message" not in out and "Our notes" not in out
    assert "The pilot moves to March." in out and "fleet@kestrel.example" in out


def test_the_gate_says_a_chat_note_to_the_reader_and_drops_the_header():
    note = "the pilot moves to march tho the 3 depots keep the paper rota"
    out = gate("Hi Wilhelmina,\n\nThe pilot moves to March tho the 3 depots keep the paper rota.\n\nFrom: Wilhelmina <w@kestrel.example>", OPS, [note])
    assert "though the 3 depots keep the paper rota" in out.body and "From:" not in out.body


def test_a_title_and_the_name_beside_it_are_one_reader():
    note = "Our head of fleet operations, Wilhelmina, saw the dashboard and plans to cut the night shift."
    said = to_reader(note, OPS, source=note)
    assert said.startswith("You saw the dashboard and plan to cut the night shift")


def test_why_it_matters_to_the_reader_in_brackets_is_said_to_them():
    note = "We promised the route check (so their dispatchers stop re-keying loads) for the 10th."
    assert "(so your dispatchers stop re-keying loads)" in to_reader(note, OPS, source=note)


def test_a_need_label_is_the_ask_and_a_start_note_is_a_sentence():
    from tools.reader_voice import note_as_sentence

    assert note_label("need: the gate codes for the 3 east depots by 15/1") == ("ask", "the gate codes for the 3 east depots by 15/1")
    assert note_as_sentence("starting tue 12 jan") == "We start on tue 12 jan."
    assert note_as_sentence("start the migration") == "start the migration"  # no day: no start date


def test_a_note_opening_with_a_modal_is_ours():
    from tools.reader_voice import note_as_sentence

    assert note_as_sentence("Can only begin Tue 12/01, the depot is shut till then.") == "We can only begin Tue 12/01, the depot is shut till then."
    assert note_as_sentence("Won't have the scans before March") == "We won't have the scans before March."
    assert note_as_sentence("Can you send the scans?") == "Can you send the scans?"
    assert note_as_sentence("May I ask why") == "May I ask why"


def test_more_feelings_and_needs_told_to_the_writer_never_reach_the_reader():
    assert to_reader("Wilhelmina is nervous about the new rota.", OPS, source="x") == ""
    assert to_reader("She needs something she can forward to the depot managers.", OPS, source="x") == ""
    assert note_label("What we have: 6 of 9 depots live.") == ("point", "6 of 9 depots live.")
    assert plain_register("on the router til march") == "on the router until march"


def test_a_bare_refusal_before_the_reason_goes_and_their_words_are_not_quoted_back():
    assert to_reader("Can't, we're on the depot router till mid March.", OPS, source="x") == "We're on the depot router till mid March."
    assert to_reader("No, we can't move the pilot.", OPS, source="x") == "No, we can't move the pilot."
    said = to_reader("You asked us to rerun it by region, 'to show it doesn't favour the big depots', before the launch.", OPS, source="x")
    assert "by region, to show it doesn't favour the big depots, before" in said
    assert to_reader("Drivers say the app 'cries wolf' too often.", OPS, source="x") == "Drivers say the app 'cries wolf' too often."


def test_a_contraction_typed_without_its_apostrophe_gets_it_back():
    assert plain_register("thats why we cant move it, its been late twice") == "that's why we can't move it, it's been late twice"
    assert plain_register("im on it") == "I'm on it"
    assert plain_register("its me + 1 on the router") == "it's me and one other on the router"
    assert plain_register("The IM channel and its owner stay") == "The IM channel and its owner stay"
