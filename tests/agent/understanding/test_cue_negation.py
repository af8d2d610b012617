"""Cues read from what the manager saw, not from what the person refused or from a guess the manager can't settle."""

import pytest

from agent.understanding.cues import detect_cues, hedged


@pytest.mark.parametrize("text", [
    "she turned down a competing offer from a bank last spring to stay with us",
    "he declined two recruiter offers this year, he loves the work",
    "she said no to an outside offer in october",
])
def test_an_offer_turned_down_is_no_retention_risk(text):
    assert "retention_risk" not in detect_cues(text)


def test_an_offer_being_weighed_still_is():
    assert "retention_risk" in detect_cues("he got an outside offer last week and is weighing it")


@pytest.mark.parametrize("text", [
    "three release commitments missed in a row",
    "his last two PRs to the billing service got reverted for failing the integration tests",
    "sprint goals slipped again this month",
])
def test_missed_commitments_said_noun_first_and_reverted_work_are_underperformance(text):
    assert "underperforming" in detect_cues(text)


def test_a_guess_yields_to_what_the_manager_saw():
    text = "two sprint commitments missed in a row, and i'm not sure whether he's out of his depth with the new framework"
    assert hedged(text, "stuck")
    assert detect_cues(text) == ["underperforming"]


def test_a_guess_alone_is_still_the_reading():
    assert detect_cues("not sure if she's burned out or just bored") != []
