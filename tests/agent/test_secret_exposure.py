"""The API key never shows up in what `lead ask` prints (text or --json), in its logs, or in the request bodies it
sends, whether the endpoint answers, refuses the key, or is down; team names stay pseudonymised on the wire."""

from __future__ import annotations

import json
import logging

import pytest

from agent.cli import main
from tests.support.scripted_openai import ScriptedOpenAI, reply_status, reply_text, reply_tool

API_KEY = "sk-exposure-test-SECRET-9f8e7d6c5b4a"
SCRIPTS = {
    "answers": lambda: ScriptedOpenAI([reply_tool("lint_message", {"text": "We ship Friday."}), reply_text("Use a range [1].")]),
    "refuses the key": lambda: ScriptedOpenAI([], default=reply_status(401, f"Incorrect API key provided: {API_KEY}")),
    "is down": lambda: ScriptedOpenAI([], default=reply_status(503, f"overloaded (key {API_KEY})")),
}


@pytest.fixture
def openai_env(monkeypatch, retriever):
    """OPENAI_* pointing at a scripted server; the session index is already built by `retriever`."""

    def use(server):
        monkeypatch.setenv("OPENAI_API_KEY", API_KEY)
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("LEAD_MODEL", "scripted-model")
        monkeypatch.setenv("LEAD_LLM_RETRIES", "0")
        monkeypatch.delenv("LEAD_BRAIN", raising=False)

    return use


@pytest.mark.parametrize("json_flag", [True, False])
@pytest.mark.parametrize("behaviour", sorted(SCRIPTS))
def test_ask_output_and_logs_never_contain_the_key(openai_env, capsys, caplog, team_file, behaviour, json_flag):
    caplog.set_level(logging.DEBUG)
    with SCRIPTS[behaviour]() as server:
        openai_env(server)
        args = ["ask", "My VP wants Priya moved to the summarizer. Check: We ship Friday.", "--team", str(team_file)]
        code = main(args + (["--json"] if json_flag else []))
    out, err = capsys.readouterr()
    assert code == 0, err
    assert server.requests, "the scripted endpoint was never called"
    for where, text in (("stdout", out), ("stderr", err), ("logs", caplog.text), ("request bodies", server.all_text())):
        assert API_KEY not in text, f"the API key appeared in {where}"
        assert API_KEY[8:] not in text, f"part of the API key appeared in {where}"
    assert "Priya" not in server.all_text(), "a team name reached the endpoint"
    if json_flag:
        data = json.loads(out)
        assert data["brain"] in ("scripted-model", "offline (fallback)")
        if behaviour != "answers":
            assert data["brain"] == "offline (fallback)"
