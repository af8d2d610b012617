"""The drafted body is written to the reader: a claim of the manager's that the forecast contradicts never reaches it,
a status the update was given is never silently lost, an ask noted as the thing wanted is asked for, and a figure's
clause leans on the line before it."""

from __future__ import annotations

from tools.message import DraftInput, _leans_on_previous, _prepare, _thing_asked, _verdict_of, _with_dropped_points, draft_message


def _update(points: list[tuple[str, str]], **facts: object) -> DraftInput:
    return DraftInput.model_validate({
        "purpose": "progress_update", "audience": "executive", "recipient": "Ines",
        "facts": {"today": "2026-12-04", "points": [{"kind": k, "text": t} for k, t in points], **facts},
    })


def test_the_verdict_is_at_risk_under_one_in_two_on_track_from_four_in_five_and_none_between():
    at_risk = _prepare(_update([], deadline="2027-01-22", deadline_probability=0.04, project="Invoice matcher"), [])
    assert _verdict_of(at_risk).on_track is False and "4% chance of Fri 22 Jan" in _verdict_of(at_risk).said
    assert _verdict_of(_prepare(_update([], deadline="2027-01-22", deadline_probability=0.9), [])).on_track is True
    assert _verdict_of(_prepare(_update([], deadline="2027-01-22", deadline_probability=0.6), [])).on_track is None
    assert _verdict_of(_prepare(_update([]), [])) is None


def test_a_point_put_back_drops_the_claim_the_forecast_contradicts_and_keeps_its_facts():
    inp = _update([("point", "the invoice matcher is on track, supplier codes in, wenjun says 3 weeks left")], deadline="2027-01-22", deadline_probability=0.04, project="Invoice matcher")
    f = _prepare(inp, [])
    kept: list = []
    body, back = _with_dropped_points(inp, f, "Hi Ines,\n\nThe invoice matcher is at risk.\n\nThanks,", kept)
    assert "on track" not in body and "Wenjun says 3 weeks left" in body
    assert [k.text for k in kept] == ["The invoice matcher is on track"]


def test_a_status_the_update_lost_is_put_back():
    inp = _update([("point", "label review about half done")])
    f = _prepare(inp, [])
    body, back = _with_dropped_points(inp, f, "Hi Ines,\n\nThe invoice matcher is live.\n\nThanks,")
    assert back == ["The label review is about half done."]


def test_the_drafted_update_never_says_on_track_under_an_at_risk_forecast_and_says_what_it_kept_out():
    inp = _update([("point", "the invoice matcher is on track, supplier codes in, wenjun says 3 weeks left")], deadline="2027-01-22", deadline_probability=0.04, project="Invoice matcher")
    drafted = draft_message(inp)
    assert "on track" not in drafted.body.lower()
    assert any(n.startswith("Kept out of the message: 'The invoice matcher is on track'") for n in drafted.notes)


def test_an_ask_noted_as_the_thing_wanted_is_asked_for():
    assert _thing_asked("access to the ERP export by 18/12, otherwise the matcher slips into March") == "could we have access to the ERP export by 18/12? Otherwise the matcher slips into March"
    assert _thing_asked("send the export by Friday") == "send the export by Friday"
    assert _thing_asked("your sign-off by Friday") == "your sign-off by Friday"


def test_a_figure_said_still_or_now_leans_on_the_line_before():
    assert _leans_on_previous("still around 10%")
    assert _leans_on_previous("now at about 40%")
    assert not _leans_on_previous("12 stores live")


def test_an_ask_put_back_as_a_thing_wanted_is_said_as_the_ask():
    inp = _update([("ask", "a yes on keeping Wenjun on the matcher rollout next week")])
    f = _prepare(inp, [])
    body, back = _with_dropped_points(inp, f, "Hi Ines,\n\nThe invoice matcher is live.\n\nThanks,")
    assert back == ["What I need from you: a yes on keeping Wenjun on the matcher rollout next week."]


def test_a_question_with_quotes_inside_is_never_said_back_in_quotes():
    from tools.message import _short_answer

    assert _short_answer("why 'the model' missed it?", "the surge was not in its data") == "Short answer: the surge was not in its data"
    assert _short_answer("what went wrong?", "the feed was late") == "Short answer to 'What went wrong?': the feed was late"
