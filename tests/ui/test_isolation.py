"""Two app sessions at once never see each other's conversation or team edits: two gradio_client sessions
against a running `lead ui`, and the Blocks event functions driven with two separate session states (each with
its own simulated localStorage). The Conversations list survives an app restart for the same browser or user."""

from __future__ import annotations

import threading
import uuid

import pytest
from gradio.exceptions import Error

from lead_core.settings import load_settings
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
        except BaseException as exc:
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
    assert status.startswith("Using the edited team in this session")
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


def test_conversation_list_of_one_session_does_not_show_another_sessions_questions(sessions):
    sessions.call("a", "on_load", [])
    sessions.call("a", "submit", ["a private worry about Marco", [], None, None])
    data = sessions.call("b", "on_load", [])
    listing = str(data[2])
    assert "a private worry about Marco" not in listing


def _thread_of(sessions, question: str) -> str:
    (tid,) = {t for q, t, _ in sessions.copilot.calls if q == question}
    return tid


def test_the_same_browser_still_lists_its_conversations_after_an_app_restart(tmp_path):
    first = Sessions(tmp_path / "home")
    first.call("a", "on_load", [])
    first.call("a", "submit", ["how do I coach Marco toward tech lead?", [], None, None])
    first.call("b", "on_load", [])
    first.call("b", "submit", ["b asks about the audit", [], None, None])
    tid = _thread_of(first, "how do I coach Marco toward tech lead?")

    # a new app process on the same LEAD_HOME (the conversations themselves persist in the copilot's store)
    restarted = Sessions(tmp_path / "home", copilot=first.copilot)
    restarted.storage = dict(first.storage)  # the browsers keep their localStorage across the restart
    old_state = next(b for b in first.demo.blocks.values() if b.get_block_name() == "browserstate")
    new_state = next(b for b in restarted.demo.blocks.values() if b.get_block_name() == "browserstate")
    assert (new_state.storage_key, new_state.secret) == (old_state.storage_key, old_state.secret)

    listed_a = restarted.conversations("a")
    assert any(label.startswith("how do I coach Marco") for label in listed_a), listed_a
    assert not any("audit" in label for label in listed_a), listed_a
    assert any("b asks about the audit" in label for label in restarted.conversations("b"))
    history = restarted.call("a", "resume", [tid, None])[0]
    assert "how do I coach Marco toward tech lead?" in _texts(history)
    # a browser that never used the app (empty localStorage) sees none of them
    assert restarted.conversations("c") == []


def test_two_owners_never_see_or_resume_each_others_conversations(sessions):
    for s in ("a", "b"):
        sessions.call(s, "on_load", [])
    assert sessions.storage["a"] != sessions.storage["b"]
    sessions.call("a", "submit", ["a private worry about Marco", [], None, None])
    sessions.call("b", "submit", ["b wonders about Priya", [], None, None])
    assert [lbl for lbl in sessions.conversations("a") if "Priya" in lbl] == []
    assert [lbl for lbl in sessions.conversations("b") if "Marco" in lbl] == []
    a_thread = _thread_of(sessions, "a private worry about Marco")

    # B picking A's thread id anyway is refused (it is not among B's choices) and B's next turn goes elsewhere
    with pytest.raises(Error, match="not in the list of choices"):
        sessions.call("b", "resume", [a_thread, None])
    sessions.call("b", "submit", ["b follows up", [], None, None])
    assert _thread_of(sessions, "b follows up") != a_thread
    assert "b follows up" not in _texts(sessions.copilot.history(a_thread))
    assert [lbl for lbl in sessions.conversations("b") if "Marco" in lbl] == []


def test_a_tampered_browser_value_cannot_claim_a_user_or_another_id(sessions):
    sessions.call("a", "on_load", [])
    sessions.call("a", "submit", ["a private worry about Marco", [], None, None])
    sessions.storage["b"] = "user:alice"  # not an id the app hands out: replaced by a fresh one
    assert sessions.conversations("b") == []
    assert sessions.storage["b"].startswith("browser-") and sessions.storage["b"] != sessions.storage["a"]


def test_with_a_login_the_user_owns_the_conversations_in_every_browser(sessions):
    sessions.users.update(a="alice", b="alice", c="bob")
    sessions.call("a", "on_load", [])
    sessions.call("a", "submit", ["alice plans the roadmap", [], None, None])
    assert any("alice plans the roadmap" in lbl for lbl in sessions.conversations("b"))  # alice, another browser
    assert sessions.conversations("c") == []
    with pytest.raises(Error, match="not in the list of choices"):
        sessions.call("c", "resume", [_thread_of(sessions, "alice plans the roadmap"), None])


def test_an_api_client_without_a_page_load_owns_its_threads_by_session(sessions):
    from ui.threads import ThreadOwners, db_path

    sessions.call("api", "submit", ["an api question", [], None, None])
    tid = _thread_of(sessions, "an api question")
    assert ThreadOwners(db_path(sessions.settings.home)).owner_of(tid) == "session:api"
    assert not any("an api question" in lbl for lbl in sessions.conversations("b"))


def test_a_question_sent_before_the_page_finished_loading_stays_with_that_browser(sessions):
    sessions.call("a", "submit", ["asked before the load event ran", [], None, None])  # owner not known yet
    sessions.call("b", "on_load", [])
    assert sessions.conversations("a") and "asked before the load event ran" in sessions.conversations("a")[0]
    assert sessions.conversations("b") == []
    restarted = Sessions(sessions.settings.home, copilot=sessions.copilot)  # a new page (and app) in browser a
    restarted.storage = dict(sessions.storage)
    assert any("asked before the load event" in lbl for lbl in restarted.conversations("a"))
