"""The final reader check (`tools.reader_check`): each sentence that reaches a body speaks to the reader, carries no
word meant for the writer, says no phrase twice, capitalises names and holidays, opens on its own clause, and is a
sentence; what it withholds is handed back as facts to add."""

from __future__ import annotations

from tools.reader_check import reader_check, said_once, subject_checked, theirs_as_yours
from tools.reader_voice import Reader, for_the_drafter, read_note

ONE = Reader(names=["Wendeline", "plant director"], others=["Tobiah"])


def _checked(body: str, notes: list[str], reader: Reader = ONE, to_one: bool = True) -> str:
    return reader_check(body, reader, notes, to_one=to_one).body


def test_the_readers_organisation_is_said_to_them():
    notes = ["their kiln logs arrived three weeks late", "we can email them a daily defect tally"]
    body = _checked("Hi Wendeline,\n\nThe cause: their kiln logs arrived three weeks late. Meanwhile we can email them a daily defect tally.", notes)
    assert "your kiln logs" in body and "email you a daily defect tally" in body


def test_a_they_after_a_group_or_a_plural_keeps_its_noun():
    assert theirs_as_yours("Our freight broker changed their booking API.", "", ONE) == "Our freight broker changed their booking API."
    assert theirs_as_yours("The sensor batches were mislabelled, so they need relabelling.", "", ONE) == "The sensor batches were mislabelled, so they need relabelling."
    assert theirs_as_yours("They still haven't signed the data agreement.", "Tobiah said so.", ONE) == "They still haven't signed the data agreement."
    assert theirs_as_yours("They still haven't signed the data agreement.", "", ONE) == "You still haven't signed the data agreement."


def test_a_team_post_keeps_its_they():
    notes = ["the growers said their soil probes failed"]
    assert "their soil probes" in _checked("Hi all,\n\nThe growers said their soil probes failed.", notes, Reader(), to_one=False)


def test_words_meant_for_the_writer_never_reach_the_reader():
    for clause in ("he can't stand acronyms", "our COO is wendeline", "You are wendeline.", "Answer your honestly.", "be gentle with him",
                   "keep it punchy", "make it sound upbeat", "decline it", "write the no for me", "name's wendeline", "this is for wendeline in finance",
                   "she's not a numbers person"):
        assert for_the_drafter(clause), clause
    for content in ("You are right.", "Keep me posted.", "Our data lead is Tobiah.", "Make sure the rota is set.", "Be there at 10."):
        assert not for_the_drafter(content), content
    assert read_note("the plant director hates waffle").kind == "instruction"


def test_a_clause_for_the_writer_goes_and_the_content_stays():
    notes = ["the press line is down 3 hours a shift, she hates waffle", "our COO is wendeline"]
    body = _checked("Hi Wendeline,\n\nThe press line is down 3 hours a shift, you hate waffle. Our COO is Wendeline.\n\nThanks,", notes)
    assert "The press line is down 3 hours a shift." in body
    assert "waffle" not in body and "COO is" not in body and body.endswith("Thanks,")


def test_a_label_of_the_notes_inside_a_sentence_goes():
    notes = ["figures: 3 of us, the rota eats two days a week"]
    assert "Why now: 3 of us" in _checked("Hello,\n\nWhy now: figures: 3 of us, the rota eats two days a week.", notes)


def test_a_phrase_is_said_once():
    assert said_once("What I can offer until then: a nightly export until then.") == "What I can offer until then: a nightly export."
    assert said_once("What we can do for the pilot site: a manual list for the pilot site.") == "What we can do for the pilot site: a manual list."
    assert said_once("We need it by Friday and they need it by Friday.") == "We need it by Friday and they need it by Friday."
    assert said_once("50% likely within 2 weeks, 80% likely within 2.5 weeks.") == "50% likely within 2 weeks, 80% likely within 2.5 weeks."


def test_names_holidays_days_and_months_are_capitalised():
    body = _checked("Hi Wendeline,\n\nWe can't ship before diwali, so tobiah picks it up on monday in january. A new year of data helps.", [])
    assert "before Diwali" in body and "Tobiah picks it up on Monday in January" in body and "A new year of data" in body
    assert subject_checked("No recommender before chinese new year", ONE) == "No recommender before Chinese New Year"


def test_the_leftover_of_a_cut_frame_goes():
    notes = ["know the route optimiser slips to 3 march", "that the audit tool is late", "need £6k more for labelling", "you think 95% recall means no misses"]
    body = _checked("Hello,\n\nKnow the route optimiser slips to 3 March. That the audit tool is late. Need £6k more for labelling. You think 95% recall means no misses.", notes)
    assert "The route optimiser slips to 3 March." in body and "The audit tool is late." in body
    assert "We need £6k more for labelling." in body and "It can look as if 95% recall means no misses." in body


def test_a_word_left_alone_is_withheld_and_a_broken_sentence_hands_its_facts_back():
    checked = reader_check("Hello,\n\nCould you ask first?\n\nOnly.\n\nThe depot move costs €4k and.", ONE, ["the depot move costs €4k and"])
    assert "Only." not in checked.body and "depot" not in checked.body
    assert "€4k" in checked.lost


def test_a_word_used_as_a_thing_is_never_capitalised_as_a_name():
    reader = Reader(names=["team"], others=["rota", "Tobiah"])
    body = reader_check("Hi team,\n\ntobiah and Marco own the review rota for January.", reader, ["marco and tobiah own the review rota for jan"], to_one=False).body
    assert "Tobiah and Marco own the review rota" in body


def test_a_labelled_ask_drops_the_notes_need():
    assert "What I'm asking for: about €6k a month more for labelling." in _checked("Hello,\n\nWhat I'm asking for: need about €6k a month more for labelling.", [])
    assert subject_checked("Ask: Need two more annotators", ONE) == "Ask: two more annotators"


def test_a_withheld_sentence_hands_back_a_number_in_words_unless_the_body_still_says_it_in_figures():
    notes = ["the depot move costs eighty-five thousand and."]
    kept = reader_check("Hello,\n\nThe depot move costs 85,000 euros.\n\nThe depot move costs eighty-five thousand and.", ONE, notes)
    assert kept.dropped and kept.lost == []
    gone = reader_check("Hello,\n\nCould you ask first?\n\nThe depot move costs eighty-five thousand and.", ONE, notes)
    assert gone.lost == ["eighty-five thousand"]


def test_a_number_the_manager_said_in_words_reaches_the_reader_in_figures():
    notes = ["we're at about a hundred and twenty percent and each contractor is about sixty thousand euro"]
    body = _checked("Hello,\n\nWe're at about a hundred and twenty percent and each contractor is about sixty thousand euro.", notes)
    assert "We're at about 120% and each contractor is about 60,000 euro." in body


def test_stated_facts_picks_numbers_said_in_words_and_a_number_is_still_said_at_its_value():
    from tools.reader_voice import fact_still_said, stated_facts

    assert stated_facts("Both teams run at a hundred and twenty percent, about seventy grand a year.") == [
        "a hundred and twenty percent", "seventy grand"]
    assert fact_still_said("a hundred and twenty percent", "Both teams run at 120%.")
    assert fact_still_said("$40k", "It costs forty thousand dollars.")
    assert not fact_still_said("a hundred and twenty percent", "Both teams run at 110%.")
    assert not fact_still_said("3 weeks", "It takes 3 days.")


def test_a_hyphened_pair_of_english_words_read_as_a_name_is_never_capitalised_in_a_subject():
    reader = Reader(names=["Ines"], others=["Okafor", "parcel-routing"])
    assert subject_checked("Re: your question on the new parcel-routing model", reader) == "Re: your question on the new parcel-routing model"
    assert subject_checked("Re: what okafor found", reader) == "Re: what Okafor found"
