"""The understanding rules one by one: stated ranges, time invested, three-point tasks, chances,
request kinds, message purposes, relayed questions and decisions."""

from __future__ import annotations

from datetime import date

import pytest

from agent.understanding import messages, requests
from agent.understanding.quantities import find_durations, find_percentages
from agent.understanding.text import Text
from agent.brains.offline import match_inbox_request
from agent.understanding import parse_situation

TODAY = date(2026, 12, 4)


def _durations(q: str) -> list[tuple[str, list[float]]]:
    return [(d.role, d.weeks) for d in find_durations(Text.of(q).normal)]


def test_stated_remaining_range_and_investment():
    q = "She has put 5 weeks into it and has 2 to 4 weeks left, most likely 3."
    assert _durations(q) == [("done", [5.0, 5.0, 5.0]), ("remaining", [2.0, 3.0, 4.0])]
    assert _durations("3-6 days remaining") == [("remaining", [0.6, 0.9, 1.2])]
    assert _durations("two weeks left") == [("remaining", [2.0, 2.0, 2.0])]
    assert _durations("about two weeks left, could stretch to three") == [("remaining", [2.0, 2.0, 3.0])]


def test_units_and_number_words():
    assert _durations("ten working days") == [("effort", [2.0, 2.0, 2.0])]
    assert _durations("half a sprint of work") == [("effort", [1.0, 1.0, 1.0])]
    assert _durations("a couple of months") == [("effort", [8.66, 8.66, 8.66])]
    assert _durations("due in five weeks") == [("deadline", [5.0, 5.0, 5.0])]
    assert _durations("joined three weeks ago") == [("tenure", [3.0, 3.0, 3.0])]


def test_three_point_tasks_success_and_confidence():
    q = "Labeling 5/8/15 days then training 2/4/9 days with a 70% chance it works. When are we done with 90% confidence?"
    s = parse_situation(q, None, TODAY)
    tasks = s.get("tasks")
    assert [t["weeks"] for t in tasks] == [[1.0, 1.6, 3.0], [0.4, 0.8, 1.8]]
    assert tasks[1]["success_probability"] == pytest.approx(0.7)
    assert s.get("confidence_level") == 90
    assert find_percentages(Text.of("a coin flip whether it works").normal)["success"].value == 0.5


def test_a_distinctive_word_names_a_project(example_team):
    from agent.understanding.people import find_projects

    assert find_projects("Is the summarizer on track?", example_team) == ["LLM summarizer"]


def test_request_kind_and_inbox_match(example_team):
    q = "Grace from compliance needs the lineage write-up for the model risk audit; Aisha would lose 3 days."
    assert requests.request_kind(q)[0] == "compliance"
    s = parse_situation(q, example_team, TODAY)
    matched = match_inbox_request(example_team, s)
    assert matched is not None and matched.kind == "compliance"
    other = parse_situation("Legal wants us to audit the training data licences; it'd take Aisha a week.", example_team, TODAY)
    assert match_inbox_request(example_team, other) is None
    newer = parse_situation("olivia again, now she wants marco to do a margin by channel cut for the ops review, two days, by the 17th", example_team, TODAY)
    assert match_inbox_request(example_team, newer) is None  # her new ask, said with its own title: not her older inbox item


@pytest.mark.parametrize(("text", "kind"), [
    ("ops wants a churn cut by thursday and the whole squad is heads down on the launch", "ad_hoc_analysis"),  # a cut of numbers is an analysis; not an incident either way
    ("can you narrow down the label backlog before the review", "feature"),
    ("the scoring api is down since lunch", "incident"),
    ("checkout went down twice this morning", "incident"),
])
def test_down_means_stopped_not_focused(text, kind):
    assert requests.request_kind(text)[0] == kind


@pytest.mark.parametrize(
    ("text", "purpose"),
    [
        ("Help me tell marketing we won't build the lookalike model this quarter.", "decline_or_negotiate"),
        ("Write to my director asking for one more data engineer.", "ask_for_resources"),
        ("Email the CPO that the ranking launch will likely slip a month.", "forecast_risk"),
        ("Write a weekly update for the product team.", "progress_update"),
        ("Explain to our CFO, no jargon, why I can't give her one date for the churn model", "explain_uncertainty"),
        ("Tell my team Priya moves to the summarizer after fraud v3 ships", "announce_change"),
        ("the cfo asked if churn ships this quarter, what do I tell her", "answer_question"),
    ],
)
def test_message_purpose(text, purpose):
    assert messages.purpose_of(Text.of(text).normal)[0] == purpose


def test_relayed_question_and_decision():
    assert messages.question_asked("cfo asked if churn ships this quarter. what do i tell her")[0] == "whether churn ships this quarter"
    assert messages.decision_in("Tell my team Priya moves to the summarizer after fraud v3 ships")[0].startswith("Priya moves")


def test_day_of_month_with_its_month_is_one_date():
    from agent.understanding.dates import find_dates

    found = find_dates("the launch is on the 15th of January", TODAY)
    assert [d.value for d in found] == [date(2027, 1, 15)]
    assert [d.value for d in find_dates("we need it by the 15th", TODAY)] == [date(2026, 12, 15)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("maybe 70% it hits the WER target", {"success": 0.7}),
        ("I'm 80% sure it lands", {"success": 0.8}),
        ("honestly its 60/40", {"success": 0.6}),
        ("labeling 70% done, baseline beats the heuristic", {}),
        ("pretty sure its about marco not pulling his weight", {}),
        ("what ship date can I give with 80% odds", {"confidence": 80.0}),
        ("can I split Marco 50/50 between churn and recs", {}),
    ],
)
def test_chances_beliefs_progress_and_asked_confidence(text, expected):
    assert {k: v.value for k, v in find_percentages(Text.of(text).normal).items()} == expected


def test_time_in_and_out():
    assert _durations("he's 3 wks in with 2-4 left")[0] == ("done", [3.0, 3.0, 3.0])
    assert _durations("Nadia's been on the NER model 12 weeks")[0] == ("done", [12.0, 12.0, 12.0])
    assert _durations("she's roughly ten working days out on fraud v3")[0][0] == "remaining"


def test_quoted_questions_and_stated_decisions():
    assert messages.question_asked("CFO keeps asking me 'what's the ROI on the fraud team'. help me")[0] == "what's the ROI on the fraud team"
    assert messages.decision_in("Reply to Ben: no live demo for the prospect, offer a walkthrough")[0].startswith("no live demo")
    assert messages.decision_in("how to tell the head of product we're descoping multilingual from Q1")[0].startswith("we're descoping")


def test_a_task_keeps_its_own_chance():
    s = parse_situation("forecast pls: cleaning 1-2 wks, training 2-4 wks (70% it works first time), eval 1 wk", None, TODAY)
    assert [t.get("success_probability") for t in s.get("tasks")] == [None, 0.7, None]
    assert s.get("success_probability") is None


@pytest.mark.parametrize(
    "question, intents",
    [
        ("How do you estimate ML work when nobody knows if the approach will even work?", ["guidance"]),
        ("someone from legal asked whether our fraud model uses zip code as a feature. urgent apparently", ["triage"]),
        ("should I let my team pick their own projects or is that chaos", ["guidance"]),
        ("Explain to our CFO in plain English why the forecast model has a range of 6 to 14 weeks instead of a date", ["stakeholder_message"]),
    ],
)
def test_routing_by_meaning(question, intents):
    assert parse_situation(question, None, TODAY).intents == intents


def test_incident_reported_by_someone():
    s = parse_situation("Raj says fraud alerts are spiking since last night's deploy. drop everything?", None, TODAY)
    assert s.intents == ["triage"] and s.get("request_kind") == "incident" and "spiking" in s.get("request_title")


def test_an_org_described_is_an_archetype_question():
    s = parse_situation("ML at our company is basically an R&D lab. great papers, nothing ships to prod. what are we and how do we fix it", None, TODAY)
    assert s.intents == ["archetype"] and s.get("org")["ml_reports_to"]["answer"] == "rnd_arm"


def test_a_reply_to_someone_who_asked_for_a_move_is_a_reprioritization(example_team):
    q = "my VP wants Lena on pricing from monday. reply to her: Lena finishes the graph milestone in ~3 weeks, or she can give pricing 2 days a week starting now"
    s = parse_situation(q, example_team, TODAY)
    assert s.intents == ["reprioritization", "stakeholder_message"]
    assert s.get("remaining_weeks")[1] == 3.0 and s.get("requester") == "vp" and s.fact("new_work_weeks").source == "assumed"  # 2 days a week is a share


@pytest.mark.parametrize(
    "question, facts",
    [
        ("QBR update for the exec team: fraud v3 on track, summarizer at risk", {"purpose": "progress_update", "audience": "exec"}),
        ("my head of product Sofia keeps asking for just a date on the ranking model. left: features 2 wks, training 3 to 5 wks, eval 1 wk. write to her",
         {"purpose": "explain_uncertainty", "recipient": "Sofia"}),
        ("head of product asked 'will recommendations v2 be ready for the Feb 5 launch?'. retrain 1-2 weeks, A/B setup a week. answer her",
         {"project": "recommendations v2", "purpose": "answer_question"}),
        ("CTO wants Mei on incident review tooling for a month. she's halfway through a six week distillation project. bad idea?", {"project": "distillation project"}),
        ("Oscar's active learning spike is 3 weeks in and looks unlikely to work, maybe 25%. 1:1 thursday, 30 min", {"project": "active learning spike", "done_weeks": 3.0}),
    ],
)
def test_message_and_work_facts(question, facts):
    s = parse_situation(question, None, TODAY)
    assert {k: s.get(k) for k in facts} == facts


@pytest.mark.parametrize(
    "question, facts",
    [
        ("write to our CTO Elif: fraud v3 won't make dec 18. backfill slipped a week", {"recipient": "Elif", "audience": "cto", "purpose": "forecast_risk"}),
        ("draft the ask to our CFO Marcus for one more data engineer. zero jargon", {"recipient": "Marcus", "purpose": "ask_for_resources"}),
        ("our CEO Ruth asked why the summarizer can't just have a fixed launch date. she's not technical. 4 short paragraphs max",
         {"recipient": "Ruth", "audience": "ceo", "purpose": "explain_uncertainty"}),
        ("Jonah (product) wants a full personalisation model by EOQ. no way. draft a reply offering a baseline by EOQ", {"recipient": "Jonah", "purpose": "decline_or_negotiate"}),
        ("victor asked in slack 'why has marco been blocked for 3 days?' what do i say back", {"purpose": "answer_question", "question_asked": "why has marco been blocked for 3 days?"}),
        ("correction: fraud v3 didn't actually kick off till monday nov 30, not the 23rd. does dec 18 still hold", {"start_date": "2026-11-30", "deadline": "2026-12-18"}),
    ],
)
def test_stakeholders_named_with_their_role_purposes_and_past_dates(question, facts):
    s = parse_situation(question, None, TODAY)
    assert {k: s.get(k) for k in facts} == facts


def test_the_person_pulled_or_met_comes_first(example_team):
    s = parse_situation("my VP wants to pull Chioma off the ASR fine-tune onto the call-summary pilot. does fraud v3 still make dec 18 if sam is stuck", example_team, TODAY)
    assert s.get("person") == "Chioma"
    s = parse_situation("1:1 with Bogdan (on loan from the platform team) - 15 mins. he and Aisha keep clashing", example_team, TODAY)
    assert s.get("person") == "Bogdan"


@pytest.mark.parametrize(
    "question, facts",
    [
        ("aisha reckons six more weeks realistically. head of product wants her on the pricing platform for ten working days before xmas",
         {"new_work_weeks": [1.75, 2.0, 2.5]}),
        ("Hana is 2 weeks into a 6 week intent classifier rebuild. sales wants her on a custom POC, roughly three weeks", {"done_weeks": 2.0, "remaining_weeks": [3.5, 4.0, 5.0]}),
        ("lena now says it's a coin flip whether GNNs beat the baseline, not 40%. can it make the feb 26 planning cut", {"success_probability": 0.5}),
        ("1:1 with sam in 10 min, 25 min slot. he's bored", {"meeting_minutes": 25}),
        ("need a date i can commit to for the recsys retrain with 9 in 10 confidence. data pull one week, retrain two to four weeks", {"confidence_level": 90.0}),
    ],
)
def test_more_time_wholes_negated_chances_meeting_slots_and_odds_in_ten(question, facts):
    s = parse_situation(question, None, TODAY)
    assert {k: s.get(k) for k in facts} == facts
    if "six more weeks" in question:
        assert s.get("remaining_weeks")[1] == 6.0


def test_work_alongside_runs_in_parallel_and_a_final_step_waits_for_it(offline_copilot):
    q = "attrition model due jan 15. backend integration (2 to 3 wks) can run alongside the model work (3-6 weeks, likely 4), then 3 days of QA at the end. odds?"
    r = offline_copilot.ask(q)
    tasks = next(c for c in r.tool_calls if c.name == "forecast_completion").arguments["tasks"]
    assert [t.get("depends_on") or [] for t in tasks] == [[], [], ["backend integration", "model"]]


@pytest.mark.parametrize(
    "question, pasted",
    [
        ("clean this up before I send it: 'the eval numbers were wrong and nobody checked them. rerun it.'", "the eval numbers were wrong and nobody checked them. rerun it."),
        ("make this less harsh: Hi Omar, your PR broke the nightly build again. Fix it today.", "Hi Omar, your PR broke the nightly build again. Fix it today."),
        ("Hey Sara, we need two more annotators to hit February. Can you approve by Wednesday? - tighten this up", "Hey Sara, we need two more annotators to hit February. Can you approve by Wednesday?"),
    ],
)
def test_a_pasted_message_to_rework_is_found(question, pasted):
    found = messages.pasted_message(question)
    assert found is not None and found[0] == pasted
    s = parse_situation(question, None, TODAY)
    assert s.intent == "stakeholder_message" and s.get("purpose") == "rewrite" and s.get("draft_text").startswith(pasted[:20])


def test_a_rewrite_of_a_system_is_not_a_pasted_message():
    assert messages.pasted_message("should we rewrite the ranking service in Rust? it is slow") is None


def test_a_quoted_message_is_found_past_an_apostrophe_and_an_offer_after_a_colon():
    q = "can you make this less harsh, it's to Noor on my team: 'the eval you sent was not usable. redo it before friday.'"
    assert messages.pasted_message(q)[0] == "the eval you sent was not usable. redo it before friday."
    found = messages.decision_in("they want Aisha for a month. can't. offer: a 2 hour walkthrough next thursday")
    assert found is not None and "walkthrough" in found[0]


@pytest.mark.parametrize(
    "text, count",
    [("two contract labellers for eight weeks", 2), ("3 more annotators", 3), ("one more data engineer", 1), ("two weeks of work", None)],
)
def test_people_asked_for_by_role(text, count):
    from agent.understanding.quantities import find_headcount

    found = find_headcount(Text.of(text).normal)
    assert (found.value if found else None) == count
