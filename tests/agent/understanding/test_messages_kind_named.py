"""The kind of message the manager names decides its purpose: a status update about the team is a progress update,
never an announcement because 'update' sits near 'the team'; a real 'update the team that ...' stays an announcement;
what a model can and can't do is explained, never a no."""

from __future__ import annotations

import pytest

from agent.understanding.messages import purpose_of


@pytest.mark.parametrize("text", [
    "write Ines a status update on where the team is, keep it honest and short",
    "send a progress update on our team to the steering group, three bullets",
    "draft the weekly update for the team's sponsor, nothing fancy",
])
def test_a_named_update_about_the_team_is_a_progress_update(text):
    assert purpose_of(text)[0] == "progress_update"


@pytest.mark.parametrize("text", ["update the team that standup moves to 10am from monday", "tell my team the offsite is cancelled"])
def test_telling_the_team_of_a_change_is_still_an_announcement(text):
    assert purpose_of(text)[0] == "announce_change"


def test_what_a_model_can_and_cant_do_is_explained_not_declined():
    assert purpose_of("i need to tell our patron what the crowd sensor can and cant do she thinks it does the stewards job")[0] == "explain_uncertainty"


@pytest.mark.parametrize("text", [
    "i have to write to the port captain. we said the tide model would reach her by the 3rd of march and it's not going to happen, the sensor buoy sank. "
    "realistically that puts it at the 20th. can you draft it?",
    "draft a note to the clinic lead: the triage scores were due on the 9th. realistically this puts the scores in the first week of april.",
])
def test_a_date_that_will_not_be_met_told_in_plain_words_is_a_slip(text):
    assert purpose_of(text)[0] == "forecast_risk"
