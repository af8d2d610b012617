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
    assert "Where things stand:" in msg.body and "Where ranker v5 stands" not in msg.body
    assert "- Ranker v5: ndcg 0.41 against 0.38 for v4" in msg.body


def test_a_clause_that_leans_on_the_one_before_stays_on_its_line():
    msg = _update("- 14 of 30 stores onboarded, the rest by the 18th", "- p95 latency 120ms", "- 3 incidents this week")
    assert any(x.startswith("- 14 of 30 stores onboarded, the rest by") for x in msg.body.splitlines()), msg.body


def _decline(**facts):
    return draft_message(DraftInput.model_validate({"audience": "peer_team", "purpose": "decline_or_negotiate",
                                                    "facts": {"today": TODAY.isoformat(), **facts}}))


def test_a_no_to_something_they_asked_to_do_names_the_ask_never_the_verb_as_a_thing():
    msg = _decline(new_work="lend them two annotators for a sprint")
    assert "take on the lend" not in msg.body and "Thanks for asking to lend them two annotators for a sprint" in msg.body
    assert msg.subject == "Re: your request to lend them two annotators for a sprint"


def test_an_offer_said_twice_is_offered_once():
    facts = {"today": TODAY.isoformat(), "new_work": "the churn dashboard",
             "points": [{"kind": "offer", "text": "a short walkthrough"}, {"kind": "offer", "text": "a short walkthrough."}]}
    msg = draft_message(DraftInput.model_validate({"audience": "peer_team", "purpose": "decline_or_negotiate", "facts": facts}))
    assert msg.body.count("short walkthrough") == 1, msg.body


def test_restated_shorthand_after_a_possessive_takes_no_second_article():
    from tools.message import restate

    source = "please get the risk model into our q1 validation plan before the committee meets at the end of the month"
    said = restate("Please get the risk model into our Q1 validation plan before the committee meets at the end of the month", source, TODAY)
    assert "our the" not in said.lower() and "our first quarter validation plan" in said


def test_an_option_whose_tradeoff_opens_with_its_name_is_said_once():
    facts = {"today": TODAY.isoformat(), "project": "the ranking model", "deadline": "2027-01-15", "deadline_probability": 0.4,
             "options": [{"name": "Cut the scope", "tradeoff": "cut the scope to two markets: 80% by 15 Jan"},
                         {"name": "Add a reviewer", "tradeoff": "70%, and Sam's work slips a week"}]}
    msg = draft_message(DraftInput.model_validate({"audience": "product", "purpose": "forecast_risk", "facts": facts}))
    assert "- Cut the scope to two markets: 80% by" in msg.body and "scope: cut the scope" not in msg.body.lower()
    assert "- Add a reviewer: 70%, and Sam's work slips a week" in msg.body, msg.body


def test_a_count_whose_noun_is_the_clause_before_stays_with_it():
    msg = _update("- reviewed 12 flagged shipments, 9 cleared by customs, 3 held", "- 40% of lanes on the new router", "- 2 incidents this week")
    lines = [x for x in msg.body.splitlines() if x.startswith("- ")]
    assert any("12 flagged shipments, 9 cleared by customs, 3 held" in x for x in lines), msg.body
    assert not any(x.startswith(("- 9 cleared", "- 3 held")) for x in lines), msg.body


def test_a_comparison_and_a_lead_in_clause_are_never_lines_of_their_own():
    msg = _update("- what the router does well is ranking: of the 50 lanes it scored worst, about 1 in 4 ran late, against about 1 in 20 overall",
                  "- 3 depots live", "- 12 drivers trained")
    lines = [x for x in msg.body.splitlines() if x.startswith("- ")]
    assert not any(x.startswith(("- Against", "- About 1 in 4")) for x in lines), msg.body


def test_figures_that_each_name_their_own_measure_are_still_split():
    msg = _update("- on-time 91%, 14 of 20 depots live, 3 open incidents", "- router v2 in shadow on 5 lanes", "- 2 drivers trained")
    lines = [x for x in msg.body.splitlines() if x.startswith("- ")]
    assert len(lines) == 5, msg.body


def test_a_sentence_with_no_mark_of_its_own_stays_on_its_bullets_line():
    msg = _update("- router live on 12 of 20 depots", "rest by the 18th", "- 4 late loads caught", "2 of them on night shift", "- drivers trained")
    lines = [x for x in msg.body.splitlines() if x.startswith("- ")]
    assert "- Router live on 12 of 20 depots; the rest by Friday 18 December" in lines, msg.body
    assert any(x.startswith("- 4 late loads caught; 2 of them on night shift") for x in lines), msg.body
    assert len(lines) == 3, msg.body


def test_a_word_of_the_notes_is_no_subject_line():
    from tools.message import _subject_worthy

    assert not _subject_worthy("all") and not _subject_worthy("bullets") and _subject_worthy("depot router")
