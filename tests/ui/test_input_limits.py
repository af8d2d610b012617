"""Odd chat input (empty, whitespace, 100 KB, control characters, text that was not UTF-8) gets a clear notice in
the chat and never a crash: the Chat tab's handler directly, then the running app through gradio_client."""

from __future__ import annotations

import pytest

from tests.ui.fakes import FakeCopilot
from ui.chat import ChatHandlers, message_text
from ui.feedback import FeedbackStore

pytestmark = [pytest.mark.timeout(240),
              pytest.mark.filterwarnings("ignore:.*no_silent_downcasting:Warning", "ignore:The copy keyword:Warning")]

LIMIT = 8000
HUGE = "Should I move Priya? " * 5000  # ~100 KB
TRACE_SIGNS = ("Traceback", 'File "', "TypeError", "UnicodeEncodeError", "TextEncodeInput")


@pytest.fixture
def handlers(tmp_path):
    return ChatHandlers(FakeCopilot(), FeedbackStore(tmp_path / "f.sqlite"), max_input_chars=LIMIT)


def run(handlers, message, history=None):
    return list(handlers.respond(message, history or [], "ui-test"))


@pytest.mark.parametrize("message", ["", "   ", " \n\t  \r\n "])
def test_empty_or_blank_input_is_not_sent(handlers, message):
    prior = [{"role": "user", "content": "earlier"}, {"role": "assistant", "content": "earlier answer"}]
    outputs = run(handlers, message, prior)
    assert handlers.copilot.calls == []
    history, box, thread = outputs[-1]
    assert history == prior and box == "" and thread == "ui-test"


def test_100_kb_input_gets_the_limit_notice_and_stays_in_the_box(handlers):
    outputs = run(handlers, HUGE)
    assert handlers.copilot.calls == []
    history, box, _ = outputs[-1]
    assert box == HUGE  # nothing is lost: the user can shorten it
    notice = str(history[-1].content)
    assert notice.startswith("Your question is") and f"{LIMIT:,}" in notice and f"{len(HUGE.strip()):,}" in notice


@pytest.mark.parametrize("message", ["\x00\x01\x02", "hello\x00 \x7f world", "\udcff\udcfe question"])
def test_control_characters_and_lone_surrogates_never_crash_the_handler(handlers, message):
    handlers.copilot.fail_with = None
    outputs = run(handlers, message)
    history, _, _ = outputs[-1]
    assert all(not any(s in str(m.content) for s in TRACE_SIGNS) for m in history)
    if not message.replace("\x00", "").replace("\x01", "").replace("\x02", "").strip():
        # Only control characters: treated as empty, a notice and nothing sent.
        assert history == [] and handlers.copilot.calls == []
    else:
        assert history


def test_a_failing_turn_is_one_sentence_in_the_chat(tmp_path):
    h = ChatHandlers(FakeCopilot(fail_with="boom\nsecond line\nthird"), FeedbackStore(tmp_path / "f.sqlite"),
                     max_input_chars=LIMIT)
    history, box, _ = list(h.respond("How do I plan?", [], "ui-x"))[-1]
    last = str(history[-1].content)
    assert last == "Sorry, that failed: boom" and box == ""


# --- through the running app (real Copilot, offline brain) -----------------------------------------------------


@pytest.fixture(scope="module")
def app_client(running_app):
    from gradio_client import Client

    return Client(running_app.url, verbose=False, download_files=False)


def _content(history) -> str:
    return "\n".join(message_text(m) for m in history)


@pytest.mark.parametrize("message", ["", "   \n\t "])
def test_app_ignores_blank_input(app_client, message):
    history, box = app_client.predict(message, [], api_name="/chat")
    assert history == [] and box == ""


def test_app_rejects_100_kb_input_with_a_notice(app_client):
    history, box = app_client.predict(HUGE, [], api_name="/chat")
    assert box == HUGE
    assert len(history) == 1 and message_text(history[0]).startswith(f"Your question is {len(HUGE.strip()):,} characters")


@pytest.mark.parametrize("message", ["\x00\x01\x02\x1b", "How do I \x00protect\x07 focus time?"])
def test_app_handles_control_characters(app_client, message):
    history, box = app_client.predict(message, [], api_name="/chat")
    text = _content(history)
    assert not any(s in text for s in TRACE_SIGNS), text[:500]
    if "protect" not in message:
        # Only control characters: treated as empty input, nothing sent, the box cleared.
        assert history == [] and box == ""
        return
    assistant = [m for m in history if m["role"] == "assistant" and m.get("content")]
    assert assistant and "Sorry" not in str(assistant[-1]["content"]), history


def test_app_answers_a_normal_question_after_bad_input(app_client):
    history, _ = app_client.predict("How do I protect focus time for my team?", [], api_name="/chat")
    assert any(m["role"] == "assistant" and m.get("content") and "Sorry" not in str(m["content"]) for m in history)
