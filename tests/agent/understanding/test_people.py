"""Who is named: a word is a person only where a person stands and when English does not use it as an everyday word."""

from datetime import date

import pytest

from agent.understanding import parse_situation
from agent.understanding.people import everyday_word, find_people, is_first_name

TODAY = date(2026, 12, 4)


def _names(text: str) -> list[str]:
    return [m.name for m in find_people(text, None)]


@pytest.mark.parametrize("word", ["even", "partly", "soon", "fine", "trees", "lies"])
def test_adverbs_describing_words_and_plurals_are_everyday_words(word):
    assert everyday_word(word) and not is_first_name(word)


@pytest.mark.parametrize("word", ["priya", "lauri", "grace", "tom", "agnes", "thomas"])
def test_plain_first_names_stay_names(word):
    assert not everyday_word(word) and is_first_name(word)


def test_an_adverb_after_to_is_not_a_person():
    assert _names("honestly i can't work out how to even pitch the roadmap to leadership") == []


def test_a_plural_noun_after_with_is_not_a_person():
    assert _names("the misses are mostly roofs with trees or vents the camera never sees") == []


def test_a_verb_after_to_and_an_acronym_are_not_people():
    assert _names("Finance wants to merge QA into our group. QA is two testers who run the release checks") == []


def test_a_capitalised_adverb_opening_a_sentence_is_not_a_person():
    assert _names("Even so, the churn model slipped. Soon Ngozi will ask why.") == ["Ngozi"]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("1:1 ingrid fri, 30 min. she wants to talk about the oncall load", "Ingrid"),
        ("1on1 tomasz tomorrow about his move to the ranking squad", "Tomasz"),
        ("1-1 w/ chidi next week, 45 mins", "Chidi"),
    ],
)
def test_the_attendee_written_straight_after_the_meeting_word(text, who):
    assert parse_situation(text, None, TODAY).get("person") == who


@pytest.mark.parametrize("text", ["1:1 agenda ideas? 30 min, first time doing these", "1:1 tomorrow, what should i cover with a quiet report"])
def test_an_everyday_word_after_the_meeting_word_names_no_one(text):
    assert parse_situation(text, None, TODAY).get("person") is None


def test_a_first_name_after_to_with_no_object_is_still_a_person():
    assert _names("the signed contract went to hazel on tuesday") == ["Hazel"] or _names("the signed contract went to imogen on tuesday") == ["Imogen"]


@pytest.mark.parametrize("text", ["we'd need per site numbers before then", "honestly im not sure this is worth it"])
def test_prepositions_and_unapostrophed_contractions_are_not_people(text):
    assert _names(text) == []


def test_someone_back_on_a_day_is_named():
    assert _names("siobhan back thursday after 3 months leave, agenda pls") == ["Siobhan"]


def test_a_capitalised_title_after_our_new_is_not_a_person():
    assert _names("Our new Deputy-Director has asked me how the team is organised") == []


def test_a_place_after_a_role_in_brackets_is_not_a_person():
    assert _names("> Oskar (Regional Manager, South): can we get the churn scores by friday?") == ["Oskar"]


def test_a_first_name_that_is_also_a_word_is_a_person_in_a_one_on_one():
    assert [m.name for m in find_people("can you prep my 1:1 with amber for monday", None)] == ["Amber"]


def test_a_word_name_told_something_is_a_person_when_a_pronoun_points_back():
    assert [m.name for m in find_people("i have to tell piers the pilot is off, he pushed hard for it", None)] == ["Piers"]
    assert [m.name for m in find_people("we should work with rich data from the pilot first", None)] == []


def test_a_word_name_with_a_role_beside_it_is_a_person():
    assert [m.name for m in find_people("pair the new hire with matt, our staff mle", None)] == ["Matt"]


def test_a_lower_case_attendee_after_a_meeting_day_said_with_on_is_the_person():
    s = parse_situation("1:1 on thursday with delacroix, 30 mins. she's been quiet since the reorg", None, date(2026, 12, 4))
    assert s.get("person") == "Delacroix"


def test_a_person_named_in_full_is_the_whole_name_and_a_word_before_a_name_is_not_its_first_half():
    assert [m.name for m in find_people("Tamsin Okafor, head of claims at the insurer, wrote to ask about the dates", None)] == ["Tamsin Okafor"]
    assert [m.name for m in find_people("i need to tell Okafor the dates hold", None)] == ["Okafor"]
    assert [m.name for m in find_people("our CFO Okafor wants a number", None)] == ["Okafor"]


def test_what_a_title_is_of_is_no_person() -> None:
    from agent.understanding.people import find_people

    names = [m.name for m in find_people("I was asked to brief the new Director of Digital and the Head of Risk on our setup.", None)]
    assert "Digital" not in names and "Risk" not in names


def test_a_hyphenated_pair_of_places_is_no_person_and_a_double_first_name_is():
    from agent.understanding.people import find_people

    names = [m.name for m in find_people("The Leeds-Bradford and Oslo-Bergen routes ran for a month, ask Anne-Sophie about them.", None)]
    assert "Anne-Sophie" in names and not any("-" in n and n != "Anne-Sophie" for n in names)


def test_names_in_any_script_are_people():
    from agent.understanding.people import find_people

    names = [m.name for m in find_people("I take over from Ondřej on monday; my first 1:1 with Kristýna is wednesday, and ask Søren too.", None)]
    assert {"Ondřej", "Kristýna", "Søren"} <= set(names)


def test_a_capitalised_word_with_a_number_after_it_is_a_numbered_thing_not_a_person():
    from agent.understanding.people import find_people

    names = {m.name for m in find_people("Moved the forecast to Courts 1-3 and Gate 4 today, and checked Halls 2 and 3 with Priya and Ingrid", None)}
    assert {"Priya", "Ingrid"} <= names and not names & {"Courts", "Gate", "Halls"}
