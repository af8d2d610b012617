"""get_team_context through the registry: a person, a project or the whole team as the team file has them, and
one sentence naming the known people when the name is unknown or no team file is loaded."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tools.errors import ToolInputError
from tools.registry import TOOLS
from tools.team import TeamContextInput, load_team

TEAM = load_team(Path(__file__).resolve().parents[2] / "examples" / "team.yaml")


def lookup(arguments, team=TEAM):
    return TOOLS["get_team_context"].run(arguments, team=team).model_dump(mode="json")


def test_a_person_a_project_and_the_whole_team():
    person, project = TEAM.people[0], TEAM.projects[0]
    assert lookup({"name": person.name})["name"] == person.name
    assert lookup({"name": project.name})["name"] == project.name
    whole = lookup({})
    assert [p["name"] for p in whole["people"]] == [p.name for p in TEAM.people]


def test_unknown_name_lists_the_people():
    with pytest.raises(ToolInputError, match="no person or project named 'Nobody'; known people: " + TEAM.people[0].name):
        lookup({"name": "Nobody"})


def test_no_team_file_is_one_sentence():
    with pytest.raises(ToolInputError, match="no team file is loaded"):
        lookup({"name": "Priya"}, team=None)


@settings(max_examples=50, deadline=None, derandomize=True)
@given(st.dictionaries(st.sampled_from(["name", "other"]), st.one_of(st.none(), st.text(max_size=20), st.integers())))
def test_team_context_input_fuzz(arguments):
    try:
        inp = TeamContextInput.model_validate(arguments)
    except ValidationError:
        return
    try:
        lookup(inp.model_dump())
    except ToolInputError as exc:
        assert "no person or project named" in str(exc)
