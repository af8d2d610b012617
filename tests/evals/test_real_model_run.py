"""The resumable real-model run: cases in round-robin order, one JSONL line per case, cases already recorded for the
same model and prompts skipped on the next run, figures with and without the fallback; against the scripted
server (prose mode: the model answers without tools, so the turn falls back) and the offline brain."""

from __future__ import annotations

import json

import pytest

from evals import real_model_run as rm
from tests.support.scripted_openai import ScriptedOpenAI, endpoint_like

CASES = """
- id: a1
  question: "My VP wants Priya moved to the LLM summarizer on Monday. She's about two weeks from finishing fraud model v3. Do I move her now or let her finish?"
  team: examples/team.yaml
  intent: reprioritization
  tools: [compare_strategies]
  category: whatif
- id: a2
  question: "How do I give feedback to a senior engineer who missed two deadlines?"
  intent: guidance
  category: advice
- id: a3
  question: "When will the fraud model v3 project land?"
  team: examples/team.yaml
  intent: planning
  tools: [forecast_completion]
  category: whatif
"""


@pytest.fixture
def dataset(tmp_path):
    path = tmp_path / "tiny.yaml"
    path.write_text(CASES, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LEAD_MODEL", "LEAD_LLM_TIMEOUT", "LEAD_BRAIN"):
        monkeypatch.delenv(name, raising=False)


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cases_come_round_robin_over_categories(dataset):
    assert [q.case.id for q in rm.ordered_cases([str(dataset)])] == ["a1", "a2", "a3"]
    assert {q.dataset for q in rm.ordered_cases([str(dataset)])} == {"tiny.yaml"}


def test_the_first_datasets_run_before_the_others_round_robin_among_themselves(dataset, tmp_path):
    newest = tmp_path / "newest.yaml"
    newest.write_text(CASES.replace("id: a", "id: n"), encoding="utf-8")
    queue = rm.ordered_cases([str(dataset), str(newest)], first=["newest.yaml"])
    assert [q.case.id for q in queue] == ["n1", "n2", "n3", "a1", "a2", "a3"]
    assert [q.case.id for q in rm.ordered_cases([str(dataset), str(newest)])][:2] == ["a1", "a2"]


def test_the_default_run_puts_the_newest_blind_set_first():
    assert rm.ordered_cases(rm.DATASETS, first=rm.FIRST)[0].dataset == "blind_v5.yaml"


def test_the_understanding_prompt_counts_only_when_the_model_is_sent_it(monkeypatch):
    import agent.brains.openai_brain as ob

    parser_reads, model_reads = rm.prompts_id(False), rm.prompts_id(True)
    assert parser_reads != model_reads
    monkeypatch.setattr(ob, "understanding_prompt", lambda: "a new fact vocabulary")
    assert rm.prompts_id(False) == parser_reads and rm.prompts_id(True) != model_reads


def test_a_second_run_skips_what_the_first_recorded(dataset, tmp_path, capsys):
    out = tmp_path / "results.jsonl"
    args = ["run", "--brain", "offline", "--datasets", str(dataset), "--out", str(out), "--commit", "abc1234"]
    assert rm.main([*args, "--limit", "2"]) == 0
    first = records(out)
    assert [r["id"] for r in first] == ["a1", "a2"]
    assert all(r["model"] == "offline" and r["code_commit"] == "abc1234" and r["today"] == "2026-12-04" for r in first)
    assert first[0]["tools_called"][0] == "compare_strategies" and first[0]["passed"] in (True, False)
    assert rm.main(args) == 0
    assert [r["id"] for r in records(out)] == ["a1", "a2", "a3"]  # only the missing case ran
    assert rm.main(args) == 0
    assert len(records(out)) == 3 and "0 to run" in capsys.readouterr().out


def test_other_prompts_do_not_count_as_recorded(dataset, tmp_path, monkeypatch):
    out = tmp_path / "results.jsonl"
    args = ["run", "--brain", "offline", "--datasets", str(dataset), "--out", str(out), "--limit", "1"]
    rm.main(args)
    monkeypatch.setattr(rm, "prompts_id", lambda model_understands=False: "another")
    rm.main(args)
    assert [(r["id"], r["prompts"] == "another") for r in records(out)] == [("a1", False), ("a1", True)]


def test_a_model_run_records_fallbacks_tokens_and_seconds(dataset, tmp_path, monkeypatch):
    out = tmp_path / "results.jsonl"
    with ScriptedOpenAI([], default=endpoint_like("prose")) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("LEAD_MODEL", "scripted-model")
        assert rm.main(["run", "--datasets", str(dataset), "--out", str(out), "--limit", "2"]) == 0
    rm.main(["run", "--brain", "offline", "--datasets", str(dataset), "--out", str(out)])
    whatif, advice = records(out)[:2]
    assert whatif["model"] == "scripted-model" and whatif["fell_back"] and "without running compare_strategies" in whatif["fallback_reason"]
    assert whatif["model_requests"] == 1 and whatif["input_tokens"] > 0 and whatif["seconds"] > 0
    assert whatif["settings"]["max_tokens"] > 0 and whatif["settings"]["understand"] == "auto"
    assert not advice["fell_back"] and advice["brain"] == "scripted-model"  # guidance needs no tool: the prose stands
    figures = rm.summarize(records(out), "scripted-model", total=3)
    assert figures["cases"] == 2 and figures["of"] == 3 and figures["fell_back"] == 1 and figures["model_answered"] == 1
    expected_without = sum(r["passed"] and not r["fell_back"] for r in (whatif, advice)) / 2
    assert figures["pass_rate_without_fallback"] == expected_without
    assert figures["offline_pass_rate_same_cases"] is not None


def test_summary_prints_a_table(dataset, tmp_path, capsys):
    out = tmp_path / "results.jsonl"
    rm.main(["run", "--brain", "offline", "--datasets", str(dataset), "--out", str(out), "--limit", "1"])
    capsys.readouterr()
    assert rm.main(["summary", "--datasets", str(dataset), "--out", str(out), "--markdown"]) == 0
    table = capsys.readouterr().out
    assert table.startswith("| model (prompts) |") and "| offline (any) | 1 of 3 |" in table


def test_a_broken_line_is_skipped_not_fatal(tmp_path):
    out = tmp_path / "results.jsonl"
    out.write_text('{"dataset": "d", "id": "x", "model": "m", "prompts": "p"}\n{"half a li', encoding="utf-8")
    assert rm.done_keys(rm.read_records(out), "m", "p") == {("d", "x")}
    rm.append_record(out, {"dataset": "d", "id": "y", "model": "m", "prompts": "p"})
    assert rm.done_keys(rm.read_records(out), "m", "p") == {("d", "x"), ("d", "y")}


def test_the_offline_brain_can_run_just_the_cases_a_model_ran(dataset, tmp_path):
    out = tmp_path / "results.jsonl"
    rm.append_record(out, {"dataset": "tiny.yaml", "id": "a3", "model": "some-model", "prompts": "p", "passed": False})
    rm.main(["run", "--brain", "offline", "--datasets", str(dataset), "--out", str(out), "--same-cases-as", "some-model"])
    assert [(r["model"], r["id"]) for r in records(out)] == [("some-model", "a3"), ("offline", "a3")]


def test_every_failed_check_names_a_metric():
    failures = ["intent: expected triage, got planning", "answer lacks /incident/", "cites none of ['x']", "fact person: expected 'Marco'"]
    assert rm.failed_metrics(failures) == ["answer_content", "fact_recall", "guidance_cited", "intent_accuracy"]
    assert rm.failed_metrics(["answer contains forbidden /x/"]) == ["answer_content"] and rm.failed_metrics(["mystery"]) == ["other"]
