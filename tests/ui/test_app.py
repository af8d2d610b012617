"""The assembled app served on loopback with a fake Copilot, driven through gradio_client."""

from __future__ import annotations

import socket

import pytest

from lead_core.settings import load_settings
from tests.ui.fakes import FakeCopilot
from ui.app import build_app, launch_kwargs

pytestmark = pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:Warning", "ignore:The copy keyword:Warning")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    copilot = FakeCopilot()
    home = tmp_path_factory.mktemp("ui-home")
    app = build_app(copilot=copilot, settings=load_settings(home=home))
    port = free_port()
    app.launch(server_name="127.0.0.1", server_port=port, prevent_thread_lock=True, quiet=True, **launch_kwargs())
    yield f"http://127.0.0.1:{port}/", copilot, home
    app.close()


def client(url):
    from gradio_client import Client

    return Client(url, verbose=False, download_files=False)


def test_api_endpoints_are_named(served):
    url, _, _ = served
    names = set(client(url).view_api(print_info=False, return_format="dict")["named_endpoints"])
    assert {"/chat", "/whatif", "/forecast", "/org", "/triage", "/agenda"} <= names


def test_each_session_keeps_its_own_thread(served):
    url, copilot, _ = served
    a, b = client(url), client(url)
    history, box = a.predict("first from a", [], api_name="/chat")
    assert box == "" and any("Let Priya finish first" in str(m["content"]) for m in history)
    a.predict("second from a", [], api_name="/chat")
    b.predict("first from b", [], api_name="/chat")
    threads = {q: t for q, t, _ in copilot.calls}
    assert threads["first from a"] == threads["second from a"] != threads["first from b"]
    assert all(t and t.startswith("ui-") for t in threads.values())


def test_team_file_is_created_in_lead_home_and_used(served):
    url, copilot, home = served
    client(url).predict("team?", [], api_name="/chat")
    assert (home / "team.yaml").exists()
    team = next(t for q, _, t in copilot.calls if q == "team?")
    assert team is not None and team.person("Priya") is not None


def test_the_queue_keeps_no_monitoring_history(tmp_path):
    """Gradio's monitoring dashboard is off, so its queue keeps one event record and never rebuilds a summary."""
    queue = build_app(copilot=FakeCopilot(), settings=load_settings(home=tmp_path))._queue
    records = [{"status": "success", "process_time": 0.1, "function": "chat"}] * 500
    queue.events_recorded += 1
    assert queue.ANALYTICS_MAX_EVENTS == 1
    assert queue.compute_analytics_summary(records) == {"functions": {}}


def test_offline_turns_are_served_two_per_core_and_model_turns_many_at_once(tmp_path, monkeypatch):
    from ui.app import concurrency

    offline, model = load_settings(home=tmp_path, brain="offline"), load_settings(home=tmp_path, brain="openai")
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert concurrency(offline) == 4 and concurrency(model) == 24
    monkeypatch.setattr("os.sched_getaffinity", lambda pid: set(range(64)), raising=False)
    assert concurrency(offline) == 24
    app = build_app(copilot=FakeCopilot(), settings=offline)
    assert app._queue.default_concurrency_limit == 24
