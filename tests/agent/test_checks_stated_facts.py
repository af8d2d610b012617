"""The stated-facts check: every date, number and ask the manager gave for a message is still in the draft, as the
reader would find it (a date in any written form, a relative date by its month, weekday or the manager's words)."""

from __future__ import annotations


from agent.checks import stated_facts, turn_stated_facts
from agent.situation import Situation
from evals.runner import summarize


def _situation(**facts: tuple[object, str]) -> Situation:
    s = Situation(intents=["stakeholder_message"])
    for name, (value, words) in facts.items():
        s.put(name, value, "question", words)
    return s


def _missing(body: str, points: list[tuple[str, str]] = (), purpose: str = "progress_update", **facts) -> list[str]:
    arguments = {"purpose": purpose, "facts": {"points": [{"kind": k, "text": t} for k, t in points]}}
    return [what for what, kept in stated_facts(body, arguments, _situation(**facts)) if not kept]


def test_a_date_given_as_a_day_is_found_in_any_written_form():
    facts = {"new_date": ("2027-03-02", "now mar 2")}
    assert _missing("Hi Ines,\n\nThe rollout now lands on Tuesday 2 March.", **facts) == []
    assert _missing("Hi Ines,\n\nThe rollout now lands on March 2.", **facts) == []
    assert _missing("Hi Ines,\n\nThe rollout now lands in the spring.", **facts) == ["the date you gave ('now mar 2')"]


def test_a_relative_date_is_found_by_its_month_weekday_or_the_managers_words():
    assert _missing("Hi all,\n\nFrom Monday the on-call rota changes.", purpose="announce_change", start_date=("2026-12-07", "from monday")) == []
    assert _missing("Hello,\n\nIt is likely to ship this quarter.", deadline=("2026-12-31", "this quarter")) == []
    assert _missing("Hello,\n\nIt is likely to ship soon.", deadline=("2026-12-31", "this quarter"))


def test_every_number_and_day_of_the_month_in_a_dictated_point_is_kept():
    points = [("point", "labelling is 70% done, the rest lands by the 16th"), ("reason", "two annotators were out sick")]
    assert _missing("Hi Bo,\n\nLabelling is 70% done and the rest lands on Wednesday 16 December. Two annotators were out.", points) == []
    missing = _missing("Hi Bo,\n\nLabelling is mostly done. Two annotators were out.", points)
    assert any(m.startswith("70 ") for m in missing) and any(m.startswith("the 16th") for m in missing)


def test_a_split_of_a_hundred_and_a_time_from_now_are_said_once():
    assert _missing("Hello,\n\nHonestly it is 60% likely, and the date is Friday 8 January.", [("point", "honestly 60/40 it makes it in 5 weeks")]) == []


def test_the_managers_ask_must_be_asked():
    points = [("ask", "could you move the vendor review to january")]
    assert _missing("Hi Jo,\n\nCould you move the vendor review to January?", points) == []
    assert _missing("Hi Jo,\n\nThe review is next week.", points) == ["your ask ('could you move the vendor review to january')"]


def test_load_backlog_and_cost_the_manager_stated_are_carried():
    facts = {"load_percent": (130.0, "130%"), "backlog_weeks": (9.0, "9 weeks"), "cost": ("about $90k", "about $90k"), "headcount": (1, "one more")}
    body = "Hello,\n\nWhat I'm asking for: one more data engineer, about $90k.\n\nWhy: we run at 130% with 9 weeks of backlog."
    assert _missing(body, purpose="ask_for_resources", **facts) == []
    assert len(_missing("Hello,\n\nWhat I'm asking for: one more data engineer.", purpose="ask_for_resources", **facts)) == 3


def test_rewrites_are_left_to_their_own_check_and_the_metric_counts_the_rest():
    body = {"subject": "s", "body": "Hi Jo,\n\nThe review is next week.", "word_count": 6, "lint": {"clean": True, "findings": [], "word_count": 6, "word_limit": 150}, "notes": []}
    asks = {"facts": {"points": [{"kind": "ask", "text": "could you move the vendor review to january"}]}}
    records = [{"name": "draft_message", "arguments": {"purpose": "progress_update", **asks}, "result": body, "error": None},
               {"name": "draft_message", "arguments": {"purpose": "rewrite", **asks}, "result": body, "error": None}]  # fmt: skip
    assert [kept for _, kept in turn_stated_facts(records, Situation(intents=["stakeholder_message"]))] == [False]


def test_the_scenario_metric_is_the_share_kept():
    from evals.runner import CaseResult

    base = dict(question="q", expected_intent="stakeholder_message", intent="stakeholder_message", answer="", tools_expected=[], tools_called=[],
                tool_match="superset", tool_counts={"tp": 0, "fp": 0, "fn": 0}, constraints_ok=0, constraints_total=0, citations_valid=0,
                citations_total=0, cited_cards=[], guidance_cited=None, ungrounded=[], drafts_clean=1, drafts_total=1, escalated=None, latency_ms=1.0)  # fmt: skip
    results = [CaseResult(id="a", stated_kept=3, stated_total=4, **base), CaseResult(id="b", stated_kept=1, stated_total=1, **base)]
    assert summarize(results)["stated_facts_kept"] == 0.8


def test_a_date_inside_the_readers_why_question_is_not_required():
    s = _situation(deadline=("2026-12-04", "this week"), question_asked=("why did refunds jump this week?", "why did refunds jump this week?"))
    arguments = {"purpose": "answer_question", "facts": {}}
    assert stated_facts("Hello,\n\nIt's deliberate: we changed the rule on Monday.", arguments, s) == []




def test_a_number_said_in_words_up_to_twenty_counts_as_said():
    from agent.checks import _numbers

    assert 17.0 in _numbers("about seventeen weeks of backlog across two teams")
    assert {2.0, 17.0} <= _numbers("about seventeen weeks of backlog across two teams")


def test_a_new_date_the_manager_stated_for_the_message_is_checked_whatever_its_role():
    from agent.situation import StatedDate

    s = Situation(intents=["stakeholder_message"])
    s.put("deadline", "2026-12-18", "question", "dec 18")
    s.dates = [StatedDate(date="2026-12-18", role="deadline", words="dec 18"), StatedDate(date="2027-02-09", role="deadline", words="feb 9"),
               StatedDate(date="2026-11-20", role="past", words="nov 20"), StatedDate(date="2027-03-01", role="deadline", words="6 weeks")]
    arguments = {"purpose": "forecast_risk", "source_text": "email to rhea: the scanner rollout we promised for dec 18 is now feb 9, the pilot on nov 20 was fine, 6 weeks late", "facts": {}}
    dropped = [what for what, kept in stated_facts("Hi Rhea,\n\nThe scanner rollout we promised for 18 December is running late.", arguments, s) if not kept]
    assert dropped == ["the date you gave ('feb 9')"]
    assert [what for what, kept in stated_facts("Hi Rhea,\n\nThe rollout moves from 18 December to 9 February.", arguments, s) if not kept] == []


def test_a_load_or_cost_said_in_words_is_carried_whether_the_draft_writes_it_in_words_or_figures():
    load = {"load_percent": (140, "a hundred and forty percent")}
    assert _missing("Hi Ana,\n\nThe four of us are running at about a hundred and forty percent.", **load) == []
    assert _missing("Hi Ana,\n\nThe four of us are running at about 140%.", **load) == []
    assert _missing("Hi Ana,\n\nThe four of us are stretched.", **load) == ["140 ('a hundred and forty percent')"]
    cost = {"cost": ("roughly eighty-two thousand pounds a year", "roughly eighty-two thousand pounds a year")}
    assert _missing("Hi Ana,\n\nEach hire costs about £82k a year.", **cost) == []
    assert _missing("Hi Ana,\n\nEach hire costs about 82,000 pounds a year.", **cost) == []


def test_a_number_in_a_dictated_point_is_kept_in_words_or_figures():
    points = [("point", "the pilot aims for two hundred and fifty stores by spring")]
    assert _missing("Hi Bo,\n\nThe pilot aims for 250 stores by spring.", points) == []
    assert _missing("Hi Bo,\n\nThe pilot aims for a lot of stores by spring.", points) == ["250 (from 'the pilot aims for two hundred and fifty stores by ...')"]


def test_a_draft_number_is_grounded_by_the_same_number_said_another_way():
    from agent.checks import content_problems, numbers_given

    question = "ask for one more analyst, about sixty-five thousand a year, we're at a hundred and twenty percent"
    body = "Hi Jo,\n\nWe're at 120% and one more analyst costs about 65k a year."
    assert not [p for p in content_problems(body, question, numbers_given(question, []), Situation()) if p.check == "wrong-number"]
    made_up = "Hi Jo,\n\nWe're at 120% and one more analyst costs about 75k a year."
    assert [p for p in content_problems(made_up, question, numbers_given(question, []), Situation()) if p.check == "wrong-number"]


def test_a_chance_in_words_is_kept_when_the_draft_says_it_as_n_in_ten_and_a_short_year_in_full():
    points = [("point", "seventy percent chance the harvest lands in range, as it did back in nineteen-ninety and in twenty-two")]
    body = "Hi Eli,\n\nAbout 7 times in 10 the harvest lands in range, as it did in 1990 and 2022."
    assert _missing(body, points) == []
    assert _missing("Hi Eli,\n\nThe harvest usually lands in range, as it did in 1990 and 2022.", points) == [
        "70 (from 'seventy percent chance the harvest lands in range, as it ...')"]


def test_a_short_year_in_the_question_grounds_the_full_year_in_the_draft():
    from agent.checks import numbers_given

    assert 2023.0 in numbers_given("the pests came back in twenty-three, and again in '25", [])
    assert 2025.0 in numbers_given("the pests came back in twenty-three, and again in '25", [])
    assert 2030.0 not in numbers_given("it takes twenty-three days and thirty people", [])


def test_an_ordinal_before_what_it_counts_is_no_day_of_the_month():
    points = [("point", "from april a 3rd review on every rejected claim, and a 2nd pass by the team lead")]
    assert not any(m.startswith(("the 3rd", "the 2nd")) for m in _missing("Hello,\n\nFrom April every rejected claim gets another review.", points))
    assert any(m.startswith("the 3rd") for m in _missing("Hello,\n\nIt lands soon.", [("point", "it lands by the 3rd")]))


def test_a_note_about_the_reader_for_the_writer_holds_no_fact_to_carry():
    arguments = {"purpose": "decline_or_negotiate", "recipient": "Ingeborg", "reader": {"names": ["Ingeborg"], "pronoun": "she"},
                 "facts": {"points": [{"kind": "point", "text": "Ingeborg is nervous about the 14 new depots"},
                                      {"kind": "point", "text": "we can ship 6 depots by the 20th"}]}}
    missing = [what for what, kept in stated_facts("Hi Ingeborg,\n\nWe can ship 6 depots by Sunday 20 December.", arguments, _situation()) if not kept]
    assert missing == []
    missing = [what for what, kept in stated_facts("Hi Ingeborg,\n\nWe can ship some depots soon.", arguments, _situation()) if not kept]
    assert any(x.startswith("6 (from") for x in missing)


def test_a_day_first_numeric_date_in_the_draft_is_the_date_given():
    facts = {"deadline": ("2027-03-19", "19/3")}
    assert _missing("Hi Odile,\n\nThe pilot clinics all go live by 19/3.", **facts) == []
    assert _missing("Hi Odile,\n\nThe pilot clinics all go live by Friday 19 March.", **facts) == []
    assert _missing("Hi Odile,\n\nThe pilot clinics all go live in spring.", **facts) == ["the date you gave ('19/3')"]


def test_a_date_written_in_words_is_the_date_given():
    facts = {"new_date": ("2027-01-22", "jan 22")}
    assert _missing("Hi Tove,\n\nThe scorer now lands on the twenty-second of January.", **facts) == []
    assert _missing("Hi Tove,\n\nThe scorer now lands on the twenty-third of January.", **facts) == ["the date you gave ('jan 22')"]


def test_a_rank_and_the_year_of_a_sent_date_are_no_facts_to_carry():
    points = [("point", "from march a 3rd reviewer signs off every flagged invoice"), ("point", "agreed on Tue, 1 Dec 2026 with finance")]
    body = "Hi Ruth,\n\nFrom March a third reviewer signs off every flagged invoice, as agreed with finance on 1 December."
    assert _missing(body, points) == []
    assert _missing("Hi Ruth,\n\nWe will sign off flagged invoices with finance from March.", [("point", "the audit closes on the 9th")]) == ["the 9th (from 'the audit closes on the 9th')"]


def test_tomorrow_however_typed_is_no_date_the_message_must_give():
    from agent.checks import _NOW_WORDS

    assert all(_NOW_WORDS.fullmatch(w) for w in ("tomorrow", "tommorow", "tmrw", "today"))
    assert not _NOW_WORDS.fullmatch("thursday")


def test_a_misspelled_tomorrow_is_carried_by_tomorrow():
    facts = {"deadline": ("2026-12-05", "by tommorow")}
    assert _missing("Hi Ida,\n\nI need the signed form by tomorrow.", **facts) == []
    assert _missing("Hi Ida,\n\nI need the signed form soon.", **facts) == ["the date you gave ('by tommorow')"]


def test_a_number_read_from_a_clipped_fragment_of_the_notes_does_not_hold_the_draft_back():
    points = [("point", "From Monday the stand-up moves to 9:30"), ("point", "Fourteen people")]
    body = "Hi all,\n\nFrom Monday the stand-up moves to 9:30."
    assert _missing(body, points, purpose="announce_change", headcount=(14, "Fourteen people")) == []
    assert _missing(body, [("point", "From Monday the stand-up moves to 9:30 for all fourteen people")], purpose="announce_change", headcount=(14, "fourteen people"))
