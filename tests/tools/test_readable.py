"""The readable-text check: slips left where pieces of text were joined are found and mended; English that repeats a
word on purpose, a heading that introduces a list and the manager's own quoted words are left alone."""

from tools.readable import mend, slips


def _kinds(text: str, known: dict[str, str] | None = None) -> list[str]:
    return [s.kind for s in slips(text, known)]


def test_a_word_said_twice_is_a_slip_and_mends_to_one():
    text = "The review moves to Friday Friday 18 December."
    assert _kinds(text) == ["doubled-word"]
    assert mend(text)[0] == "The review moves to Friday 18 December."


def test_a_calendar_abbreviation_before_its_full_name_keeps_the_full_name():
    assert mend("Go-live is Tue Tuesday 5 January, after the freeze.")[0] == "Go-live is Tuesday 5 January, after the freeze."
    assert mend("We ship in Jan January.")[0] == "We ship in January."


def test_words_english_repeats_on_purpose_are_no_slip():
    for text in ("She said that that estimate was fine.", "We have room for this this week.", "He had had enough of the pager.",
                 "Sam covers the on on-call weeks.", "Hendrik is on on-call rotation."):
        assert slips(text) == [], text


def test_the_managers_quoted_words_are_never_mended():
    text = 'Starts: Mon 07 Dec (you said "mon mon the 7th")'
    assert slips(text) == [] and mend(text)[0] == text


def test_a_doubled_list_mark_becomes_one_inside_a_quote_block_or_not():
    text = "> Status:\n> - - retrain done\n> - eval next\n* * audit booked"
    assert _kinds(text) == ["doubled-mark", "doubled-mark"]
    assert mend(text)[0] == "> Status:\n> - retrain done\n> - eval next\n* audit booked"


def test_a_slot_holding_only_a_pronoun_loses_its_colon_and_pronoun():
    text = "1. **Kofi's goal: it** (15 min, both): start from his words.\nOpen with Kofi's goal: that."
    assert _kinds(text) == ["empty-slot", "empty-slot"]
    assert mend(text)[0] == "1. **Kofi's goal** (15 min, both): start from his words.\nOpen with Kofi's goal."


def test_a_heading_ending_on_its_colon_or_a_slot_with_content_is_no_slip():
    for text in ("What I can offer instead:\n- a smaller pilot", "Goal: that the pilot ships", "Owner: the data team", "Why it matters: it blocks the audit"):
        assert slips(text) == [], text


def test_a_bracket_is_a_slip_only_when_the_situation_holds_its_value():
    text = 'Say: "[Name] is out for a while; [new owner] covers." Then come back by [day].'
    assert slips(text) == []
    known = {"person": "Ines"}
    assert [str(s) for s in slips(text, known)] == ["placeholder: '[Name]'"]
    assert mend(text, known)[0] == 'Say: "Ines is out for a while; [new owner] covers." Then come back by [day].'


def test_citations_and_links_are_no_brackets_to_fill():
    assert slips("Keep a range, not a date [2]. See [the guide](https://example.org).", {"person": "Ines"}) == []


def test_a_label_its_value_repeats_is_said_once():
    text = "Options:\n- Cut the scope: Cut the scope to the two biggest markets (70%)."
    assert _kinds(text) == ["repeated-label"]
    assert mend(text)[0] == "Options:\n- Cut the scope to the two biggest markets (70%)."
    assert slips("Risk: risk stays low.\nNext step: next steps are agreed.") == []  # one-word labels and other words are fine
    said = "- She asked you to keep it out of standup with the team: the team hears only that she is out."
    assert slips(said) == [] and mend(said)[0] == said  # mid-sentence, a colon ends a clause, not a label


def test_a_list_line_said_twice_in_a_row_is_listed_once():
    text = "> What I can offer instead:\n> - A walkthrough\n> - A walkthrough\n> - Notes"
    assert _kinds(text) == ["repeated-line"]
    assert mend(text)[0] == "> What I can offer instead:\n> - A walkthrough\n> - Notes"


def test_a_doubled_full_stop_is_one_and_an_ellipsis_stays():
    assert mend("(You were asked whether it ships by March..)")[0] == "(You were asked whether it ships by March.)"
    assert slips("We'll see...") == []


def test_a_function_word_capitalised_after_a_comma_is_lowered_and_a_title_is_not():
    text, found = mend("She wants the churn model, With the new features, by March. We met Ana, The Head of Data, on Monday.")
    assert "churn model, with the new features" in text and [s.kind for s in found] == ["mid-capital"]
    assert "Ana, The Head of Data" in text
