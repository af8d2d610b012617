"""`lead doctor` through the real CLI entry point against the scripted server in each of its modes: a verdict,
the tool-call style, structured output, speeds and the settings to use; unreachable and unconfigured endpoints."""

from __future__ import annotations

import json

import pytest

from agent.cli import main
from tests.support.scripted_openai import ScriptedOpenAI, endpoint_like


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LEAD_MODEL", "LEAD_LLM_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)


def doctor(monkeypatch, capsys, url, *extra):
    monkeypatch.setenv("OPENAI_BASE_URL", url)
    monkeypatch.setenv("LEAD_MODEL", "scripted-model")
    code = main(["doctor", *extra])
    return code, capsys.readouterr()


@pytest.mark.parametrize(
    ("mode", "tool_calls", "structured", "verdict", "code"),
    [
        ("native", "native", True, "ready", 0),
        ("text", "text", True, "ready", 0),
        ("markup", "markup", True, "not usable", 1),
        ("slow", "native", True, "slow", 0),
        ("no-structured-output", "native", False, "ready", 0),
        ("prose", "none", True, "not usable", 1),
    ],
)
def test_verdict_in_each_mode(monkeypatch, capsys, mode, tool_calls, structured, verdict, code):
    with ScriptedOpenAI([], default=endpoint_like(mode, delay=0.3), structured=endpoint_like(mode, delay=0.3)) as server:
        got, out = doctor(monkeypatch, capsys, server.url, "--json")
    report = json.loads(out.out)
    assert got == code and report["verdict"] == verdict
    assert report["tool_calls"] == tool_calls and report["structured_output"] is structured
    assert report["prompt_tokens_per_second"] > 0 and report["generation_tokens_per_second"] > 0
    assert report["settings"]["LEAD_MODEL"] == "scripted-model"
    assert "LEAD_LLM_TIMEOUT" not in report["settings"]  # on this machine the timeout follows the speed it saved
    assert [c["name"] for c in report["checks"]] == ["reachable", "model listed", "tiny chat", "tool calls", "structured output", "speed"]
    if verdict == "not usable":
        assert report["settings"]["LEAD_BRAIN"] == "offline"
    # Reading the question by structured output is only suggested off when it fails or the model writes slowly.
    assert report["settings"].get("LEAD_LLM_UNDERSTAND") == ("parser" if mode in ("slow", "no-structured-output") else None)


def test_slow_server_expects_longer_turns_and_a_longer_timeout(monkeypatch, capsys):
    with ScriptedOpenAI([], default=endpoint_like("native"), structured=endpoint_like("native")) as fast:
        doctor(monkeypatch, capsys, fast.url, "--json")
    with ScriptedOpenAI([], default=endpoint_like("slow", delay=0.3), structured=endpoint_like("slow", delay=0.3)) as slow:
        _, out = doctor(monkeypatch, capsys, slow.url, "--json")
    report = json.loads(out.out)
    assert report["seconds_per_turn"] > 60
    assert report["prompt_tokens_per_second"] == 20 and report["generation_tokens_per_second"] == 4  # the server's timings


def test_readable_report_names_the_model_that_is_listed(monkeypatch, capsys):
    with ScriptedOpenAI([], default=endpoint_like("native"), structured=endpoint_like("native"), models=("qwen2.5-coder-1.5b",)) as server:
        code, out = doctor(monkeypatch, capsys, server.url)
    assert code == 0 and "FAIL model listed: scripted-model is not listed; available: qwen2.5-coder-1.5b" in out.out
    assert "LEAD_MODEL=qwen2.5-coder-1.5b" in out.out and "Verdict: ready" in out.out


def test_unreachable_and_unconfigured(monkeypatch, capsys):
    code, out = doctor(monkeypatch, capsys, "http://127.0.0.1:9/v1", "--timeout", "2")
    assert code == 1 and "FAIL reachable" in out.out and "could not connect" in out.out and "Traceback" not in out.err
    monkeypatch.delenv("OPENAI_BASE_URL")
    assert main(["doctor"]) == 2
    assert "No model endpoint is configured" in capsys.readouterr().err


def test_a_turn_over_ten_minutes_is_too_slow(monkeypatch, capsys):
    with ScriptedOpenAI([], default=endpoint_like("slow", speeds=(6.0, 0.5)), structured=endpoint_like("slow", speeds=(6.0, 0.5))) as server:
        code, out = doctor(monkeypatch, capsys, server.url)
    assert code == 1 and "Verdict: too slow" in out.out and "LEAD_BRAIN=offline" in out.out


def test_an_endpoint_elsewhere_gets_a_timeout_suggested_from_its_speed():
    from types import SimpleNamespace

    from agent.commands.doctor import Diagnosis, _suggested

    slow = Diagnosis(endpoint="https://models.example.com/v1", model="m", tool_calls="native", generation_tokens_per_second=4.0,
                     seconds_per_turn=440.0, verdict="slow")  # fmt: skip
    assert int(_suggested(SimpleNamespace(), slow)["LEAD_LLM_TIMEOUT"]) >= 440 * 0.6
    local = Diagnosis(endpoint="http://127.0.0.1:8089/v1", model="m", tool_calls="native", seconds_per_turn=440.0, verdict="slow")
    assert "LEAD_LLM_TIMEOUT" not in _suggested(SimpleNamespace(), local)
