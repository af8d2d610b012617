"""'No grovelling' and "don't apologise" ask for no apology line at all; 'apologetic but not grovelling' asks for one."""

from __future__ import annotations

import pytest

from agent.understanding.writer_notes import note_constraints


@pytest.mark.parametrize(
    ("note", "no_apology", "apology"),
    [
        ("keep it short, no grovelling", True, False),
        ("don't apologise, just tell him", True, False),
        ("apologetic but not grovelling", False, True),
        ("say sorry once", False, True),
        ("firm and clear", False, False),
    ],
)
def test_no_grovelling_means_no_apology_unless_one_is_asked_for(note, no_apology, apology):
    said = note_constraints(f"draft a note to my ceo about the slip. {note}")
    assert (said.no_apology, said.apology) == (no_apology, apology)


def test_a_repeated_shrug_in_brackets_is_an_aside_for_the_writer():
    from agent.understanding.writer_notes import without_asides

    assert without_asides("about 45k a year (i know, i know) for the contractor") == "about 45k a year for the contractor"
