"""The forecast's headline names the work the plan is for (its steps are listed, the work is named). Phrasings written
for this test."""

from agent.compose import _forecast_names
from agent.situation import Situation


def test_a_plan_of_steps_for_a_named_piece_of_work_names_the_work_not_a_step():
    s = Situation(intents=["planning"])
    s.put("project", "kiln wear model", "question", "kiln wear model")
    s.put("tasks", [{"name": "labelling", "weeks": [1, 2, 3]}, {"name": "pilot", "weeks": [2, 2, 2]}], "question", "labelling; pilot")
    assert _forecast_names(s, 1) == ["kiln wear model"]
    s.put("project", "pilot", "question", "pilot")
    assert _forecast_names(s, 1) == [""]  # one of the plan's own steps is no name for the whole plan
