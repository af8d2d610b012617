"""Where the drafter joins the manager's words with its own, nothing is said twice: a weekday said before 'the 14th'
becomes one date, 'second week of' keeps its own article, and a pasted point keeps its words but not its list mark."""

from datetime import date

from tools.message import DraftInput, draft_message, human_dates, polish

TODAY = date(2026, 12, 4)  # a Friday


def test_a_weekday_said_before_an_ordinal_day_is_one_date():
    said = human_dates(polish("the demo moved to tues the 15th, retro on fri the 18th", TODAY), TODAY)
    assert "Tuesday 15 December" in said and "Friday 18 December" in said
    assert "Tues Tuesday" not in said and "Friday Friday" not in said


def test_a_past_ordinal_keeps_the_weekday_said_with_it():
    assert polish("on monday the 30th we turned the new threshold on", TODAY).startswith("On Monday 30 November we turned")


def test_a_spoken_weekday_beside_a_stamp_of_the_same_day_is_said_once():
    assert human_dates("Review on Wednesday Wed 09 Dec 2026, then ship.", TODAY) == "Review on Wednesday 9 December, then ship."


def test_a_week_with_its_own_ordinal_gets_no_second_article():
    assert "in the second week of Jan." in polish("we can scope it in the second week of jan", TODAY)
    assert "from the week of" in polish("live from week of jan 11", TODAY)


def _update(*texts: str, project: str = "the search rerank"):
    facts = {"project": project, "today": TODAY.isoformat(), "points": [{"kind": "point", "text": t} for t in texts]}
    return draft_message(DraftInput.model_validate({"audience": "peer_team", "purpose": "progress_update", "facts": facts, "recipient": "Ana"}))


def test_pasted_figures_with_their_own_marks_get_one_mark_each():
    msg = _update("- offline ndcg up 4 points", "* shadow traffic on 10% of queries", "2. p95 latency 180ms against a 150ms budget")
    lines = [x for x in msg.body.splitlines() if x.startswith("- ")]
    assert len(lines) == 3 and not any(x[2:].startswith(("-", "*", "2.")) for x in lines), msg.body


def test_pasted_points_said_as_prose_lose_their_marks():
    msg = _update("- offline ndcg up 4 points", "* shadow traffic starts monday", "2. latency budget still tight")
    assert not any(mark in msg.body for mark in ("- ", "* ", "2. ")), msg.body


def test_an_update_whose_lines_each_carry_a_label_is_headed_by_none_of_them():
    msg = _update("- ranker v5: ndcg 0.41 against 0.38 for v4", "- feature backfill: 12 of 20 days loaded", "- risk: gpu quota ends on the 20th", project="")
    assert "Where the work stands:" in msg.body and "Where ranker v5 stands" not in msg.body
    assert "- Ranker v5: ndcg 0.41 against 0.38 for v4" in msg.body


def test_a_clause_that_leans_on_the_one_before_stays_on_its_line():
    msg = _update("- 14 of 30 stores onboarded, the rest by the 18th", "- p95 latency 120ms", "- 3 incidents this week")
    assert any(x.startswith("- 14 of 30 stores onboarded, the rest by") for x in msg.body.splitlines()), msg.body
