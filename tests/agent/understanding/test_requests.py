"""The kind of an incoming request, read from what is asked (a talk given with someone is a demo, not a feature)."""

import pytest

from agent.understanding.requests import request_kind


@pytest.mark.parametrize(
    "text",
    [
        "partnerships want arjun to co-present the routing model at their partner summit next thursday",
        "sales asked if mei can join a customer webinar on the 9th to walk through the churn scores",
        "devrel want someone from my team speaking at the local meetup about our eval harness",
    ],
)
def test_a_talk_given_for_someone_is_a_demo(text):
    assert request_kind(text)[0] == "demo"


def test_a_present_tense_word_is_no_talk():
    assert request_kind("the present model needs a retrain on march data")[0] != "demo"


def test_the_days_the_manager_can_spare_are_read_in_words_with_their_halves():
    from agent.understanding.requests import budget_in_own_words

    assert budget_in_own_words("we can spare two and a half days outside the roadmap", [])[0] == 2.5
    assert budget_in_own_words("i could give away a day and a half this sprint", [])[0] == 1.5
    assert budget_in_own_words("there's maybe six days of slack next week", [])[0] == 6
    assert budget_in_own_words("we can spare half a day", [])[0] == 0.5
