"""`lead eval` on the command line: user errors are one sentence; a small run writes JSON and Markdown."""

from __future__ import annotations

import json

from agent.cli import main


def test_openai_brain_without_endpoint_is_a_user_error(capsys):
    assert main(["eval", "scenarios", "--brain", "openai"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --brain openai needs an endpoint") and "Traceback" not in err


def test_unknown_case_id_is_a_user_error(capsys):
    assert main(["eval", "scenarios", "--cases", "zz-nothing"]) == 2
    assert "No scenario matches --cases zz-nothing" in capsys.readouterr().err


def test_small_offline_run_writes_reports(tmp_path, capsys):
    report, markdown = tmp_path / "r.json", tmp_path / "r.md"
    code = main(["eval", "scenarios", "--cases", "rp01,os01,se01", "--report", str(report), "--markdown", str(markdown), "-q", "--no-gate"])
    out = capsys.readouterr().out
    assert code == 0
    assert "End-to-end scenarios" in out and "intent_accuracy" in out
    data = json.loads(report.read_text())
    cases = data["suites"][0]["cases"]
    assert sorted(c["id"] for c in cases) == ["os01-code", "rp01-vp-wants-priya", "se01-mental-health"]
    assert all("failures" in c and "answer" in c for c in cases)
    assert "# Lead Copilot evaluation report" in markdown.read_text()


def test_openai_brain_side_by_side_with_judge(tmp_path, monkeypatch, capsys):
    from evals.judge import RUBRICS
    from tests.support.scripted_openai import ScriptedOpenAI, reply_text

    def respond(body):
        if body["messages"][0]["content"] in RUBRICS.values():
            return reply_text('{"score": 3, "reasons": ["no confidence range"]}')
        return reply_text("Agree on a working rule: ask for help once you have been stuck for a while [1].")

    report = tmp_path / "r.json"
    with ScriptedOpenAI([], default=respond) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("LEAD_MODEL", "scripted-model")
        code = main(["eval", "scenarios", "--brain", "openai", "--judge", "--cases", "gd02,sm05", "--report", str(report), "-q", "--no-gate"])
        assert server.requests, "the OpenAI brain never called the endpoint"
    out = capsys.readouterr().out
    assert code == 0
    header = next(line for line in out.splitlines() if line.startswith("metric"))
    assert "offline" in header and "scripted-model" in header
    suites = json.loads(report.read_text())["suites"]
    assert [s["label"] for s in suites] == ["offline", "scripted-model"]
    judged = [c["judge"] for s in suites for c in s["cases"] if c["id"].startswith("sm05")]
    assert judged and all(j["score"] == 3 for j in judged)


def test_offline_answers_graded_by_the_configured_endpoint(tmp_path, monkeypatch, capsys):
    from evals.judge import RUBRICS
    from tests.support.scripted_openai import ScriptedOpenAI, reply_text

    verdict = reply_text('{"score": 4, "reasons": ["leads with the answer"]}')
    report = tmp_path / "r.json"
    with ScriptedOpenAI([], default=verdict, structured=verdict) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("OPENAI_API_KEY", "test-key")
        monkeypatch.setenv("LEAD_MODEL", "judge-model")
        monkeypatch.setenv("LEAD_HOME", str(tmp_path / "home"))
        code = main(["eval", "scenarios", "--brain", "offline", "--judge", "--cases", "dq01,cu01,os01", "--report", str(report), "-q", "--no-gate"])
        sent = server.structured_requests + server.requests
    assert code == 0
    assert sent and all(body["messages"][0]["content"] in RUBRICS.values() for body in sent)  # only the judge asked it
    assert all(body["model"] == "judge-model" and body["max_tokens"] == 200 for body in sent)
    suites = json.loads(report.read_text())["suites"]
    assert [s["label"] for s in suites] == ["offline"]
    judged = {c["id"][:4]: c["judge"] for c in suites[0]["cases"]}
    assert judged["os01"] is None  # not a draft, not marked
    assert (judged["dq01"]["kind"], judged["cu01"]["kind"]) == ("message", "agenda")
    assert judged["dq01"]["score"] == 4 and suites[0]["metrics"]["judge_mean_score"] == 4
    assert "judge_mean_score_kind_agenda" in capsys.readouterr().out


def test_missed_offline_gate_exits_1(tmp_path, capsys):
    gates = tmp_path / "gates.yaml"
    gates.write_text("scenarios:\n  out_of_scope_no_tools: '== 1.0'\n  cases: '>= 99'\n")
    assert main(["eval", "scenarios", "--cases", "os01", "--thresholds", str(gates), "-q"]) == 1
    out = capsys.readouterr().out
    assert "scenarios.cases = 1 (needs >= 99)" in out
    assert main(["eval", "scenarios", "--cases", "os01", "--thresholds", str(gates), "-q", "--no-gate"]) == 0
