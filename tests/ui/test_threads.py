"""The thread-ownership table: first owner wins (also under concurrent claims), the browser secret is kept across
restarts, and owner ids are resolved user first, then browser, then API session."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from ui.threads import ThreadOwners, is_browser_owner, new_browser_owner, owner_for


def test_the_first_owner_of_a_thread_keeps_it(tmp_path):
    owners = ThreadOwners(tmp_path / "t.sqlite")
    assert owners.claim("ui-1", "browser-a")
    assert owners.claim("ui-1", "browser-a")  # the same owner's next turn
    assert not owners.claim("ui-1", "browser-b")
    assert owners.owner_of("ui-1") == "browser-a"
    assert owners.allows("ui-1", "browser-a") and not owners.allows("ui-1", "browser-b")
    assert not owners.allows("ui-unknown", "browser-a") and not owners.allows("ui-1", None)
    assert owners.threads_of("browser-a") == {"ui-1"} and owners.threads_of("browser-b") == set()


def test_concurrent_claims_have_exactly_one_winner(tmp_path):
    owners = ThreadOwners(tmp_path / "t.sqlite")
    wins: list[str] = []
    start = threading.Barrier(8)

    def claim(i: int) -> None:
        start.wait(timeout=30)
        if owners.claim("ui-shared", f"browser-{i}"):
            wins.append(f"browser-{i}")

    workers = [threading.Thread(target=claim, args=(i,)) for i in range(8)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=60)
    assert len(wins) == 1 and owners.owner_of("ui-shared") == wins[0]


def test_ownership_and_browser_secret_survive_a_restart(tmp_path):
    first = ThreadOwners(tmp_path / "t.sqlite")
    first.claim("ui-1", "user:alice")
    secret = first.browser_secret()
    again = ThreadOwners(tmp_path / "t.sqlite")
    assert again.browser_secret() == secret and len(secret) >= 24
    assert again.threads_of("user:alice") == {"ui-1"}
    assert ThreadOwners(tmp_path / "other.sqlite").browser_secret() != secret


def test_owner_resolution_prefers_the_logged_in_user():
    browser = new_browser_owner()
    assert is_browser_owner(browser) and not is_browser_owner("user:alice") and not is_browser_owner(None)
    assert new_browser_owner() != browser
    assert owner_for(browser, SimpleNamespace(username="alice", session_hash="s1")) == "user:alice"
    assert owner_for(browser, SimpleNamespace(username=None, session_hash="s1")) == browser
    assert owner_for(None, SimpleNamespace(username=None, session_hash="s1")) == "session:s1"
    assert owner_for(None, None) is None


def _drain(gen):
    return list(gen)[-1]


def test_chat_handlers_list_and_resume_only_the_owners_threads(tmp_path):
    from tests.ui.fakes import FakeCopilot
    from ui.chat import ChatHandlers
    from ui.feedback import FeedbackStore

    copilot = FakeCopilot()
    chat = ChatHandlers(copilot, FeedbackStore(tmp_path / "f.sqlite"), max_input_chars=500,
                        owners=ThreadOwners(tmp_path / "t.sqlite"))
    _drain(chat.respond("a private worry about Marco", [], "ui-a", None, "browser-a"))
    assert [tid for _, tid in chat.thread_choices("browser-a")] == ["ui-a"]
    assert chat.thread_choices("browser-b") == [] and chat.thread_choices(None) == []
    messages, tid = chat.resume("ui-a", "browser-a")
    assert tid == "ui-a" and "Marco" in messages[0].content
    # resuming, or writing into, another owner's thread is refused: nothing shown, the turn starts a new thread
    with pytest.warns(UserWarning, match="belongs to another session"):
        messages, tid = chat.resume("ui-a", "browser-b")
    assert messages == [] and tid != "ui-a"
    with pytest.warns(UserWarning, match="starts a new one"):
        history, _, tid = _drain(chat.respond("b writes here", [], "ui-a", None, "browser-b"))
    assert tid != "ui-a" and copilot.calls[-1][1] == tid
    assert all("b writes here" not in m["content"] for m in copilot.history("ui-a"))


def test_a_conversation_can_be_renamed_and_deleted_by_its_owner_only(tmp_path):
    from tests.ui.fakes import FakeCopilot
    from ui.chat import ChatHandlers
    from ui.feedback import FeedbackStore

    copilot = FakeCopilot()
    owners = ThreadOwners(tmp_path / "t.sqlite")
    chat = ChatHandlers(copilot, FeedbackStore(tmp_path / "f.sqlite"), max_input_chars=500, owners=owners)
    _drain(chat.respond("how do I coach Marco toward tech lead?", [], "ui-a", None, "browser-a"))
    _drain(chat.respond("second question", [], "ui-b", None, "browser-a"))

    assert chat.rename("ui-a", "Marco's growth", "browser-b") == "Pick one of your conversations first."
    assert chat.rename("ui-a", "   ", "browser-a") == "Type the new name first."
    assert chat.rename("ui-a", "  Marco's   growth ", "browser-a") == "Renamed to \u201cMarco's growth\u201d."
    labels = dict((tid, label) for label, tid in chat.thread_choices("browser-a"))
    assert labels["ui-a"].startswith("Marco's growth \u00b7 ")
    assert ThreadOwners(tmp_path / "t.sqlite").titles(["ui-a", "ui-b"]) == {"ui-a": "Marco's growth"}  # kept

    assert chat.delete("ui-a", "browser-b") == "Pick one of your conversations first."
    assert chat.delete("ui-a", "browser-a") == "Conversation deleted."
    assert [tid for _, tid in chat.thread_choices("browser-a")] == ["ui-b"]
    assert copilot.history("ui-a") == []  # the saved turns are gone, not only hidden
