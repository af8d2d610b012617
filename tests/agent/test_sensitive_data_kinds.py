"""Which things count as data that must not leave the company: client contracts and NDAs pasted into a public AI tool
are a data incident, like personal data."""

import pytest

from agent.sensitive import topic_of


@pytest.mark.parametrize(
    "question",
    [
        "one of my analysts pasted a stack of client contracts into a public LLM to summarise them. what now?",
        "a junior uploaded our customer NDAs to a public AI chatbot to test prompts. steps?",
    ],
)
def test_confidential_documents_in_a_public_ai_tool_are_a_data_incident(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "data_incident"


def test_a_public_chatbot_we_build_is_no_incident():
    assert topic_of("we are building a public chatbot for client contracts, how do i staff it?") is None


def test_opening_a_record_with_no_case_reason_is_a_data_incident():
    topic = topic_of("the audit log shows one of my analysts looked up a celebrity's account records three times with no business reason. what do i do?")
    assert topic is not None and topic.name == "data_incident"
