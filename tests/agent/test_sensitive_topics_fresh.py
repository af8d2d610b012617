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
