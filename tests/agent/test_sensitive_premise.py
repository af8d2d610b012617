"""A sensitive card answers only the situation it is written for: a visa mentioned beside a conference trip is not a
visa holder worried about a reorg, while a job, a rumour or a grace period keeps that card; personal identifiers sent
to an outside party are a data incident whatever the file is called."""

from __future__ import annotations

from datetime import date

import pytest

from agent.sensitive import topic_of
from agent.understanding import parse_situation


@pytest.mark.parametrize(
    "question",
    [
        "one of my analysts is here on a visa and wants to present at a workshop in lisbon in april. anything i should tell her about the trip?",
        "my new hire's visa paperwork came through, how do i plan her first two weeks?",
    ],
)
def test_a_visa_without_a_threat_to_the_job_is_not_the_reorg_card(question: str) -> None:
    topic = topic_of(question)
    assert topic is None or topic.name != "immigration"


@pytest.mark.parametrize(
    "question",
    [
        "there's a rumour of layoffs and my engineer on an H-1B asked me if her job is safe",
        "my researcher on a work permit asked what happens to his visa if the team is cut in the restructure",
    ],
)
def test_a_visa_holder_worried_about_their_job_keeps_the_card(question: str) -> None:
    assert topic_of(question).name == "immigration"


def test_identifiers_sent_to_a_vendor_are_a_data_incident() -> None:
    question = ("my analyst just noticed the extract she sent our printing supplier on monday had members' NHS numbers and "
                "home postcodes for 2,300 people. what do i do first")
    assert topic_of(question).name == "data_incident"
    assert parse_situation(question, None, date(2026, 12, 4)).intent == "sensitive"
