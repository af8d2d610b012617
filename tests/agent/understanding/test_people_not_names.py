"""Words that look like names and are not: a place said as one, the body a title is of, a contraction or an abbreviation
(agent/understanding/people.py)."""

from agent.understanding.people import find_people, requester_in
from agent.understanding.text import Text


def _names(text: str) -> list[str]:
    return [m.name for m in find_people(Text.of(text).normal, None)]


def test_a_place_said_as_one_is_no_person():
    assert _names("we run forty opticians across the south of Scotland and want a view on our data team") == []
    assert _names("our depots are based in Ghent, and Marta runs them") == ["Marta"]


def test_what_a_chair_is_of_is_no_person():
    assert _names("a letter to our Chair of Governors, Mr Osric Thwaite, who is not technical") == ["Osric Thwaite"]


def test_contractions_and_abbreviations_are_no_names():
    assert _names("the board wants 'AI' and theres money for one hire") == []
    assert requester_in("Re the slip, She'll want to know why.") is None
    assert _names("labelling 2-3 Wks then a review") == []
