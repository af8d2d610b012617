"""Scale-out path: LangGraph's own API server (in-memory runtime, `langgraph dev`) loads `langgraph.json`, runs
the offline brain for a thread created over HTTP, and the answer reads back from the thread's state."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = [pytest.mark.server, pytest.mark.timeout(420)]

REPO = Path(__file__).resolve().parents[2]
QUESTION = "My VP wants Priya off the fraud model on Monday. She has two weeks left. How should I respond?"
# Nothing leaves the machine: no CLI analytics, no version check, no tracing, no browser (--no-browser).
QUIET_ENV = {
    "LANGGRAPH_CLI_NO_ANALYTICS": "1",
    "LANGGRAPH_NO_VERSION_CHECK": "true",
    "LANGSMITH_TRACING": "false",
    "LANGCHAIN_TRACING_V2": "false",
    "LANGSMITH_OTEL_ENABLED": "false",
    "ANONYMIZED_TELEMETRY": "False",
    "ORT_DISABLE_TELEMETRY": "1",
    "HF_HUB_OFFLINE": "1",
    "NO_PROXY": "127.0.0.1,localhost",
    "LEAD_BRAIN": "offline",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _call(url: str, method: str = "GET", body: dict | None = None, timeout: float = 120) -> object:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"null")


@pytest.fixture(scope="module")
def langgraph_server(tmp_path_factory):
    """`langgraph dev` on langgraph.json, bound to 127.0.0.1 on a free port, with its own LEAD_HOME."""
    port = _free_port()
    home = tmp_path_factory.mktemp("langgraph-server-home")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LANGSMITH_", "LANGCHAIN_", "OPENAI_"))}
    env.update(QUIET_ENV, LEAD_HOME=str(home))
    log = (home / "server.log").open("w")
    # --allow-blocking: the graph's nodes are synchronous (files, the ONNX model), which the dev server's
    # blocking-call detector reports as errors inside its event loop; the production server does not check.
    proc = subprocess.Popen(
        [sys.executable, "-m", "langgraph_cli", "dev", "--config", str(REPO / "langgraph.json"), "--host", "127.0.0.1",
         "--port", str(port), "--no-browser", "--no-reload", "--allow-blocking"],
        cwd=home, env=env, stdout=log, stderr=subprocess.STDOUT,  # the dev server keeps its state in ./.langgraph_api
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail(f"langgraph dev exited with {proc.returncode}: {(home / 'server.log').read_text()[-3000:]}")
            try:
                if _call(f"{url}/ok", timeout=5):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"langgraph dev did not answer in 300 s: {(home / 'server.log').read_text()[-3000:]}")
                time.sleep(1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
        log.close()


def test_the_server_runs_the_offline_brain_on_a_thread_and_keeps_the_answer(langgraph_server: str) -> None:
    assistants = _call(f"{langgraph_server}/assistants/search", "POST", {"graph_id": "lead"})
    assert [a["graph_id"] for a in assistants] == ["lead"]
    thread = _call(f"{langgraph_server}/threads", "POST", {})
    thread_id = thread["thread_id"]
    output = _call(
        f"{langgraph_server}/threads/{thread_id}/runs/wait",
        "POST",
        {"assistant_id": "lead", "input": {"question": QUESTION}},
        timeout=240,
    )
    assert output.get("intent") == "reprioritization", output
    assert output["answer"].strip() and "[1]" in output["answer"]
    assert output["citations"] and output["citations"][0]["id"]
    state = _call(f"{langgraph_server}/threads/{thread_id}/state")
    assert state["values"]["answer"] == output["answer"]
    assert [turn["role"] for turn in state["values"]["history"]] == ["user", "assistant"]
