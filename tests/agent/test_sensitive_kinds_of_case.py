"""A sensitive answer is built from the kind of case the manager describes, with its obligations and first moves: a
record of someone the person knows looked up at work is unauthorised access to report (no promise of secrecy, the
audit log left to the privacy lead, the person looked after), and a condition with one change asked for (not doing
some work alone) is an adjustment answered with that change (pair it, train a second person), not a leave plan."""

from __future__ import annotations

import pytest

from agent.sensitive import topic_answer, topic_of, topic_passages


def _answer(text: str, person: str | None = None) -> str:
    answer = topic_answer(text, topic_passages(text), person, {})
    assert answer is not None
    return answer


SNOOPED = (
    "a claims handler on my team, Ottilie, came to me this morning: her ex-husband has a claim open with us and she has "
    "opened his file a few times over the past fortnight. the access logs will catch it. she begged me to keep it quiet. "
    "what should i do?"
)


@pytest.mark.parametrize(
    "question",
    [
        SNOOPED,
        "one of my analysts admitted he checked his neighbour's account in the billing system twice last week",
        "a nurse on the data team pulled up the records of her cousin out of curiosity. how do i handle it?",
        "the audit shows someone on my team has been snooping in the customer database",
    ],
)
def test_a_record_of_someone_known_looked_up_at_work_is_a_data_incident(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "data_incident"


@pytest.mark.parametrize(
    "question",
    [
        "my brother runs a bakery and we looked up his shop on the map for the delivery model",
        "my sister asked me to check the results of the churn model with Priya",
    ],
)
def test_a_relative_named_beside_ordinary_work_is_no_incident(question):
    topic = topic_of(question)
    assert topic is None or topic.name != "data_incident"


def test_a_looked_up_record_is_reported_without_a_promise_of_secrecy():
    text = _answer(SNOOPED, "Ottilie")
    head = text.split("\n", 1)[0]
    assert "her ex-husband's file" in head and "can't promise" in head
    assert "I can't promise that" in text  # asked to keep it quiet: said to her honestly
    assert "once she agrees" not in text  # a duty to report never waits for her agreement
    assert "(a few times over the past fortnight)" in text
    assert "Leave the audit log to the privacy lead" in text
    assert "that copy" not in text and "laptop" not in text  # nothing was copied anywhere
    assert "employee assistance programme" in text


def test_a_looked_up_record_without_a_log_or_a_secret_keeps_to_what_was_said():
    text = _answer("one of my analysts admitted he checked his neighbour's account in the billing system twice last week. what now?")
    assert "his neighbour's account" in text
    assert "can't promise that" not in text and "audit log" not in text
    assert "Don't look into it yourself" in text


SOLO = (
    "Kalinda, one of our ecologists, told me she has epilepsy and had a seizure on the last river sampling trip. She has "
    "asked not to do the river sampling alone any more. She's also the only person licensed to drive the boat. The "
    "season report is due in March. How do I support her?"
)


def test_a_condition_with_one_change_asked_is_an_adjustment_not_a_health_crisis():
    topic = topic_of(SOLO)
    assert topic is not None and topic.name == "adjustment"


def test_work_asked_not_to_be_done_alone_is_paired_and_a_second_person_trained():
    text = _answer(SOLO, "Kalinda")
    head = text.split("\n", 1)[0]
    assert "not time off" in head and "the river sampling alone" in head
    assert "train a second person on the boat" in head
    assert "who goes with her on the river sampling" in text
    assert "lone working" in text
    assert "sick leave" not in text and "on leave" not in text  # she asked for a change, not time off
    assert "posts their update" not in text  # the card's written-standup example is not her change


def test_no_second_person_line_when_nobody_is_the_only_one():
    text = _answer("Bo has panic attacks on the night shift. He asked to stop doing the server room checks on his own.", "Bo")
    assert "the server room checks" in text
    assert "train a second person" not in text


@pytest.mark.parametrize(
    "question",
    [
        "I sent the wrong version of the board pack to the trustees on Monday, with the draft budget and the names of the two "
        "shops we might close. How do I correct it?",
        "emailed the wrong file to my boss last night, the one with the interview names and my scribbled notes. awkward, what now",
    ],
)
def test_a_wrong_document_sent_to_the_people_it_reports_to_is_a_correction_not_a_breach(question):
    topic = topic_of(question)
    assert topic is None or topic.name != "data_incident"


def test_a_wrong_file_sent_outside_is_still_a_data_incident():
    topic = topic_of("our coordinator sent the wrong spreadsheet to the catering company: guest names and dietary needs, 140 people")
    assert topic is not None and topic.name == "data_incident"


THREATENED = ("Dagny, one of my field technicians, was threatened by a farmer during a solo install of the soil sensors on "
              "Monday. She's rattled and told me she won't do installs on her own any more. We have nine installs left before "
              "the pilot report. What do I do?")


@pytest.mark.parametrize(
    "question",
    [
        THREATENED,
        "one of my technicians was bitten by a dog on a home visit yesterday",
        "my analyst fell off a ladder during a sensor install at the depot. he says he's fine",
    ],
)
def test_someone_threatened_or_hurt_out_on_the_work_is_a_safety_incident(question):
    topic = topic_of(question)
    assert topic is not None and topic.name == "safety_incident"


@pytest.mark.parametrize(
    "question",
    [
        "our model was attacked in the field by adversarial stickers",
        "we build a near-miss detection model for the warehouse",
        "the vendor threatened to pull the data feed from the plant unless we pay",
    ],
)
def test_harm_words_about_models_or_business_are_no_safety_incident(question):
    topic = topic_of(question)
    assert topic is None or topic.name != "safety_incident"


def test_a_safety_incident_is_recorded_and_nobody_goes_back_alone():
    text = _answer(THREATENED, "Dagny")
    head = text.split("\n", 1)[0]
    assert "Dagny is safe" in head and "alone" in head
    assert "asked not to go alone again: say yes today" in text
    assert "incident or health-and-safety process" in text and "HR" in text
    assert "Don't send them, or anyone, back to that site alone" in text
