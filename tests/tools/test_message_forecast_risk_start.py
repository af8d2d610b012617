"""A heads-up on a schedule risk says the start the forecast counted from when it is ahead: the odds of work that starts
after the break are not the odds from today."""

from datetime import date

from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _body(starts: date | None) -> str:
    facts = {"today": TODAY.isoformat(), "project": "bed-occupancy forecast", "deadline": "2027-02-26", "deadline_probability": 0.7}
    if starts is not None:
        facts["work_starts"] = starts.isoformat()
    return draft_message(DraftInput.model_validate({"audience": "executive", "purpose": "forecast_risk", "facts": facts, "recipient": "Oluwaseun"})).body


def test_a_start_ahead_is_said_with_the_odds():
    assert "counting from our start on Monday 11 January" in _body(date(2027, 1, 11))


def test_no_start_said_when_the_work_is_already_going():
    assert "counting from our start" not in _body(None)
    assert "counting from our start" not in _body(TODAY)
