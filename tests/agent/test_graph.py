"""Graph wiring with scripted brains and an in-memory retriever: shape snapshot, tool errors, citation
repair, the step limit and escalation notes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from agent.brains.base import BrainUnavailable, Step
from agent.graph import build_graph, parse_citations
from agent.situation import Situation
from agent.state import new_turn
from knowledge.retrieval import Passage

MMD = Path(__file__).with_name("graph.mmd")


class MemoryRetriever:
    """Two fixed passages; records the queries it saw."""

    def __init__(self) -> None:
        self.queries: list[str] = []
        self.passages = [
            Passage("card-a#what-to-do", "card-a", "Card A — What to do", "Src A", "- Let near-finished work land first.", 1.0),
            Passage("card-b#what-to-say", "card-b", "Card B — What to say", "Src B", "- Say what you need.", 0.5),
        ]

    def search(self, query, k=5, **kwargs):
        self.queries.append(query)
        return self.passages[:k]

    def get(self, pid):
        return next((p for p in self.passages if p.id == pid), None)


class ScriptBrain:
    """Returns scripted steps in order (the last one repeats)."""

    label = "scripted"
    model = "scripted"
    remote = False

    def __init__(self, steps):
        self.steps = list(steps)
        self.seen = []

    def think(self, ctx):
        self.seen.append(ctx)
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, Exception):
            raise step
        return step


def call(name, arguments, i=0):
    return {"id": f"c{i}", "name": name, "arguments": arguments if isinstance(arguments, str) else json.dumps(arguments)}


def run(brain, question="How should I respond to my VP moving Priya?", **kw):
    graph = build_graph(brain=brain, retriever=MemoryRetriever(), **kw)
    return graph.invoke(new_turn(question), {"recursion_limit": 100})


def test_graph_shape_matches_snapshot():
    drawn = build_graph(brain=ScriptBrain([Step(content="x")])).get_graph().draw_mermaid()
    assert drawn == MMD.read_text(encoding="utf-8"), "graph shape changed: review, then regenerate tests/agent/graph.mmd deliberately"


def test_tool_round_then_answer_with_valid_citation():
    args = {"text": "We will ship on Friday.", "audience": "executive"}
    brain = ScriptBrain([Step(tool_calls=[call("lint_message", args)]), Step(content="Fix the date promise [1].")])
    out = run(brain)
    assert [r["name"] for r in out["tool_calls"]] == ["lint_message"]
    assert out["tool_calls"][0]["result"]["clean"] is False
    assert out["messages"][-1]["role"] == "tool"
    assert [c["id"] for c in out["citations"]] == ["card-a#what-to-do"]
    assert out["history"][-1]["content"] == out["answer"]


def test_invalid_citations_are_removed_and_reported():
    out = run(ScriptBrain([Step(content="Do this [1] and that [7], also [2, 9].")]))
    assert "[7]" not in out["answer"] and "9" not in out["answer"]
    assert parse_citations(out["answer"]) == [1, 2]
    assert any("[7]" in n and "[9]" in n for n in out["notices"])


def test_invalid_arguments_and_unknown_tool_come_back_as_tool_errors():
    brain = ScriptBrain(
        [
            Step(tool_calls=[call("lint_message", "{not json", 0), call("forecast_completion", {"tasks": []}, 1), call("delete_everything", {}, 2)]),
            Step(content="Answer."),
        ]
    )
    out = run(brain)
    errors = [r["error"] for r in out["tool_calls"]]
    assert "Invalid JSON" in errors[0]
    assert errors[1].startswith("Invalid arguments for forecast_completion") and "tasks" in errors[1]
    assert "Unknown tool 'delete_everything'" in errors[2] and "forecast_completion" in errors[2]
    tool_messages = [m for m in out["messages"] if m["role"] == "tool"]
    assert len(tool_messages) == 3 and all("error" in json.loads(m["content"]) for m in tool_messages)
    # The brain saw the errors on its next step.
    assert len(brain.seen[1].tool_calls) == 3


def test_step_limit_stops_a_runaway_brain_with_a_clear_message():
    looping = ScriptBrain([Step(tool_calls=[call("search_guidance", {"query": "focus"})])])
    out = run(looping, max_steps=3)
    assert out["steps"] == 3
    assert len(out["tool_calls"]) == 2
    assert any("Stopped after 3 reasoning steps" in n for n in out["notices"])
    assert out["answer"]


def test_brain_failure_falls_back_to_offline():
    brain = ScriptBrain([BrainUnavailable("could not connect")])
    brain.remote = True
    out = run(brain, question="How do I give better feedback?")
    assert out["brain"] == "offline (fallback)"
    assert any("unreachable" in n for n in out["notices"])
    assert out["answer"]


def test_sensitive_requests_skip_tools_and_carry_escalation():
    brain = ScriptBrain([Step(content="should not be used")])
    out = run(brain, question="Marco told me he has thought about self-harm. How do I coach him?")
    assert out["intent"] == "sensitive" and not brain.seen and not out["tool_calls"]
    assert "HR" in out["answer"] and "988" in out["answer"]


def test_retrieval_is_bounded_and_get_team_context_without_team_is_an_error():
    brain = ScriptBrain([Step(tool_calls=[call("get_team_context", {"name": "Priya"})]), Step(content="ok")])
    out = run(brain)
    assert "no team file" in out["tool_calls"][0]["error"]
    assert len(out["passages"]) == 2


@pytest.mark.parametrize("text,expected", [("a [1] b [2][1]", [1, 2]), ("[3, 1]", [3, 1]), ("none", [])])
def test_parse_citations(text, expected):
    assert parse_citations(text) == expected


def test_quoted_draft_in_a_model_answer_is_linted():
    brain = ScriptBrain([Step(content="Send this:\n\n> We will definitely ship on Friday.\n")])
    out = run(brain, question="Draft a message to my VP about the delay.")
    assert out["intent"] == "stakeholder_message"
    assert any("lint findings" in n and "certainty" in n for n in out["notices"])


def test_langgraph_json_points_at_a_lazy_graph():
    import importlib
    import subprocess
    import sys

    spec = json.loads((Path(__file__).resolve().parents[2] / "langgraph.json").read_text())
    module_path, attr = spec["graphs"]["lead"].split(":")
    # A factory: LangGraph's server reads module variables, so agent.graph's lazy `graph` is invisible to it.
    assert (module_path, attr) == ("agent.server_graph", "make_graph")
    assert callable(getattr(importlib.import_module(module_path), attr))
    # Importing the modules builds nothing: no retriever, no index, no network.
    code = ("import agent.server_graph as s, agent.graph as g, sys; assert s._graph is None and g._lazy_graph is None; "
            "assert 'chromadb' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])


def test_a_runs_context_lays_the_team_and_date_over_the_graphs_defaults():
    from datetime import date

    from tools.team import load_team

    team = load_team(Path(__file__).resolve().parents[2] / "examples" / "team.yaml")
    lookup = Step(tool_calls=[call("get_team_context", {"name": "Priya"})])
    brain = ScriptBrain([lookup, Step(content="ok"), lookup, Step(content="ok")])
    graph = build_graph(brain=brain, retriever=MemoryRetriever())
    # A dict, as LangGraph's API server sends it: the brain and retriever bound by build_graph stay.
    out = graph.invoke(new_turn("How should I respond to my VP moving Priya?"), {"recursion_limit": 100},
                       context={"team": team, "today": date(2026, 3, 2)})
    assert out["tool_calls"][0]["error"] is None and out["tool_calls"][0]["result"]["name"] == "Priya"
    assert len(out["passages"]) == 2 and brain.seen[0].today == date(2026, 3, 2)
    # The defaults themselves are untouched: the next run without a context has no team.
    again = graph.invoke(new_turn("How should I respond to my VP moving Priya?"), {"recursion_limit": 100})
    assert "no team file" in again["tool_calls"][0]["error"]


def test_the_run_context_schema_is_described_for_the_api_server():
    properties = build_graph().get_context_jsonschema()["properties"]
    assert {"team", "today", "corrections", "max_steps"} <= set(properties)


def test_search_guidance_goes_through_the_registry_and_numbers_new_passages_after_the_turns():
    brain = ScriptBrain([Step(tool_calls=[call("search_guidance", {"query": "finish first"})]), Step(content="See [1].")])
    out = run(brain)
    hits = out["tool_calls"][0]["result"]
    assert [h["n"] for h in hits] == [1, 2] and [h["id"] for h in hits] == [p["id"] for p in out["passages"]]


def test_a_short_follow_up_is_parsed_once(monkeypatch):
    import agent.understanding as understanding
    from agent.graph import understand_question

    seen: list[str] = []
    real = understanding.parse_situation

    def counting(question, *args, **kwargs):
        seen.append(question)
        return real(question, *args, **kwargs)

    monkeypatch.setattr(understanding, "parse_situation", counting)
    history = [{"role": "user", "content": "Should Priya finish the fraud model first?"},
               {"role": "assistant", "content": "Yes.", "intent": "reprioritization"}]
    situation, _ = understand_question("Triage the five incoming requests in my inbox.", history, None, None)
    assert seen == ["Triage the five incoming requests in my inbox."] and situation.intent == "triage"
    seen.clear()
    situation, _ = understand_question("tell me more", history, None, None)
    assert seen == ["tell me more", "Should Priya finish the fraud model first? tell me more"]
    seen.clear()
    understand_question("Triage the five incoming requests in my inbox.", history, None, None, corrections={"team_size": 5})
    assert len(seen) == 2  # corrections apply to a parse of their own


def _checked(body: str, question: str = "send victor a note on the reranker") -> tuple[str, list[str]]:
    """The check node's answer and notices for a turn that drafted `body` and printed it under the linter's label."""
    from datetime import date

    from agent.compose import LINTED_LABEL
    from agent.graph import verify_answer
    from agent.state import AgentState
    from tools.message import DraftedMessage, LintInput, lint_message

    lint = lint_message(LintInput(text=body))
    record = {"name": "draft_message", "arguments": {"audience": "peer_team", "purpose": "progress_update", "recipient": "Victor", "facts": {}},
              "result": DraftedMessage(subject="", body=body, word_count=len(body.split()), lint=lint, notes=[]).model_dump(mode="json"),
              "duration_ms": 1.0, "error": None}
    quoted = "\n".join(f"> {line}" for line in body.splitlines())
    state = AgentState(question=question, intent="stakeholder_message", answer=f"**Draft to Victor** {LINTED_LABEL}\n\n{quoted}",
                       tool_calls=[record], situation={"intents": ["stakeholder_message"], "facts": [
                           {"name": "recipient", "value": "Victor", "source": "question", "text": "victor"}]})
    answer, _, notices = verify_answer(state, date(2026, 12, 4))
    return answer, notices


def test_a_draft_the_checks_flag_is_never_labelled_as_passing_them():
    from agent.compose import FLAGGED_LABEL, LINTED_LABEL

    answer, notices = _checked("Hi Victor,\n\nWe will definitely ship the reranker on 18 Dec, guaranteed.")
    assert notices and LINTED_LABEL not in answer and FLAGGED_LABEL in answer


def test_a_clean_draft_keeps_the_linters_label():
    from agent.compose import LINTED_LABEL

    answer, notices = _checked("Hi Victor,\n\nThe reranker is about 80% likely to ship by Friday 18 December, and 95% by 8 January. "
                               "Let me know by Tuesday if that works for the launch plan.")
    assert notices == [] and LINTED_LABEL in answer


def test_the_check_node_mends_slips_left_where_pieces_were_joined():
    answer, _ = _checked("Hi Victor,\n\nWhere it stands:\n- - offline eval done Friday Friday\n- - shadow traffic next")
    assert "- - " not in answer and "Friday Friday" not in answer
    assert "> - offline eval done Friday" in answer and "> - shadow traffic next" in answer


def test_a_draft_that_lost_a_stated_fact_says_it_is_not_ready_and_what_is_missing():
    from datetime import date

    from agent.checks import DraftProblem
    from agent.compose import LINTED_LABEL, not_ready_label
    from agent.graph import verify_answer
    from agent.state import AgentState
    from tools.message import DraftedMessage, LintInput, lint_message

    label = not_ready_label([DraftProblem("dropped", "the date you gave ('mar 3') is not in the draft").detail])
    assert label == "(NOT READY TO SEND: it leaves out the date you gave ('mar 3'); add it before sending)"
    body = "Hi Victor,\n\nThe reranker is about 80% likely to be ready soon; I'll confirm the range by Tuesday."
    lint = lint_message(LintInput(text=body))
    record = {"name": "draft_message", "arguments": {"audience": "peer_team", "purpose": "progress_update", "recipient": "Victor", "facts": {}},
              "result": DraftedMessage(subject="", body=body, word_count=len(body.split()), lint=lint, notes=[]).model_dump(mode="json"),
              "duration_ms": 1.0, "error": None}
    quoted = "\n".join(f"> {line}" for line in body.splitlines())
    state = AgentState(question="tell victor where the reranker is, it has to be live by mar 3", intent="stakeholder_message",
                       answer=f"**Draft to Victor** {LINTED_LABEL}\n\n{quoted}", tool_calls=[record],
                       situation={"intents": ["stakeholder_message"], "facts": [
                           {"name": "recipient", "value": "Victor", "source": "question", "text": "victor"},
                           {"name": "deadline", "value": "2027-03-03", "source": "question", "text": "mar 3"}]})
    answer, _, _ = verify_answer(state, date(2026, 12, 4))
    assert "NOT READY TO SEND: it leaves out the date you gave ('mar 3')" in answer and LINTED_LABEL not in answer


def test_a_self_correction_is_read_once_and_every_later_step_sees_what_was_meant():
    brain = ScriptBrain([Step(content="ok")])
    state = run(brain, question="prep a hard talk with oswin no wait sorry not oswin with Delphine, 30 min friday")
    assert brain.seen[0].question == "prep a hard talk with Delphine, 30 min friday"
    assert Situation.model_validate(state["situation"]).get("person") == "Delphine"
