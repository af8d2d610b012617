"""A drafted message as its reader gets it: dates in words ('Tuesday 15 December', a year only when it is not the
one they would assume), one plain apology when the manager asks for an apologetic tone, a real thank-you to the
people the manager names, and a headcount ask that states the total cost and the load without the people, summed
from the manager's own figures and said to be a sum."""

from datetime import date

from tools.message import Constraints, DraftInput, draft_message, human_dates, human_day, polish

TODAY = date(2026, 12, 4)


def _draft(purpose, points, audience="executive", **kw):
    facts = {"today": TODAY.isoformat(), "points": [{"kind": k, "text": t} for k, t in points], **kw.pop("facts", {})}
    return draft_message(DraftInput.model_validate({"audience": audience, "purpose": purpose, "facts": facts, **kw}))


def test_a_date_is_written_as_a_person_says_it_with_the_year_only_when_it_is_not_the_assumed_one():
    assert human_day(date(2026, 12, 15), TODAY) == "Tuesday 15 December"
    assert human_day(date(2027, 2, 3), TODAY) == "Wednesday 3 February"  # next February is the one anyone assumes
    assert human_day(date(2028, 2, 3), TODAY) == "Thursday 3 February 2028"
    assert human_day(date(2027, 2, 3), None) == "Wednesday 3 February 2027"
    said = human_dates("The pilot moves from Wed 16 Dec 2026 to the week of Mon 18 Jan 2027.", TODAY)
    assert said == "The pilot moves from Wednesday 16 December to the week of 18 January."


def test_a_drafted_body_has_no_calendar_stamps():
    msg = _draft("forecast_risk", [("point", "the pricing model slips from dec 16 to the week of jan 18"), ("reason", "the vendor feed is late")],
                 recipient="Omar", audience="peer_team")
    assert "Wednesday 16 December" in msg.body and "the week of 18 January" in msg.body
    assert "2027" not in msg.body and "Wed 16 Dec" not in msg.body


def test_an_ordinal_before_a_noun_is_no_date():
    assert "the 10th grade" in polish("we added the 10th grade reports", TODAY) and "the 3rd place" in polish("it came the 3rd place", TODAY)
    assert "Friday 18 December" in human_dates(polish("it lands the 18th", TODAY), TODAY)


def test_an_apologetic_tone_is_one_plain_apology_never_the_note_itself():
    msg = _draft("forecast_risk", [("point", "the churn scores slip from dec 16 to the week of jan 18"), ("reason", "the CRM export had gaps")],
                 recipient="Ines", audience="peer_team", facts={"deadline": "2026-12-16"}, constraints=Constraints(apology=True))
    paragraphs = msg.body.split("\n\n")
    assert paragraphs[1].startswith("The churn scores slip")
    assert msg.body.count("sorry") == 1 and "I'm sorry for the delay" in msg.body and "Wednesday 16 December" in msg.body
    declined = _draft("decline_or_negotiate", [("point", "we can't build the custom dashboard this quarter")], recipient="Ines",
                      constraints=Constraints(apology=True))
    assert declined.body.count("sorry") == 1


def test_the_people_the_manager_wants_thanked_are_thanked_for_what_they_did():
    points = [("point", "from the week of jan 18 every new client goes through the shared onboarding pipeline"),
              ("point", "Ana and Tomas wrote most of the hand-built loaders")]
    msg = _draft("announce_change", points, audience="own_team", constraints=Constraints(thank=["Ana", "Tomas"]))
    assert "thank-you to Ana and Tomas, who wrote most of the hand-built loaders" in msg.body
    unnamed = _draft("announce_change", points[:1], audience="own_team", constraints=Constraints(thank=["Ana"]))
    assert "thank-you to Ana" in unnamed.body


def test_the_word_ones_takes_the_thing_said_earlier():
    points = [("point", "from the week of jan 18 we retire the per-team notebooks in favour of one shared workspace"),
              ("point", "Kai built most of the old ones")]
    msg = _draft("announce_change", points, audience="own_team", constraints=Constraints(thank=["Kai"]))
    assert "who built most of the old notebooks" in msg.body


def test_a_headcount_ask_states_the_total_and_the_load_without_them_as_sums_of_the_managers_figures():
    points = [("point", "14 ranking models run by 2 of us"), ("point", "the spring launch adds about 6 more models"),
              ("point", "each engineer ~120k loaded")]
    msg = _draft("ask_for_resources", points, recipient="Hana",
                 facts={"headcount": 3, "resource": "ML engineers", "cost": "120k", "ask": "Could we have 3 ML engineers in the H1 budget?"})
    lead = msg.body.split("\n\n")[1]
    assert lead.startswith("I'm asking for three ML engineers in the H1 budget: about 360k loaded in total")
    assert "my sum" in lead and "each engineer" not in msg.body.lower()
    assert "the same 2 of us would run about 20 models (14 today plus about 6 more, my sum)" in msg.body
    assert msg.subject.startswith("Ask: Three ML engineers")


def test_no_total_is_made_up_without_a_per_person_cost():
    msg = _draft("ask_for_resources", [("point", "the budget line is 200k for the whole team")], recipient="Hana",
                 facts={"headcount": 2, "resource": "ML engineers", "cost": "200k"})
    assert "400k" not in msg.body and "my sum" not in msg.body


def test_the_short_answer_and_the_safer_date_match_the_managers_dated_odds():
    points = [("point", "about 1 in 4 for jan 29, 80% by feb 12, roughly 95% by feb 26")]
    msg = _draft("answer_question", points, recipient="Dana", facts={"deadline": "2027-01-29", "deadline_probability": 0.25, "project": "search revamp"})
    assert "Short answer: probably not" in msg.body and "likely," not in msg.body
    assert ("So I wouldn't commit to Friday 29 January; if you need a date to stand behind, use Friday 12 February (80%), "
            "or Friday 26 February (roughly 95%) to be safe.") in msg.body
    assert msg.subject == "Re: Search revamp for 29 Jan"
    coin = _draft("answer_question", [], recipient="Dana", facts={"deadline": "2027-01-29", "deadline_probability": 0.55, "question_asked": "will it be live by the 29th?"})
    assert "roughly a coin flip" in coin.body and "likely yes" not in coin.body


def test_a_no_the_offer_explains_gets_its_reason_and_the_offer_is_said_to_the_reader():
    points = [("request", "you'd like a bespoke churn model for your region before the holidays"),
              ("offer", "once the pricing model ships (around the 16th) we send him a monthly churn digest, first one jan 20")]
    msg = _draft("decline_or_negotiate", points, recipient="Ravi", facts={"offer": "once the pricing model ships we send him a monthly churn digest"})
    assert "Why not now: the team is committed to the pricing model until it ships" in msg.body
    assert "we'll send you a monthly churn digest" in msg.body and "the first one on Wednesday 20 January" in msg.body
    assert "him" not in msg.body and msg.lint.clean
    assert msg.subject.startswith("Re: A bespoke churn model")


def test_a_slip_that_waits_on_the_readers_fix_says_when_the_date_is_confirmed():
    points = [("point", "the demand forecast slips from dec 16 to the week of jan 18"),
              ("reason", "your POS export dropped three stores and we need a week of clean data after you fix the export")]
    msg = _draft("forecast_risk", points, recipient="Noor", audience="peer_team")
    assert msg.body.rstrip().endswith("Next step: as soon as the export is fixed, I'll confirm the exact date.")


def test_an_ask_aimed_at_the_group_is_asked_of_them_and_they_are_greeted():
    points = [("point", "search v3 recall 0.62 -> 0.70 on the gold set"), ("ask", "regional managers send us by the 14th which markets they want first")]
    msg = _draft("progress_update", points, recipient="Ola", group="regional managers")
    assert msg.body.startswith("Hi Ola and regional managers,")
    assert "One thing I need from the regional managers: please send us by Monday 14 December which markets you want first." in msg.body


def test_a_dictated_done_by_date_is_said_as_the_expectation_it_is():
    msg = _draft("progress_update", [("point", "9 of 12 feeds migrated, rest done by jan 22")], recipient="Ola")
    assert "rest expected to be done by Friday 22 January" in msg.body and msg.lint.clean


def test_the_managers_short_verdict_leads_before_the_readers_view():
    points = [("point", "you saw the weekly report and think the churn model got worse: precision fell from 0.8 to 0.7"),
              ("point", "it didn't get worse"), ("point", "the holdout now includes the new enterprise tier")]
    msg = _draft("explain_uncertainty", points, recipient="Kim")
    assert msg.body.split("\n\n")[1] == "The churn model didn't get worse."


def test_per_unit_shorthand_and_a_dictated_ship_date_read_as_prose():
    said = polish("throughput 120 docs/hr, spend ~30k/mo", TODAY)
    assert "120 docs an hour" in said and "30k a month" in said
    msg = _draft("decline_or_negotiate", [("reason", "the audit is 5 weeks and search v2 ships dec 18")], recipient="Ola")
    assert "search v2 is expected to ship on Friday 18 December" in msg.body and msg.lint.clean


def test_an_ask_of_the_named_reader_among_a_group_says_whose_it_is_and_asks_politely():
    msg = _draft("progress_update", [("point", "3 of 5 teams migrated"), ("ask", "you need to approve the licence renewal by the 14th")],
                 recipient="Femke", group="annotation leads")
    assert "One thing I need from you, Femke: please approve the licence renewal by Monday 14 December" in msg.body


def test_a_coin_flip_is_said_as_one_whichever_side_of_half_it_falls():
    for p in (0.42, 0.58):
        msg = _draft("answer_question", [], recipient="Dana", facts={"deadline": "2027-01-29", "deadline_probability": p, "question_asked": "will search v2 be live by the 29th?"})
        assert "roughly a coin flip" in msg.body and "probably not" not in msg.body.split("\n\n")[1]


def test_a_dictated_need_from_the_reader_closes_the_message_once():
    points = [("point", "the second 20k batch is late and our spring retrain slips by two weeks"), ("point", "I need a firm delivery date from you by friday")]
    msg = _draft("forecast_risk", points, recipient="Kofi", audience="peer_team")
    assert msg.body.rstrip().endswith("I need a firm delivery date from you by Friday.") and msg.body.count("firm delivery date") == 1


def test_a_verdict_with_its_reason_leads_and_a_decline_subject_names_the_thing_asked_for():
    points = [("point", "you saw the monthly deck and think the forecast model is broken because error rose from 8% to 12%"),
              ("point", "it isn't broken: we added the two new warehouses, which have no history yet")]
    msg = _draft("explain_uncertainty", points, recipient="Ms Ito")
    assert msg.body.split("\n\n")[1].startswith("The forecast model isn't broken: we added the two new warehouses")
    declined = _draft("decline_or_negotiate", [("request", "you'd like us to build a churn dashboard for your region")], recipient="Ines")
    assert declined.subject == "Re: A churn dashboard for your region"


def test_what_the_purpose_needs_and_the_manager_did_not_say_is_noted_never_invented():
    change = _draft("announce_change", [("point", "from jan 18 every model review uses the shared checklist")], audience="own_team")
    gaps = [n for n in change.notes if n.startswith("Not said: ")]
    assert len(gaps) == 2 and "why" in gaps[0] and "in flight" in gaps[1]
    assert "because" not in change.body and "[add" not in change.body
    explained = _draft("announce_change", [("point", "from jan 18 every model review uses the shared checklist, because two launches skipped the bias check"),
                                          ("point", "reviews already booked keep their slot")], audience="own_team")
    assert not [n for n in explained.notes if n.startswith("Not said: ")]
    slip = _draft("forecast_risk", [("point", "the ranking refresh slips to the week of jan 18")], recipient="Ola", audience="peer_team")
    assert any("why it slipped" in n for n in slip.notes)


def test_a_bare_date_just_gone_by_is_next_years_when_the_note_looks_ahead():
    assert "Fri 29 Oct 2027" in polish("85% by oct 29 and 95% by nov 12", TODAY)
    assert "Thu 29 Oct 2026" in polish("it shipped on oct 29", TODAY) or "29 Oct" in polish("it shipped on oct 29", TODAY)


def test_a_purpose_clause_is_the_why_of_an_announcement():
    msg = _draft("announce_change", [("point", "we pause the search rewrite for 4 weeks from jan 4 to put everyone on the audit fixes"),
                                    ("point", "the rewrite branch stays as is")], audience="own_team")
    assert not [n for n in msg.notes if n.startswith("Not said: ")]


def test_the_readers_question_after_their_context_is_the_one_answered():
    msg = _draft("answer_question", [("point", "the estimate was always a range and 9k sits inside it")], recipient="Ana",
                 facts={"question_asked": "Your plan said 14,000 units and we shipped 9,000. What went wrong?"})
    assert "Short answer to 'What went wrong?':" in msg.body


def test_a_yes_or_no_leads_with_each_chance_said_once_and_a_plan_that_locks_earlier_is_answered():
    points = [("point", "our estimate: ~40% it's ready by mar 2, ~85% by mar 16")]
    msg = _draft("answer_question", points, recipient="Ines",
                 facts={"deadline": "2027-03-16", "deadline_probability": 0.85, "question_asked": "will the fare predictor be out for the spring sale on mar 16?",
                        "reader_message": "will the fare predictor be out for the spring sale on mar 16? keen to feature it in the press release, text freezes mar 2"})
    lead = msg.body.split("\n\n")[1]
    assert lead == "Short answer: yes by Tuesday 16 March (about 85%)."
    assert "So I wouldn't feature it in the press release: the text freezes on Tuesday 2 March, and by then we're only at about 40%." in msg.body
    assert msg.body.count("85%") == 1 and msg.body.count("40%") == 1


def test_the_readers_period_is_said_back_in_their_words_and_a_confirm_only_question_is_no_subject():
    points = [("point", "about 65% by apr 28, 90% by may 12")]
    asked = "Hi, the regulator wants to know whether the new risk scores will be ready by the end of April. Can you confirm?"
    msg = _draft("answer_question", points, recipient="Olu", facts={"deadline": "2027-04-30", "deadline_probability": 0.65, "question_asked": asked})
    assert "Short answer: likely, but not certain, by the end of April (about 65%)." in msg.body
    assert "So I wouldn't commit to the end of April; if you need a date to stand behind, use Wednesday 12 May (90%)." in msg.body
    assert msg.subject == "Re: New risk scores ready by the end of April"


def test_a_line_limit_never_keeps_a_which_of_these_without_the_options():
    facts = {"deadline": "2026-12-15", "deadline_probability": 0.02, "project": "pricing model", "max_sentences": 3,
             "options": [{"name": "Move the date", "tradeoff": "Move the date to Thu 07 Jan 2027 (chance on the new date: 82%)."}]}
    msg = _draft("answer_question", [], recipient="Rae", facts=facts)
    assert "of these" not in msg.body and "Options:" not in msg.body


def test_a_can_i_tell_them_question_names_the_subject_by_what_will_be_running_when():
    msg = _draft("answer_question", [("point", "about 55% by mar 1, 90% by mar 22")], recipient="Ola",
                 facts={"deadline": "2027-03-01", "deadline_probability": 0.55,
                        "question_asked": "Can I tell them the new routing engine will be running in all 12 depots before the spring peak on 1 March?"})  # fmt: skip
    assert msg.subject == "Re: New routing engine running before the spring peak on 1 March"


def test_a_no_names_the_date_it_is_about():
    msg = _draft("answer_question", [], recipient="Rae", facts={"deadline": "2026-12-15", "deadline_probability": 0.02, "project": "pricing model"})
    assert "Short answer: no, not by Tuesday 15 December on the current plan." in msg.body
