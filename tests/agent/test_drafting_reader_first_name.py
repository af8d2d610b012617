"""The reader greeted by title and surname is also the first name the question gives them."""

from __future__ import annotations

from agent.drafting import _first_names_said


def test_the_first_name_said_before_the_surname_is_the_reader_too():
    said = _first_names_said("please write to Dr Leocadia Brandt, our CFO. Leocadia needs to sign off by Friday.", "Dr Brandt")
    assert said == ["Leocadia", "Leocadia Brandt"]


def test_no_first_name_when_the_recipient_is_named_whole_or_not_said_with_one():
    assert _first_names_said("email Marta Kowalski about the slip", "Marta Kowalski") == []
    assert _first_names_said("email Dr Brandt about the slip", "Dr Brandt") == []
