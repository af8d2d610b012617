"""Two app sessions at once never see each other's conversation or team edits: two gradio_client sessions
against a running `lead ui`, and the Blocks event functions driven with two separate session states."""

from __future__ import annotations

import threading
import uuid

import pytest

from agent.settings import load_settings
from tests.ui.sessions import Sessions
from ui import team_tab

pytestmark = [pytest.mark.timeout(240),
              pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:Warning", "ignore:The copy keyword:Warning")]


def client(url):
    from gradio_client import Client

    return Client(url, verbose=False, download_files=False)


def _texts(history) -> str:
    return "\n".join(str(m.get("content")) for m in history)


def test_two_sessions_never_see_each_others_conversation(running_app):
    markers = {"a": f"alpha-{uuid.uuid4().hex[:8]}", "b": f"bravo-{uuid.uuid4().hex[:8]}"}
    questions = {
        "a": [f"How do I protect focus time for my team? ({markers['a']})", f"And for a new hire? ({markers['a']})"],
        "b": [f"How should I run 1-on-1s with a senior engineer? ({markers['b']})", f"What about feedback? ({markers['b']})"],
    }
    seen: dict[str, list[list[dict]]] = {"a": [], "b": []}
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def session(key: str) -> None:
        try:
            c = client(running_app.url)
            start.wait(timeout=60)
            history: list[dict] = []
            for q in questions[key]:  # like a browser: each turn sends the history it was shown
                history, box = c.predict(q, history, api_name="/chat")
                assert box == ""
                seen[key].append(history)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the main thread
            errors.append(exc)

    workers = [threading.Thread(target=session, args=(k,)) for k in ("a", "b")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=200)
    assert not errors, errors
    for me, other in (("a", "b"), ("b", "a")):
        last = seen[me][-1]
        text = _texts(last)
        assert all(q in text for q in questions[me]), text[:1000]
        assert markers[other] not in text, f"session {me} saw session {other}'s conversation"
        assert any(m["role"] == "assistant" and m.get("content") and "Sorry, that failed" not in str(m["content"])
                   for m in last)

    # The saved conversations agree: one thread per session, each holding only its own turns.
    from agent.service import Copilot

    store = Copilot(load_settings(home=running_app.home, brain="offline"), retriever=object())
    try:
        threads = {t.thread_id: _texts(store.history(t.thread_id)) for t in store.list_threads()}
    finally:
        store.close()
    mine = {k: [tid for tid, text in threads.items() if markers[k] in text] for k in markers}
    assert len(mine["a"]) == 1 and len(mine["b"]) == 1 and mine["a"] != mine["b"], threads
    for me, other in (("a", "b"), ("b", "a")):
        text = threads[mine[me][0]]
        assert markers[other] not in text and all(q in text for q in questions[me])


# --- the Blocks event functions with two separate session states ----------------------------------------------


@pytest.fixture
def sessions(tmp_path):
    return Sessions(tmp_path / "home")


def test_team_edit_used_in_one_session_is_invisible_to_another(sessions):
    for s in ("a", "b"):
        sessions.call(s, "on_load", [])
    team_file = team_tab.team_path(sessions.settings)
    before = team_file.read_bytes()
    status = sessions.call("a", "apply", sessions.edited_tables("Team edited in A", "Principal wizard"))[1]
    assert status.startswith("✅ Using the edited team in this session")
    sessions.call("a", "submit", ["question from a", [], None, None])
    sessions.call("b", "submit", ["question from b", [], None, None])
    teams = {q: t for q, _, t in sessions.copilot.calls}
    first = teams["question from a"].people[0].name
    assert teams["question from a"].team == "Team edited in A"
    assert teams["question from a"].person(first).role == "Principal wizard"
    assert teams["question from b"].team != "Team edited in A"
    assert teams["question from b"].person(first).role != "Principal wizard"
    threads = {q: tid for q, tid, _ in sessions.copilot.calls}
    assert threads["question from a"] != threads["question from b"]
    # the tools tabs of session B also still see the file's team, and the file itself is untouched
    agenda_b = sessions.call("b", "run_agenda", [None, first, 30])[0]
    assert agenda_b.startswith(f"# 1-on-1 with {first}") and "Principal wizard" not in agenda_b
    assert team_file.read_bytes() == before


def test_a_later_session_starts_from_the_file_not_from_another_sessions_edit(sessions):
    sessions.call("a", "on_load", [])
    sessions.call("a", "apply", sessions.edited_tables("Team edited in A", "Principal wizard"))
    sessions.call("b", "on_load", [])  # B opens the page after A's edit
    sessions.call("b", "submit", ["question from b", [], None, None])
    (team_b,) = [t for q, _, t in sessions.copilot.calls if q == "question from b"]
    assert team_b.team != "Team edited in A"


@pytest.mark.xfail(strict=True, reason=(
    "Product gap: the Conversations dropdown lists every saved conversation (titled by its first question) to "
    "every session, so session B can see and resume session A's chat. Fix in ui/app.py: keep a per-session "
    "gr.State of thread ids this session created or resumed and filter ChatHandlers.thread_choices() by it "
    "(or scope threads by request.username when LEAD_UI_AUTH is set)."))
def test_conversation_list_of_one_session_does_not_show_another_sessions_questions(sessions):
    sessions.call("a", "on_load", [])
    sessions.call("a", "submit", ["a private worry about Marco", [], None, None])
    data = sessions.call("b", "on_load", [])
    listing = str(data[2])
    assert "a private worry about Marco" not in listing
