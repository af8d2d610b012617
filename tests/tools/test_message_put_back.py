"""A stated fact the draft lost is put back as a sentence before the draft is shown: an OK the manager asks for, a
dated point (a version number such as 'v2' says no '2'), and a past day said as the day that has been."""

from datetime import date

from tools.message import CERTAINTY_RE, DraftInput, _prepare, _with_dropped_points, polish
from tools.reader_voice import read_note


def _input(*points: tuple[str, str]) -> DraftInput:
    return DraftInput.model_validate({
        "purpose": "progress_update", "audience": "executive", "recipient": "Ruth",
        "facts": {"today": "2026-12-04", "points": [{"kind": k, "text": t} for k, t in points]},
    })


def test_a_request_for_the_readers_ok_is_asked_as_a_question():
    note = read_note("okay to switch the pilot to all 40 depots instead of 12?")
    assert (note.kind, note.role, note.text) == ("frame", "ask", "Is it OK to switch the pilot to all 40 depots instead of 12?")


def test_a_lost_point_comes_back_even_when_a_version_number_shares_its_digit():
    inp = _input(("point", "- the audit pack went to legal on the 2nd"), ("ask", "ok to extend the trial to 60 stores?"))
    f = _prepare(inp, [])
    body, back = _with_dropped_points(inp, f, "Hi Ruth,\n\nRouting model v2 is on track.\n\nThanks,")
    assert "The audit pack went to legal on 2 December." in back
    assert "Is it OK to extend the trial to 60 stores?" in back
    assert body.index("Is it OK") < body.index("Thanks,")


def test_a_day_told_in_the_past_is_the_one_that_has_been():
    assert polish("the contract was signed on the 1st", date(2026, 12, 4)) == "The contract was signed on 1 December."
    assert "Jan 2027" in polish("the demo is on the 2nd", date(2026, 12, 4))


def test_a_share_of_traffic_is_no_promise_of_certainty():
    assert not CERTAINTY_RE.search("could we route 100% of UK orders through it?")
    assert CERTAINTY_RE.search("it is 100% ready")


def test_a_verbless_need_is_the_managers():
    from agent.draft_content import whole_sentence

    assert whole_sentence("need sign-off by friday") == "I need sign-off by friday"
    assert whole_sentence("needs one more week") == "it needs one more week"


def test_a_point_put_back_never_lands_after_the_sign_off():
    inp = _input(("point", "start mon 11 jan"), ("point", "the depot rota is agreed"))
    f = _prepare(inp, [])
    body, back = _with_dropped_points(inp, f, "Hi Ruth,\n\nThe depot rota is agreed.\n\nNext step: I'll keep you posted.\n\nKind regards,")
    assert back == ["We start on Monday 11 January."]
    assert body.index("We start on Monday 11 January.") < body.index("Next step") < body.index("Kind regards,")


def test_a_lost_start_day_comes_back_before_the_closing_and_the_sign_off_even_when_its_digit_is_in_odds():
    inp = _input(("point", "start jan 11"))
    f = _prepare(inp, [])
    body, back = _with_dropped_points(inp, f, "Hi Ruth,\n\nShort answer: yes.\n\nWe put it at 3 in 11.\n\nNext step: I'll tell you if it moves.\n\nKind regards,")
    assert back == ["We start on Monday 11 January."]
    assert body.endswith("We start on Monday 11 January.\n\nNext step: I'll tell you if it moves.\n\nKind regards,")


def test_a_point_put_back_goes_before_the_closing_and_the_sign_off():
    inp = _input(("point", "the field trial starts on the 14th"))
    f = _prepare(inp, [])
    body, back = _with_dropped_points(inp, f, "Dear Ruth,\n\nRouting model v2 is on track.\n\nNext step: I'll send the numbers.\n\nKind regards,")
    assert back and body.index(back[0]) < body.index("Next step") < body.index("Kind regards,")


def test_the_teams_own_days_off_told_in_shorthand_are_what_a_dated_forecast_already_counts():
    from tools.message import _CLOSURE_NOTE_RE

    for note in ("we're dark 19 dec - 3 jan", "team's off from the 21st to the 2nd", "office is out 24/12 to 1/1"):
        assert _CLOSURE_NOTE_RE.search(note), note
    assert not _CLOSURE_NOTE_RE.search("we rolled out the new labels to 3 depots")  # 'out' of a rollout is no day off
