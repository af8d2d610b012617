"""The holiday caveat goes beside stated forecast dates in every purpose that states them, and nowhere else."""

from datetime import date

import pytest

from tools.message import DraftInput, draft_message

TODAY = date(2026, 12, 4)


def _draft(purpose, audience, facts):
    return draft_message(DraftInput.model_validate({"audience": audience, "purpose": purpose, "facts": facts}))

CAVEAT = "These dates already allow for the team's days off over the year-end holidays."
OVER_YEAR_END = {"unit": "dates", "p50_date": "2027-01-08", "p80_date": "2027-01-15", "p95_date": "2027-01-22",
                 "calendar_note": CAVEAT}


@pytest.mark.parametrize("purpose", ["answer_question", "forecast_risk", "explain_uncertainty", "progress_update"])
@pytest.mark.parametrize("audience", ["executive", "product"])
def test_a_body_that_states_forecast_dates_carries_their_holiday_caveat(purpose, audience):
    facts = {"forecast": OVER_YEAR_END, "deadline": "2027-01-15", "deadline_probability": 0.6, "project": "the ranking model",
             "today": TODAY.isoformat()}
    msg = _draft(purpose, audience, facts)
    assert CAVEAT in msg.body


def test_no_caveat_without_dates_or_without_a_note():
    weeks = _draft("forecast_risk", "product", {"forecast": {"unit": "weeks", "p50": 4, "p80": 6, "calendar_note": CAVEAT}})
    bare = _draft("forecast_risk", "product", {"forecast": {k: v for k, v in OVER_YEAR_END.items() if k != "calendar_note"},
                                               "today": TODAY.isoformat()})
    assert CAVEAT not in weeks.body and "holidays" not in bare.body
