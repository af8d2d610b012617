"""A sentence of the manager's notes never says the opposite of the tool's verdict on the same work, and never says
again what the body already says; what is taken out is handed back with why."""

from __future__ import annotations

from tools.reader_facing import KeptOut, Verdict, against_verdict, contradicts, kept_out_note, said_before, without_repeats

AT_RISK = Verdict(work="Invoice matcher", on_track=False, said="a 4% chance of Fri 22 Jan")
LIKELY = Verdict(work="Invoice matcher", on_track=True, said="a 91% chance of Fri 22 Jan")


def test_an_on_track_claim_about_the_same_work_contradicts_an_at_risk_verdict():
    assert contradicts("the invoice matcher is still on track", AT_RISK)
    assert contradicts("we're on schedule", AT_RISK)
    assert contradicts("on track", AT_RISK)
    assert not contradicts("the invoice matcher is not on track", AT_RISK)


def test_a_claim_about_other_work_or_with_no_verdict_stands():
    assert not contradicts("the pricing dashboard is on track", AT_RISK)
    assert not contradicts("the invoice matcher is on track", None)
    assert not contradicts("the invoice matcher is on track", Verdict(work="Invoice matcher", on_track=None))


def test_an_at_risk_claim_contradicts_a_likely_verdict():
    assert contradicts("honestly the invoice matcher is behind", LIKELY)
    assert contradicts("we won't make the date", LIKELY)
    assert not contradicts("the invoice matcher is on track", LIKELY)


def test_only_the_contradicting_clause_goes_and_the_rest_of_the_sentence_stays():
    kept, out = against_verdict("The invoice matcher is on track, supplier codes loaded, Wenjun says 3 weeks left.", AT_RISK)
    assert kept == ["supplier codes loaded", "Wenjun says 3 weeks left"]
    assert out == [KeptOut(text="The invoice matcher is on track", why="it says the opposite of the forecast, a 4% chance of Fri 22 Jan")]
    assert against_verdict("Supplier codes loaded.", AT_RISK) == (["Supplier codes loaded."], [])


def test_the_same_figures_about_the_same_thing_are_said_once():
    assert said_before("Licence cost is about 12k a year", ["Adding it up: the licence costs 12k a year."])
    assert not said_before("The licence saves 12k a year", ["Adding it up: the licence costs 12k a year."])
    assert not said_before("The licence costs 15k a year", ["Adding it up: the licence costs 12k a year."])


def test_a_repeated_clause_goes_and_the_label_stays_with_what_follows():
    said, gone = without_repeats("What it costs: Licence cost is about 12k a year; we lost 40k to chargebacks last quarter.", ["the licence costs 12k a year."])
    assert said == "What it costs: we lost 40k to chargebacks last quarter."
    assert [k.why for k in gone] == ["the message says it already"]
    assert without_repeats("We lost 40k to chargebacks.", ["the licence costs 12k a year."]) == ("We lost 40k to chargebacks.", [])


def test_the_note_lists_what_was_kept_out_with_why():
    note = kept_out_note([KeptOut(text="she'll be cross about the delay", why="a note for you, not written to them")])
    assert note == "Kept out of the message: 'she'll be cross about the delay' (a note for you, not written to them). Say it in your own words if it belongs."
    assert kept_out_note([]) == ""
