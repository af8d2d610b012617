"""The kind of an incoming request, read from what is asked (a talk given with someone is a demo, not a feature)."""

import pytest

from agent.understanding.requests import pasted_requests, request_kind


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


def test_requests_counted_out_in_words_are_several_each_with_its_asker():
    text = ("can u rank these, i've got a day and a half spare. first one, the head of retail says the stock alerts have been "
            "failing since monday. second one finance wants a one off cut of returns by region by thursday. "
            "third one someone in legal asked if we could check the new consent wording. that's it")
    items = pasted_requests(text)
    assert len(items) == 3
    assert [i["requester_role"] for i in items] == ["head of retail", "finance", "legal"]
    assert items[0]["text"].startswith("the head of retail says the stock alerts")


def test_an_item_opened_by_who_sent_it_keeps_only_the_ask():
    items = pasted_requests("firstly: from the plant manager in leeds the scrap model is down. secondly: the cfo wants a margin number")
    assert items[0] == {"text": "the scrap model is down", "requester": "", "requester_role": "plant manager"}
    assert items[1]["requester_role"] == "cfo"


@pytest.mark.parametrize(
    "text",
    [
        "first move is to roll back the model, then we look at the second one later",
        "she should finish first. the second release can wait",
        "what comes first: the churn retrain or the pricing demo?",
    ],
)
def test_a_lone_first_or_second_counts_out_no_list(text):
    assert pasted_requests(text) == []


@pytest.mark.parametrize(
    "text, roles",
    [
        ("what do we take on: number 1 legal needs the model cards by friday, number 2 ops say the eta model is down, "
         "number 3 marketing want a lookalike audience", ["legal", "ops", "marketing"]),
        ("help me rank. thing one, the CFO wants a margin forecast by monday. thing two, support says the router is "
         "mislabelling tickets since the deploy.", ["CFO", "support"]),
    ],
)
def test_requests_numbered_in_words_or_digits_are_several(text, roles):
    assert [r["requester_role"] or r["requester"] for r in pasted_requests(text)] == roles


def test_no_one_and_a_number_one_priority_count_out_no_list():
    assert pasted_requests("no one asked for this but number one priority is the churn model, then maybe pricing") == []


def test_the_kind_of_an_added_ask_is_read_from_its_own_sentence():
    from datetime import date

    from agent.understanding import parse_situation

    s = parse_situation("on top of the inbox: sales wants marco to demo the churn model to a prospect on friday, a day of prep. also the pager alert storm from monday is sorted.", today=date(2026, 12, 4))
    assert s.get("request_kind") != "incident"
