"""Request timeouts for a server on this machine follow its measured speed: what `lead doctor` saved for the endpoint
and model, then the process's own requests (the slowest recently seen), with room for a full-length reply; a set
LEAD_LLM_TIMEOUT wins. Against the scripted server, including its slow mode."""

from __future__ import annotations

import json

import pytest

from agent.brains import endpoint_speed as es
from agent.brains.endpoint_speed import Speed, load_speed, measured, save_speed, timeout_for
from agent.brains.openai_brain import LOCAL_TIMEOUT, OpenAIBrain
from agent.cli import main
from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY
from tests.support.scripted_openai import ScriptedOpenAI, endpoint_like, reply_delay, reply_text

QUESTION = "How do I give feedback to a senior engineer?"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch, tmp_path):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LEAD_MODEL", "LEAD_LLM_TIMEOUT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LEAD_HOME", str(tmp_path / "home"))


def settings_for(url, **more):
    return load_settings(openai_base_url=url, openai_api_key="sk-test", model="scripted-model", brain="openai", llm_retries=0, **more)


def test_a_slower_server_gets_a_longer_timeout_within_bounds():
    slow, fast = Speed(30, 1.5), Speed(3000, 300)
    assert timeout_for(slow, 2500, 400) == pytest.approx(3 * (2500 / 30 + 400 / 1.5), abs=0.1)  # 1050 s, past the fixed 600
    assert timeout_for(fast, 2500, 400) == es.FLOOR_SECONDS
    assert timeout_for(Speed(1, 0.1), 2500, 400) == es.CEILING_SECONDS
    assert timeout_for(slow, 2500, 800) > timeout_for(slow, 2500, 400) > timeout_for(slow, 500, 400)


def test_a_requests_speed_comes_from_the_servers_timings_or_its_token_counts():
    assert measured({"prompt_per_second": 40.0, "predicted_per_second": 6.0}, {}) == Speed(40.0, 6.0)
    assert measured({"prompt_n": 2400, "prompt_per_second": 20.0, "predicted_per_second": 6.0}, {}) == Speed(20.0, 6.0)
    # 30 uncached tokens behind a cached prefix ran at 8 tokens/s: not the speed of a whole prompt
    assert measured({"prompt_n": 30, "prompt_per_second": 8.0, "predicted_per_second": 6.0}, {}) == Speed(30.0, 6.0)
    counted = measured(None, {"input_tokens": 2500, "output_tokens": 100, "seconds": 60.0, "source": "server"})
    assert counted.generation == pytest.approx((2500 / 5 + 100) / 60) and counted.prompt == pytest.approx(5 * counted.generation)
    assert measured(None, {"input_tokens": 2500, "output_tokens": 100, "seconds": 60.0, "source": "estimate"}) is None


def test_the_doctors_speed_is_saved_per_endpoint_and_model(tmp_path):
    save_speed(tmp_path, "http://127.0.0.1:8089/v1", "qwen", Speed(40, 6, "doctor"))
    save_speed(tmp_path, "http://127.0.0.1:11434/v1/", "llama", Speed(400, 60, "doctor"))
    assert load_speed(tmp_path, "http://127.0.0.1:8089/v1/", "qwen") == Speed(40, 6, "doctor")
    assert load_speed(tmp_path, "http://127.0.0.1:11434/v1", "llama") == Speed(400, 60, "doctor")
    assert load_speed(tmp_path, "http://127.0.0.1:8089/v1", "llama") is None
    (tmp_path / es.SPEED_FILE).write_text("{not json", encoding="utf-8")
    assert load_speed(tmp_path, "http://127.0.0.1:8089/v1", "qwen") is None


def test_after_lead_doctor_on_a_slow_server_its_requests_get_a_timeout_past_the_fixed_one(monkeypatch, capsys):
    with ScriptedOpenAI([], default=endpoint_like("slow", delay=0.05), structured=endpoint_like("slow", delay=0.05)) as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.url)
        monkeypatch.setenv("LEAD_MODEL", "scripted-model")
        assert main(["doctor", "--json"]) == 0
        capsys.readouterr()
        brain = OpenAIBrain(settings_for(server.url))
        messages = [{"role": "user", "content": "x" * 8000}]
        assert brain.timeout(messages, brain.schemas) > LOCAL_TIMEOUT  # 20 prompt and 4 generated tokens/s, measured
        saved = json.loads((load_settings().home / es.SPEED_FILE).read_text(encoding="utf-8"))
        assert saved == {f"{server.url} scripted-model": {"prompt": 20.0, "generation": 4.0, "source": "doctor"}}


def test_the_timeout_follows_the_speed_the_process_measured(tmp_path, retriever):
    with ScriptedOpenAI([], default=endpoint_like("slow", delay=0.05)) as server:
        brain = OpenAIBrain(settings_for(server.url))
        assert brain.timeout([{"role": "user", "content": "hi"}], None) is None  # nothing measured: the client's 600 s
        copilot = Copilot(brain.settings, brain=brain, retriever=retriever, checkpointer_path=tmp_path / "c.sqlite", today=TODAY)
        try:
            copilot.ask(QUESTION)
        finally:
            copilot.close()
    assert brain.timeout([{"role": "user", "content": "hi"}], None) == pytest.approx(
        3 * brain.settings.llm_max_tokens / 4.0, abs=5
    )  # the slow mode: 4 tokens/s


@pytest.mark.parametrize(("reply_seconds", "answered"), [(1.2, True), (0.1, False)])
def test_a_reply_slower_than_a_fixed_timeout_is_waited_for_when_the_server_is_measured_slow(
    monkeypatch, tmp_path, retriever, reply_seconds, answered
):
    # Scaled down: a 1.5 s reply; the measured speed allows about 3.6 s (slow server) or 0.3 s (fast server).
    monkeypatch.setattr(es, "FLOOR_SECONDS", 0.1)
    with ScriptedOpenAI([reply_delay(1.5, reply_text("Ask what went well first."))]) as server:
        settings = settings_for(server.url)
        generation = settings.llm_max_tokens / reply_seconds  # a full-length reply takes reply_seconds
        save_speed(settings.home, server.url, "scripted-model", Speed(1e6, generation, "doctor"))
        brain = OpenAIBrain(settings)
        copilot = Copilot(settings, brain=brain, retriever=retriever, checkpointer_path=tmp_path / "c.sqlite", today=TODAY)
        try:
            r = copilot.ask(QUESTION)
        finally:
            copilot.close()
    assert (r.answer == "Ask what went well first.") is answered
    assert (r.brain == "offline (fallback)" and any("timed out" in n for n in r.notices)) is not answered
    assert brain.last_timeout == pytest.approx(3 * reply_seconds, rel=0.05)


def test_a_set_timeout_wins(monkeypatch):
    settings = settings_for("http://127.0.0.1:8089/v1", llm_timeout=45)
    save_speed(settings.home, "http://127.0.0.1:8089/v1", "scripted-model", Speed(1, 0.5, "doctor"))
    brain = OpenAIBrain(settings)
    assert brain.speeds is None and brain.timeout([{"role": "user", "content": "hi"}], None) is None
