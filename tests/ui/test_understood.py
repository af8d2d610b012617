"""The "What I understood" block and corrections: facts with where they came from, assumed ones marked, and a
typed correction read as the fact value the copilot expects; the chat re-runs the question with it."""

from __future__ import annotations

import pytest

from tests.ui.fakes import FakeCopilot
from ui.chat import ChatHandlers, message_text
from ui.feedback import FeedbackStore
from ui.understood import CorrectionError, correctable, current_text, parse_correction, understood_markdown

SITUATION = {"intents": ["reprioritization"], "missing": ["deadline"], "clarifying_question": None, "facts": [
    {"name": "person", "value": "Priya", "source": "team_file", "text": ""},
    {"name": "person_in_team", "value": True, "source": "team_file", "text": ""},
    {"name": "remaining_weeks", "value": [1, 2, 3], "source": "question", "text": "two weeks left"},
    {"name": "success_probability", "value": 0.6, "source": "assumed", "text": "a typical research risk"}]}


def test_facts_are_listed_with_their_source_and_assumptions_marked():
    text = understood_markdown(SITUATION)
    assert text.splitlines() == [
        "- Person: **Priya** (from the team file)",
        "- Work left: **2 weeks (between 1 and 3)** (from your question: \u201ctwo weeks left\u201d)",
        "- Chance it works: **60%** *(assumed: a typical research risk)*",
        "- Not known yet: Deadline",
    ]
    assert understood_markdown({}) == "" and understood_markdown(None) == ""
    corrected = {"facts": [{"name": "remaining_weeks", "value": [6, 8, 10], "source": "question", "text": "corrected by you"},
                           {"name": "requester", "value": "vp", "source": "question", "text": "My VP"}]}
    assert understood_markdown(corrected).splitlines() == [
        "- Work left: **8 weeks (between 6 and 10)** (corrected by you)",
        "- Asked by: **VP** (from your question: \u201cMy VP\u201d)"]


def test_the_facts_and_the_missing_ones_can_be_corrected():
    assert correctable(SITUATION) == [("Person", "person"), ("Work left", "remaining_weeks"),
                                      ("Chance it works", "success_probability"), ("Deadline", "deadline")]
    assert current_text(SITUATION, "remaining_weeks") == "1, 2, 3"
    assert current_text(SITUATION, "success_probability") == "60%"
    assert current_text(SITUATION, "deadline") == ""


@pytest.mark.parametrize(("name", "text", "value"), [
    ("remaining_weeks", "3, 5, 8", [3.0, 5.0, 8.0]),
    ("remaining_weeks", "4 weeks", [4.0, 4.0, 4.0]),
    ("new_work_weeks", "2 to 6", [2.0, 4.0, 6.0]),
    ("success_probability", "60%", 0.6),
    ("success_probability", "0.3", 0.3),
    ("meeting_minutes", "45 min", 45),
    ("parallel", "yes", True),
    ("person", "  Marco ", "Marco"),
    ("deadline", "2027-01-08", "2027-01-08"),
])
def test_a_typed_correction_becomes_the_fact_value(name, text, value):
    assert parse_correction(name, text) == value


@pytest.mark.parametrize(("name", "text", "words"), [
    ("success_probability", "150%", "between 0 and 100%"),
    ("remaining_weeks", "soon", "low, likely, high"),
    ("person", "  ", "Type the corrected value"),
])
def test_a_correction_that_cannot_be_read_says_how_to_write_it(name, text, words):
    with pytest.raises(CorrectionError, match=words):
        parse_correction(name, text)


class CorrectableCopilot(FakeCopilot):
    """A copilot whose stream takes corrections, as the lead's Copilot does."""

    def __init__(self):
        super().__init__()
        self.corrections = []

    def stream(self, question, *, thread_id=None, team=None, corrections=None):
        self.corrections.append(corrections)
        yield from super().stream(question, thread_id=thread_id, team=team)


def _as_dicts(messages):
    return [m if isinstance(m, dict) else {"role": m.role, "content": m.content, "metadata": m.metadata}
            for m in messages]


def test_a_correction_re_runs_the_last_question_in_place(tmp_path):
    copilot = CorrectableCopilot()
    chat = ChatHandlers(copilot, FeedbackStore(tmp_path / "f.sqlite"), max_input_chars=500)
    assert chat.supports_corrections() and not ChatHandlers(FakeCopilot(), chat.feedback, max_input_chars=5).supports_corrections()
    first = _as_dicts(list(chat.respond("first", [], "ui-1"))[-1][0])
    both = _as_dicts(list(chat.respond("Should Priya switch?", first, "ui-1"))[-1][0])
    outputs = list(chat.correct(both, "ui-1", None, "remaining_weeks", "3, 5, 8", {"person": "Priya"}))
    history, _, thread, _, corrections = outputs[-1]
    assert corrections == {"person": "Priya", "remaining_weeks": [3.0, 5.0, 8.0]}
    assert copilot.corrections[-1] == corrections and copilot.calls[-1][0] == "Should Priya switch?"
    shown = _as_dicts(history)
    assert [message_text(m) for m in shown if m["role"] == "user"] == ["first", "Should Priya switch?"]
    assert [m["content"] for m in copilot.history("ui-1") if m["role"] == "user"] == ["first", "Should Priya switch?"]


def test_an_unreadable_correction_changes_nothing(tmp_path):
    copilot = CorrectableCopilot()
    chat = ChatHandlers(copilot, FeedbackStore(tmp_path / "f.sqlite"), max_input_chars=500)
    history = _as_dicts(list(chat.respond("q", [], "ui-1"))[-1][0])
    with pytest.warns(UserWarning, match="percentage"):
        assert list(chat.correct(history, "ui-1", None, "success_probability", "often", {})) == []
    assert len(copilot.calls) == 1
