"""Tool results read back typed: every result the offline graph stores for the headline questions validates into
its tool's output model and dumps back to exactly what was stored, so typed reads see what the tool returned."""

from datetime import date
from pathlib import Path

import pytest

from agent.brains.offline import OfflineBrain
from agent.graph import build_graph
from agent.state import new_turn
from agent.tool_results import all_results, latest_input, latest_result, succeeded, typed_result
from tools.registry import TOOLS
from tools.team import load_team

TEAM = load_team(Path(__file__).resolve().parents[2] / "examples" / "team.yaml")
QUESTIONS = [
    "My VP wants Priya off the fraud model on Monday. She has two weeks left. How should I respond?",
    "Prepare my one-on-one agenda with Marco",
    "Triage my inbox",
    "When will the fraud model v3 be done? Can we make the deadline?",
    "We are a small team doing ad-hoc ML for product teams; how should we be organized?",
]


@pytest.fixture(scope="module")
def records():
    graph = build_graph(brain=OfflineBrain())
    found = []
    for question in QUESTIONS:
        out = graph.invoke(new_turn(question), {"recursion_limit": 60}, context={"team": TEAM, "today": date(2026, 11, 23)})
        found += [r for r in out["tool_calls"] if r["result"] is not None]
    return found


def test_every_stored_result_round_trips_through_its_output_model(records):
    assert len({r["name"] for r in records}) >= 5
    for record in records:
        typed = typed_result(record)
        assert isinstance(typed, TOOLS[record["name"]].output_model())
        assert typed.model_dump(mode="json") == record["result"], record["name"]


def test_latest_result_is_the_last_successful_call_typed():
    first = {"name": "lint_message", "arguments": {}, "result": {"clean": True, "findings": [], "word_count": 3, "word_limit": 150}, "error": None}
    failed = {"name": "lint_message", "arguments": {}, "result": None, "error": "bad"}
    assert latest_result([first, failed], "lint_message") == typed_result(first)
    assert latest_result([failed], "lint_message") is None and latest_result([first], "build_agenda") is None


def test_all_results_keeps_call_order_and_skips_failed_calls():
    lint = {"clean": True, "findings": [], "word_count": 3, "word_limit": 150}
    first = {"name": "lint_message", "arguments": {}, "result": lint, "error": None}
    second = {"name": "lint_message", "arguments": {}, "result": {**lint, "word_count": 5}, "error": None}
    failed = {"name": "lint_message", "arguments": {}, "result": None, "error": "bad"}
    assert [r.word_count for r in all_results([first, failed, second], "lint_message")] == [3, 5]
    assert all_results([failed], "lint_message") == []


def test_latest_input_is_the_last_successful_calls_arguments_typed(records):
    triage = [r for r in records if r["name"] == "triage_inbox"]
    typed = latest_input(triage, "triage_inbox")
    assert isinstance(typed, TOOLS["triage_inbox"].load()[1])
    assert [r.title for r in typed.requests] == [r["title"] for r in triage[-1]["arguments"]["requests"]]
    assert latest_input(triage, "triage_request") is None


def test_a_call_succeeded_when_it_returned_a_result_and_no_error():
    assert succeeded({"name": "lint_message", "result": {"clean": True}, "error": None})
    assert not succeeded({"name": "lint_message", "result": None, "error": "bad"})
    assert not succeeded({"name": "lint_message", "result": None, "error": None})
