"""The manager's mood never reaches the reader: emoji, shouting, a feeling about the message (with its 'because'),
a candid 'honestly', an instruction about what the message must not suggest, a note on the version they want and
the reader's own meeting that is the reason for writing."""

from tools.message import _top_level_commas
from tools.reader_voice import Reader, lower_shouting, read_note, to_reader, without_asides, without_emoji

READER = Reader(names=["Ines"])


def test_emoji_go_and_a_line_that_was_only_an_emoji_goes_whole():
    body = "Hi all,\n\n🙈.\n\nThe depot rollout moves to March 🚚. Details below 👇\n\nThanks,"
    assert without_emoji(body) == "Hi all,\n\nThe depot rollout moves to March. Details below\n\nThanks,"


def test_shouted_words_are_lowered_but_acronyms_stay():
    assert lower_shouting("The scanners MUST be swapped before the SLA review, NOT after") == "The scanners must be swapped before the SLA review, not after"


def test_a_feeling_with_its_reason_is_cut_and_what_follows_it_stays():
    said = to_reader("Could we fund two more annotators and I'm nervous about it because the budget is frozen, roughly €40k in total?", READER)
    assert said == "Could we fund two more annotators, roughly €40k in total?"
    assert without_asides("Ask: one more GPU node and i'm dreading it") == "Ask: one more GPU node"


def test_candour_is_not_sent_but_the_point_is():
    assert to_reader("Three causes and honestly all of them are ours: the labels were late.", READER) == "Three causes and all of them are ours: the labels were late."


def test_what_the_message_must_not_suggest_is_an_instruction():
    assert read_note("I don't want to imply that their labelling team did a bad job.").kind == "instruction"
    assert read_note("we do not want to blame the vendor for the outage").kind == "instruction"
    assert read_note("We do not want the outage to happen again.").kind != "instruction"


def test_a_note_on_the_version_wanted_and_the_readers_own_meeting_are_not_sent():
    assert to_reader("Quick, simple version she can read out.", READER) == ""
    assert to_reader("She has the regional ops review Thursday.", Reader(names=["Ines"], pronoun="she")) == ""
    assert to_reader("The regional ops review moved to Thursday.", READER) == "The regional ops review moved to Thursday."


def test_a_thousands_comma_is_no_list_break():
    assert _top_level_commas("about 12,500 records failed, 3 sites affected") == ["about 12,500 records failed", " 3 sites affected"]


def test_an_aside_in_brackets_mid_sentence_starts_lower_case():
    from tools.reader_voice import gate

    out = gate("Hi Ola,\n\nCould we add one analyst, about $90k (A senior grade, all costs in)?", Reader(names=["Ola"]), [])
    assert "about $90k (a senior grade, all costs in)?" in out.body


def test_a_noun_in_capitals_may_be_an_acronym_and_keeps_its_case():
    assert lower_shouting("the CAD export and the ERP sync are DEFINITELY late") == "the CAD export and the ERP sync are definitely late"
