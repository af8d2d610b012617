"""Sensitive situations read from fresh phrasings (written for this test): a parent in their last days is grief already
begun, and customer records pushed to a public repository are a data incident even when the records are named with a
word between ('customer loan records') and the identifiers are a licence number or a DOB."""

from __future__ import annotations

import pytest

from agent.sensitive import topic_of


@pytest.mark.parametrize("text", [
    "one of my analysts told me her dad was moved to palliative care last night, they think a week or two. she wants to keep working",
    "his mum was admitted to the hospice on sunday and it's end of life. he's still logging in. what do i do",
])
def test_a_parent_in_their_last_days_is_grief(text: str) -> None:
    topic = topic_of(text)
    assert topic is not None and topic.name == "bereavement"


def test_customer_records_pushed_to_a_public_repo_are_a_data_incident() -> None:
    text = ("one of my engineers pushed a notebook to a public github repo last night with a csv of ~12k customer policy records "
            "in it, names, DOB and driving licence numbers. it's private again now. do we have to tell anyone?")
    topic = topic_of(text)
    assert topic is not None and topic.name == "data_incident"


def _answer(text: str, person: str | None = None) -> str:
    from agent.sensitive import topic_answer, topic_passages

    answer = topic_answer(text, topic_passages(text), person, {})
    assert answer is not None
    return answer


def test_people_data_posted_on_a_public_forum_is_contained_beyond_the_delete_with_the_clock_as_a_fact_to_check() -> None:
    text = ("my analyst shared a colab link in a public community forum to get help with a chart, and the output cells showed "
            "about 900 rows: member names, home addresses and phone numbers. she took it down this morning and told me, upset. "
            "what do i do and what do i say to her")
    assert topic_of(text).name == "data_incident"
    answer = _answer(text)
    assert "git history" in answer and "forks" in answer and "72 hours" in answer and "DPO" in answer
    assert "Thank you for telling me" in answer and "blame" in answer
    # the analyst found it herself: no outsider to thank, no laptop copy to wipe
    assert "outsider" not in answer and "wiping the device" not in answer and "stop using that copy" not in answer


def test_an_outsider_who_found_the_data_is_a_witness_to_keep() -> None:
    text = ("a customer emailed us that our public github repo has a csv with names, emails and order histories of 5k "
            "shoppers. the engineer who pushed it made it private. what now")
    answer = _answer(text)
    assert "An outsider found it" in answer
