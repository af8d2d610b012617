"""Model-facing tools: compact schemas that never ask for a whole team object, and `resolve`, which builds the
registry tool's full input from names by looking them up in the team file and the Situation."""

from __future__ import annotations

import json
from datetime import date

import pytest

from agent.model_tools import MODEL_TOOLS, model_tool_schemas, resolve
from agent.situation import Situation
from tools.errors import ToolInputError
from tools.registry import TOOLS
from tools.team import CurrentWork, Person, Project, Request

TODAY = date(2026, 11, 23)
# Fields that only a whole team-file object has: a model asked for any of these is copying the team file.
TEAM_OBJECT_FIELDS = (
    set(Person.model_fields) | set(CurrentWork.model_fields) | set(Project.model_fields) | set(Request.model_fields)
) - {"name", "title", "requester", "kind", "urgency", "deadline", "effort_days", "interrupts", "project", "success_probability", "tasks"}


def property_names(node):
    """Every property name anywhere in a JSON schema."""
    out = set()
    if isinstance(node, dict):
        out |= set(node.get("properties", {}))
        for value in node.values():
            out |= property_names(value)
    elif isinstance(node, list):
        for value in node:
            out |= property_names(value)
    return out


def test_every_model_facing_schema_takes_names_not_team_objects():
    schemas = model_tool_schemas()
    assert {s["function"]["name"] for s in schemas} == set(MODEL_TOOLS) and set(TOOLS) <= set(MODEL_TOOLS)
    for schema in schemas:
        params = schema["function"]["parameters"]
        assert not property_names(params) & TEAM_OBJECT_FIELDS, schema["function"]["name"]
        for name, prop in params["properties"].items():
            if prop.get("type") == "object":
                pytest.fail(f"{schema['function']['name']}.{name} asks for an object")
            if prop.get("type") == "array" and prop["items"].get("type") == "object":
                assert schema["function"]["name"] == "forecast_completion" and name == "tasks"  # from the message
    assert all(p.get("type") == "string" for s in schemas for n, p in s["function"]["parameters"]["properties"].items() if n == "person")


def test_schemas_are_compact():
    text = json.dumps(model_tool_schemas())
    for noise in ('"title": "', '"default"', '"minimum"', '"maximum"', '"maxLength"', '"$ref"', '"$defs"', '"null"'):
        assert noise not in text
    assert len(text) < 5000


def test_compare_strategies_from_a_name(example_team):
    r = resolve({"name": "compare_strategies", "arguments": {"person": "priya"}}, example_team, None, TODAY)
    current, new = r.arguments["current"], r.arguments["new_work"]
    assert current["person"] == "Priya" and current["project"] == "Fraud model v3" and current["remaining_likely"] == 2
    # The inbox request that interrupts her sizes the new work: 25 effort days = 5 weeks, due 2026-12-21.
    assert new["title"] == "Move Priya to the LLM summarizer on Monday" and new["estimate_likely"] == 5
    assert new["deadline_weeks"] == 4.0 and not r.assumptions
    assert TOOLS["compare_strategies"].run(r.arguments).recommendation


def test_question_beats_team_file_and_person_not_in_team_comes_from_the_situation(example_team):
    s = Situation()
    s.put("person", "Priya", "question", "Priya")
    s.put("remaining_weeks", [2.5, 3, 4], "question", "about three weeks left")
    r = resolve({"name": "compare_strategies", "arguments": {"person": "Priya", "new_work_weeks": [3, 4, 5], "deadline": "2027-01-15"}},
                example_team, s, TODAY)  # fmt: skip
    assert (r.arguments["current"]["remaining_low"], r.arguments["current"]["remaining_likely"]) == (2.5, 3)
    assert r.arguments["new_work"]["estimate_high"] == 5 and r.arguments["new_work"]["deadline_weeks"] == 7.6
    jonas = Situation()
    jonas.put("person", "Jonas", "question", "Jonas")
    jonas.put("remaining_weeks", [1, 2, 3], "question", "two weeks left")
    jonas.put("new_work_weeks", [2, 3, 4], "question", "three weeks")
    r = resolve({"name": "compare_strategies", "arguments": {"person": "Jonas", "deadline": 6}}, example_team, jonas, TODAY)
    assert r.arguments["current"]["person"] == "Jonas" and r.arguments["current"]["remaining_likely"] == 2
    assert r.arguments["new_work"]["estimate_likely"] == 3 and r.arguments["new_work"]["deadline_weeks"] == 6


def test_unknown_person_without_numbers_is_one_actionable_sentence(example_team):
    with pytest.raises(ToolInputError) as err:
        resolve({"name": "compare_strategies", "arguments": {"person": "Jonas"}}, example_team, None, TODAY)
    assert "Jonas" in str(err.value) and "ask the user" in str(err.value) and "Priya" in str(err.value)
    with pytest.raises(ToolInputError, match="Invalid arguments for build_agenda: person"):
        resolve({"name": "build_agenda", "arguments": {"minutes": 30}}, example_team, None, TODAY)


def test_agenda_for_a_team_member_and_for_someone_described_in_the_question(example_team):
    r = resolve({"name": "build_agenda", "arguments": {"person": "Marco", "minutes": 45}}, example_team, None, TODAY)
    assert r.arguments["person"]["blockers"] == example_team.person("Marco").blockers and r.arguments["minutes"] == 45
    s = Situation()
    s.put("person", "Dev", "question", "Dev")
    s.put("cues", ["new_hire", "quiet"], "question", "joined three weeks ago, hasn't asked one question")
    r = resolve({"name": "build_agenda", "arguments": {"person": "Dev"}}, example_team, s, TODAY)
    assert r.arguments["person"]["name"] == "Dev" and r.arguments["person"]["status"] == "ramping_up"
    assert any("Rarely speaks up" in b for b in r.arguments["person"]["blockers"]) and r.assumptions
    assert TOOLS["build_agenda"].run(r.arguments).markdown


def test_forecast_by_project_name_and_by_tasks_from_the_message(example_team):
    r = resolve({"name": "forecast_completion", "arguments": {"project": "fraud model v3"}}, example_team, None, TODAY)
    assert [t["name"] for t in r.arguments["tasks"]][0] == "Finish feature backfill" and r.arguments["deadline"] == "2026-12-18"
    tasks = [{"name": "cleanup", "weeks": [1, 1.5, 2]}, {"name": "training", "weeks": [2, 3, 4], "success_probability": 60}]
    r = resolve({"name": "forecast_completion", "arguments": {"tasks": tasks, "deadline": "7 weeks"}}, None, None, TODAY)
    assert r.arguments["unit"] == "weeks" and r.arguments["tasks"][1]["depends_on"] == ["cleanup"]
    assert r.arguments["tasks"][1]["success_probability"] == 0.6 and r.arguments["deadline"] == "2027-01-11"
    assert TOOLS["forecast_completion"].run(r.arguments).deadline_probability is not None


def test_triage_by_inbox_title_or_described_request(example_team):
    r = resolve({"name": "triage_inbox", "arguments": {}}, example_team, None, TODAY)
    assert len(r.arguments["requests"]) == len(example_team.inbox)
    r = resolve({"name": "triage_request", "arguments": {"title": "churn numbers by region"}}, example_team, None, TODAY)
    assert r.arguments["request"]["requester"] == "Olivia" and r.arguments["request"]["effort_days"] == 1
    r = resolve({"name": "triage_request", "arguments": {"title": "Sales wants a one-off dashboard", "interrupts": ["Tom", "Zed"]}},
                example_team, None, TODAY)  # fmt: skip
    assert r.arguments["request"]["interrupts"] == ["Tom"] and len(r.assumptions) == 2
    with pytest.raises(ToolInputError, match="triage_request"):
        resolve({"name": "triage_inbox", "arguments": {}}, None, None, TODAY)


def test_draft_takes_its_numbers_from_this_turns_tools(example_team):
    whatif = resolve({"name": "compare_strategies", "arguments": {"person": "Priya"}}, example_team, None, TODAY)
    result = TOOLS["compare_strategies"].run(whatif.arguments).model_dump(mode="json")
    r = resolve({"name": "draft_message", "arguments": {"purpose": "respond_to_reprioritization", "audience": "VP"}},
                example_team, None, TODAY, results=[{"name": "compare_strategies", "result": result}])  # fmt: skip
    assert r.arguments["audience"] == "executive" and r.arguments["facts"]["options"]
    assert r.arguments["facts"]["strategy"] == result["recommendation"]
    assert TOOLS["draft_message"].run(r.arguments).body


def test_draft_is_built_like_the_offline_path_from_the_situation(example_team):
    """The manager's offer and decision reach the model path's draft as they reach the offline one."""
    from agent.understanding import parse_situation

    q = "write to Victor: he can't have Marco until the churn pipeline lands. offer Aisha for two days a week meanwhile"
    s = parse_situation(q, example_team, TODAY)
    r = resolve({"name": "draft_message", "arguments": {"purpose": "decline_or_negotiate", "audience": "VP", "ask": "Would that work?"}},
                example_team, s, TODAY)  # fmt: skip
    facts = r.arguments["facts"]
    assert r.arguments["recipient"] == "Victor" and facts["offer"].startswith("Aisha for two days a week")
    assert "Marco" in facts["decision"] and facts["ask"] == "Would that work?"
    body = TOOLS["draft_message"].run(r.arguments).body
    assert body.startswith("Hi Victor,") and "Aisha" in body and "smaller first version" not in body


def test_plan_changes_need_a_deadline_and_take_the_forecast_inputs(example_team):
    r = resolve({"name": "suggest_plan_changes", "arguments": {"project": "Fraud model v3", "target_probability": 80}}, example_team, None, TODAY)
    assert r.arguments["target_probability"] == 0.8 and r.arguments["plan"]["deadline"] == "2026-12-18"
    assert TOOLS["suggest_plan_changes"].run(r.arguments).changes
    tasks = [{"name": "cleanup", "weeks": [1, 1.5, 2]}, {"name": "training", "weeks": [2, 3, 6]}]
    forecast = resolve({"name": "forecast_completion", "arguments": {"tasks": tasks}}, None, None, TODAY).arguments
    record = {"name": "forecast_completion", "arguments": forecast, "result": {"summary": "..."}}
    with pytest.raises(ToolInputError, match="needs a deadline"):
        resolve({"name": "suggest_plan_changes", "arguments": {}}, None, None, TODAY, results=[record])
    r = resolve({"name": "suggest_plan_changes", "arguments": {"deadline": 5}}, None, None, TODAY, results=[record])
    assert [t["name"] for t in r.arguments["plan"]["tasks"]] == ["cleanup", "training"] and r.arguments["order_assumed"]
    assert TOOLS["suggest_plan_changes"].run(r.arguments).baseline_probability is not None


def test_a_draft_after_a_forecast_over_the_year_end_says_the_holiday_caveat_beside_the_dates():
    tasks = [{"name": "features", "weeks": [2, 2, 3]}, {"name": "training", "weeks": [3, 4, 5]}]
    plan = resolve({"name": "forecast_completion", "arguments": {"tasks": tasks}}, None, None, TODAY).arguments
    forecast = TOOLS["forecast_completion"].run(plan).model_dump(mode="json")
    assert forecast["calendar_caveat"]  # late November plus five weeks or more spans the year end
    r = resolve({"name": "draft_message", "arguments": {"purpose": "progress_update", "audience": "VP"}},
                None, None, TODAY, results=[{"name": "forecast_completion", "arguments": plan, "result": forecast}])
    assert r.arguments["facts"]["forecast"]["calendar_note"] == forecast["calendar_caveat"]
    assert forecast["calendar_caveat"] in TOOLS["draft_message"].run(r.arguments).body


@pytest.mark.parametrize("named, audience", [("VP", "executive"), ("executive", "executive"), ("head of product", "product"),
                                             ("team", "own_team"), ("customer", "peer_team"), ("someone", "executive")])  # fmt: skip
def test_the_lint_audience_comes_from_the_drafting_table(named, audience):
    r = resolve({"name": "lint_message", "arguments": {"text": "Hi Ana, we ship on Friday.", "audience": named}}, None, None, TODAY)
    assert r.arguments["audience"] == audience
