"""Restating a pasted run never breaks the grammar: no 'is going to' after a plural, no 'and which', no 'by' turned into
'before' (a different day), no 'now' moved to 'from now on'."""

from __future__ import annotations

from datetime import date

from tools.message import longest_shared_run, restate

TODAY = date(2026, 12, 4)


def test_restating_a_run_keeps_agreement_relative_clauses_and_the_meaning_of_by():
    source = "Without the labels we cannot retrain the demand model before the spring season, which begins on the 2nd of March, and the planners will be working from last year's model. We need them by Friday."
    said = restate(source, source, TODAY)
    assert longest_shared_run(said, source) < longest_shared_run(source, source)  # broken where the grammar allows, never at its cost
    for broken in ("is going to", "and which", "from now on", "before anything else", "plus the"):
        assert broken not in said
    assert "by Fri" in said or "by Friday" in said


def test_a_second_clause_with_its_own_subject_is_its_own_sentence_and_a_long_date_is_written_short():
    source = "The vendor feed has been down since the 3rd of November, and the analysts will be blind for the whole of the peak."
    said = restate(source, source, TODAY)
    assert "Tue 03 Nov 2026" in said and ("the analysts are going to be blind" in said or ". The analysts will be blind" in said)


def test_will_said_as_going_to_agrees_with_its_subject():
    assert restate("and the planners will be working from last year's model all winter", "and the planners will be working from last year's model all winter").startswith("and the planners are going to be")
    assert "is going to" not in restate("the two labellers will start on the Monday after the freeze ends", "the two labellers will start on the Monday after the freeze ends")
