"""Stakeholder messages: every draft lints clean, uses only the facts' numbers and leads with its answer or ask;
each lint rule has a positive and a negative example with the right span. Purpose-specific structure, greetings,
audience-fitting asks and the echo guard are in test_message_purposes.py."""

import itertools
import json
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from tools.errors import ToolInputError
from tools.message import (
    AUDIENCES,
    PURPOSES,
    TONES,
    DraftInput,
    Facts,
    LintInput,
    draft_message,
    lint_message,
    longest_shared_run,
)

REALISTIC = {
    "respond_to_reprioritization": {
        "person": "Priya",
        "project": "Fraud model v3",
        "decision": "Let Priya finish Fraud model v3, then move her to the LLM summarizer",
        "reason": "the summarizer is now the top company priority",
        "forecast": {"unit": "weeks", "p50": 2, "p80": 2.5, "p95": 3},
        "deadline": "2026-12-18",
        "deadline_probability": 0.8,
        "product_impact": "Fraud model v3 catches more card fraud at the same false-positive rate, cutting fraud losses",
        "options": [
            {"name": "Finish first", "tradeoff": "the summarizer starts about two weeks later"},
            {"name": "Switch now", "tradeoff": "fraud model v3 stalls and most of the invested work waits"},
        ],
        "ask": "Agree that Priya starts on the summarizer once Fraud model v3 ships",
    },
    "forecast_risk": {
        "project": "LLM summarizer",
        "reason": "the fine-tuned model may not beat the prompted baseline",
        "forecast": {"unit": "dates", "p50_date": "2027-01-22", "p80_date": "2027-02-12", "p95_date": "2027-03-05"},
        "deadline": "2027-01-29",
        "deadline_probability": 0.55,
        "options": [
            {"name": "Ship the prompted baseline first", "tradeoff": "lower summary quality at launch"},
            {"name": "Add a second engineer", "tradeoff": "slows the churn pipeline"},
            {"name": "Move the date", "tradeoff": "support agents wait longer for summaries"},
        ],
        "product_impact": "Summaries should cut ticket handling time for support agents",
        "ask": "Choose one of the options by Friday's staff meeting",
    },
    "decline_or_negotiate": {
        "project": "prospect demo",
        "decision": "We can't run a live demo this week; I can share a recorded walkthrough",
        "reason": "the only person who knows the prototype is ramping up and the build is not stable",
        "options": [
            {"name": "Recorded walkthrough", "tradeoff": "less interactive"},
            {"name": "Live demo after the next planning cycle", "tradeoff": "later than the prospect asked"},
        ],
        "ask": "Tell me which option works for the prospect",
    },
    "share_decision": {
        "decision": "From Mon 11 Jan 2027 Sam leads the weekly model review",
        "reason": "Sam wrote most of the review checklist and wants the practice",
    },
    "rewrite": {
        "original": "Hi all, the churn model review moves to Thursday. Could you send your eval notes by Wednesday noon?",
    },
    "progress_update": {
        "project": "Fraud model v3",
        "decision": "Fraud model v3 is on track for shadow deployment",
        "reason": "the new merchant features improved recall on the holdout set",
        "product_impact": "that means more fraudulent card transactions stopped before customers notice",
        "forecast": {"unit": "weeks", "p50": 4, "p80": 5, "p95": 7},
    },
    "answer_question": {
        "project": "Churn model",
        "question_asked": "can the churn model ship this quarter?",
        "deadline": "2027-01-22",
        "deadline_probability": 0.62,
        "forecast": {"unit": "dates", "p50_date": "2027-01-15", "p80_date": "2027-01-29"},
        "what_would_change": "a second training run if the first one misses the quality bar",
        "options": [
            {"name": "Ship a rules-based first version", "tradeoff": "lower lift at launch"},
            {"name": "Move the date", "tradeoff": "retention campaigns start later"},
        ],
        "product_impact": "Better churn scores let retention campaigns reach the right customers",
    },
    "explain_uncertainty": {
        "project": "the churn model",
        "forecast": {"unit": "dates", "p50_date": "2027-02-15", "p95_date": "2027-03-19"},
        "reason": "whether the new usage features carry enough signal",
        "next_check": "after the first training run in two weeks",
        "today": "2026-12-04",
    },
    "announce_change": {
        "person": "Priya",
        "project": "Fraud model v3",
        "new_work": "the LLM summarizer",
        "strategy": "finish_first",
        "reason": "the summarizer is now the top company priority",
        "what_stays": "nobody else changes projects, and fraud alerts keep their on-call rota",
        "forecast": {"unit": "weeks", "p50": 2, "p80": 3},
    },
    "ask_for_resources": {
        "project": "Churn retraining pipeline",
        "ask": "Approve one data engineer for three weeks",
        "reason": "the snapshot job fails on the new warehouse schema and blocks retraining",
        "forecast": {"unit": "weeks", "p80": 3},
        "product_impact": "Weekly retraining keeps churn predictions fresh for the retention campaigns",
        "options": [
            {"name": "Borrow a data engineer", "tradeoff": "delays the feature store migration slightly"},
            {"name": "Wait", "tradeoff": "retraining stays manual"},
        ],
    },
}

# What each purpose leads with (first sentence after the greeting): the answer or the ask.
LEADS = {
    "answer_question": "Short answer: likely yes",
    "forecast_risk": "LLM summarizer is at risk: we put the chance of meeting Friday 29 January 2027 at 55%.",
    "decline_or_negotiate": "We can't run a live demo this week; I can share a recorded walkthrough.",
    "ask_for_resources": "What I need from you: Approve one data engineer for three weeks.",
    "explain_uncertainty": "I can't give one date for the churn model yet, but I can give a range: most likely mid-February 2027",
    "announce_change": "A change to our plans: Priya finishes Fraud model v3 first, then moves to the LLM summarizer.",
    "respond_to_reprioritization": "My recommendation: Let Priya finish Fraud model v3",
    "progress_update": "Headline: Fraud model v3 is on track",
    "share_decision": "From Monday 11 January 2027 Sam leads the weekly model review.",
    "rewrite": "The churn model review moves to Thursday.",
}

NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


def _allowed_numbers(facts: dict) -> set[float]:
    text = json.dumps(facts)
    allowed = {float(n) for n in NUMBER_RE.findall(text)}
    allowed |= {50.0, 80.0, 95.0, 8.0, 10.0, 19.0, 20.0}  # percentile names of the forecast facts, also said as '8 in 10', '19 in 20'
    if facts.get("deadline_probability") is not None:
        allowed.add(float(round(facts["deadline_probability"] * 100)))
        allowed.add(float(round(facts["deadline_probability"] * 10)))  # the same chance said as 'about 6 in 10'
    return allowed


@pytest.mark.parametrize("purpose, audience, tone", list(itertools.product(PURPOSES, AUDIENCES, TONES)))
def test_every_draft_lints_clean_and_uses_only_given_numbers(purpose, audience, tone):
    facts = REALISTIC[purpose]
    msg = draft_message(
        DraftInput(audience=audience, purpose=purpose, tone=tone, facts=facts, recipient="Victor", sender="Dana")
    )
    assert msg.lint.clean, [f.model_dump() for f in msg.lint.findings]
    assert msg.lint == lint_message(LintInput(text=msg.body, audience=audience))
    used = {float(n) for n in NUMBER_RE.findall(msg.body)}
    assert used <= _allowed_numbers(facts), used - _allowed_numbers(facts)
    assert (msg.subject or purpose == "rewrite") and msg.word_count <= (250 if audience == "executive" else 400)
    greeting, lead = msg.body.split("\n\n")[:2]
    assert greeting.startswith(("Hi Victor,", "Dear Victor,"))
    # An approval ask is never put to the own team, so a resource request to them leads with the request itself.
    expected = "I'd like to ask for support" if (purpose, audience) == ("ask_for_resources", "own_team") else LEADS[purpose]
    assert lead.startswith(expected), lead


@pytest.mark.parametrize("purpose, audience, tone", list(itertools.product(PURPOSES, AUDIENCES, TONES)))
def test_minimal_facts_still_lint_clean_with_no_numbers(purpose, audience, tone):
    msg = draft_message(DraftInput(audience=audience, purpose=purpose, tone=tone))
    assert msg.lint.clean, [f.model_dump() for f in msg.lint.findings]
    assert not NUMBER_RE.search(msg.body)


def test_forecast_is_a_range_with_confidence():
    msg = draft_message(
        DraftInput(
            audience="executive", purpose="respond_to_reprioritization", facts=REALISTIC["respond_to_reprioritization"]
        )
    )
    assert "between 2 and 3 weeks" in msg.body and "80% likely within 2.5 weeks" in msg.body
    # In a reprioritization the deadline is the new work's, so the draft says whose deadline it is.
    assert "the chance the new work meets Friday 18 December 2026 is 80%" in msg.body
    dated = draft_message(DraftInput(audience="product", purpose="forecast_risk", facts=REALISTIC["forecast_risk"]))
    assert "about even odds by Friday 22 January 2027, an 8 in 10 chance by Friday 12 February 2027" in dated.body
    assert "- Move the date: support agents wait longer for summaries." in dated.body


def test_metric_without_impact_gets_a_placeholder_not_hype():
    facts = {"decision": "Recall improved on the holdout set", "project": "Fraud model v3"}
    msg = draft_message(DraftInput(audience="executive", purpose="progress_update", facts=facts))
    assert "[add the product impact before sending]" in msg.body
    assert msg.lint.clean and msg.notes


def test_long_facts_are_shortened_to_the_executive_limit():
    words = " ".join(["word"] * 45)
    facts = {
        "decision": words,
        "ask": words,
        "reason": words,
        "product_impact": "users " + words,
        "options": [{"name": f"Option {c}", "tradeoff": words} for c in "ABCD"],
    }
    msg = draft_message(DraftInput(audience="executive", purpose="ask_for_resources", facts=facts))
    assert msg.word_count <= 250 and msg.lint.clean
    assert any("Shortened" in n for n in msg.notes)


def test_forecast_validation_names_the_rule():
    with pytest.raises(ValidationError, match="p50 <= p80 <= p95"):
        Facts.model_validate({"forecast": {"p50": 5, "p80": 3}})
    with pytest.raises(ValidationError, match="at least one percentile"):
        Facts.model_validate({"forecast": {"unit": "dates", "p50": 3}})
    with pytest.raises(ValidationError, match="audience"):
        DraftInput.model_validate({"audience": "board", "purpose": "progress_update"})


def _rules(text, audience=None):
    return [f.rule for f in lint_message(LintInput(text=text, audience=audience)).findings]


ASK = " Could you confirm?"


@pytest.mark.parametrize(
    "rule, positive, negative",
    [
        ("single-date-promise", "We will ship on Dec 12." + ASK, "We are 80% likely to ship by Dec 12." + ASK),
        (
            "single-date-promise",
            "It will be done by Friday." + ASK,
            "Our forecast: done between Friday and Wednesday." + ASK,
        ),
        (
            "metric-hype",
            "F1 jumped to 0.91 this week!" + ASK,
            "F1 jumped to 0.91, so customers see fewer false alarms." + ASK,
        ),
        ("metric-hype", "Our AUC is the best ever." + ASK, "Our model is better." + ASK),
        ("certainty", "We guarantee the launch." + ASK, "We are fairly confident about the launch." + ASK),
        ("certainty", "There is no risk here, 100% sure." + ASK, "The main risk is data drift." + ASK),
        ("certainty", "It works 100% of the time." + ASK, "The team is at 100% of capacity." + ASK),
        ("missing-ask", "The model is training.", "The model is training. Next step: review on Monday."),
        ("missing-ask", "The vendor contract is not signed yet.", "The vendor contract is not signed yet, so we'd need your sign-off by the 9th."),
        (
            "blame",
            "This slipped because of Marco's pipeline bug." + ASK,
            "This slipped because the pipeline broke." + ASK,
        ),
        ("blame", "It was Tom's fault." + ASK, "We didn't finish the tests." + ASK),
    ],
)
def test_lint_rule_positive_and_negative(rule, positive, negative):
    assert rule in _rules(positive)
    assert rule not in _rules(negative)


def test_lint_spans_point_at_the_problem():
    text = "Hi all,\nWe will ship on Dec 12, guaranteed. Please confirm."
    report = lint_message(LintInput(text=text))
    spans = {f.rule: f.span for f in report.findings}
    assert text[spans["single-date-promise"].start : spans["single-date-promise"].end] == "ship on Dec 12"
    assert spans["certainty"].text == "guaranteed" and text.index("guaranteed") == spans["certainty"].start
    assert not report.clean and all(f.fix and f.message for f in report.findings)
    assert {f.severity for f in report.findings} == {"warning", "error"}


def test_length_limit_depends_on_audience():
    text = " ".join(["word"] * 300) + ASK
    assert "too-long" in _rules(text, "executive")
    assert "too-long" not in _rules(text, "product")
    assert "too-long" in _rules(" ".join(["word"] * 401) + ASK)
    report = lint_message(LintInput(text=text, audience="executive"))
    assert report.word_limit == 250 and report.word_count == 303


def test_clean_message_is_clean():
    report = lint_message(
        LintInput(text="Decision needed: approve one engineer. It cuts fraud losses. Could you confirm?")
    )
    assert report.clean and report.findings == []


def test_empty_text_is_rejected():
    with pytest.raises(ValidationError, match="text"):
        LintInput(text="")


@settings(max_examples=50, deadline=None)
@given(
    text=st.text(min_size=0, max_size=400),
    audience=st.sampled_from([None, "executive", "product", "peer_team", "own_team", "cat"]),
)
def test_fuzz_lint_input(text, audience):
    try:
        inp = LintInput.model_validate({"text": text, "audience": audience})
    except (ValidationError, ToolInputError):
        return
    report = lint_message(inp)
    assert report.clean == (not report.findings)
    for f in report.findings:
        assert 0 <= f.span.start <= f.span.end <= len(inp.text)
        assert inp.text[f.span.start : f.span.end] == f.span.text


_fact_text = st.one_of(
    st.just(""), st.text(max_size=60), st.sampled_from(["F1 is up", "ship on Friday", "Marco's fault", "users love it"])
)


@settings(max_examples=50, deadline=None)
@given(
    audience=st.sampled_from(list(AUDIENCES) + ["x"]),
    purpose=st.sampled_from(PURPOSES),
    tone=st.sampled_from(TONES),
    decision=_fact_text,
    ask=_fact_text,
    impact=_fact_text,
    p=st.lists(st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True)), min_size=3, max_size=3),
    prob=st.one_of(st.none(), st.floats(allow_nan=True)),
    options=st.lists(
        st.fixed_dictionaries({"name": st.text(max_size=20), "tradeoff": st.text(max_size=40)}), max_size=5
    ),
    with_forecast=st.booleans(),
    extra=st.fixed_dictionaries(
        {},
        optional={
            "strategy": st.sampled_from(["switch_now", "finish_first", "split_capacity", "defer_new", "", "x"]),
            "answer": st.sampled_from(["yes", "likely", "unlikely", "no", "", "maybe"]),
            "question_asked": _fact_text,
            "range_weeks": st.lists(st.one_of(st.floats(allow_nan=True), st.integers(-5, 600)), max_size=3),
            "headcount": st.integers(-2, 200),
            "load_percent": st.floats(allow_nan=True),
            "today": st.dates(),
            "later_date": st.dates(),
        },
    ),
    source=st.one_of(st.just(""), st.text(max_size=200), st.sampled_from(["F1 is up ship on Friday Marco's fault users love it"])),
)
def test_fuzz_draft_input(audience, purpose, tone, decision, ask, impact, p, prob, options, with_forecast, extra, source):
    data = {
        "audience": audience,
        "purpose": purpose,
        "tone": tone,
        "source_text": source,
        "recipient_role": "CFO",
        "facts": extra | {
            "decision": decision,
            "ask": ask,
            "product_impact": impact,
            "deadline_probability": prob,
            "options": options,
            "forecast": {"p50": p[0], "p80": p[1], "p95": p[2]} if with_forecast else None,
        },
    }
    try:
        inp = DraftInput.model_validate(data)
    except (ValidationError, ToolInputError):
        return
    msg = draft_message(inp)
    assert msg.body and (msg.subject or purpose == "rewrite")  # a rewrite keeps the format of a message that had no subject
    assert "nan" not in msg.body.lower().split() and "inf" not in msg.body.lower().split()
    assert msg.word_count <= (250 if inp.audience == "executive" else 400)
    assert math.isfinite(msg.lint.word_count)
    assert longest_shared_run(source, msg.body) <= 8


def test_an_ask_phrased_as_a_question_is_not_followed_by_a_second_one():
    from tools.message import DraftInput, draft_message

    draft = draft_message(DraftInput.model_validate({
        "audience": "executive", "purpose": "respond_to_reprioritization", "tone": "direct",
        "facts": {"decision": "we finish the fraud model first", "ask": "Can you confirm this plan?"},
    }))
    assert draft.body.count("?") == 1 and "Can you confirm this plan?" in draft.body
    assert draft.lint.clean


def test_a_declined_date_is_not_a_single_date_promise():
    rules = {f.rule for f in lint_message(LintInput(text="We cannot do the live summarizer demo on Wednesday. Would a recorded walkthrough work?")).findings}
    assert "single-date-promise" not in rules
    rules = {f.rule for f in lint_message(LintInput(text="The live demo will be ready on Wednesday. Does that work?")).findings}
    assert "single-date-promise" in rules


def test_a_date_proposed_for_the_readers_approval_is_not_a_single_date_promise():
    proposed = "We'd like to launch the fraud scorer on Feb 2 for card payments first. Can I have your sign-off by Tuesday?"
    assert "single-date-promise" not in {f.rule for f in lint_message(LintInput(text=proposed)).findings}
    promised = "We'd like to launch the fraud scorer on Feb 2 for card payments first. Thanks for your patience."
    assert "single-date-promise" in {f.rule for f in lint_message(LintInput(text=promised)).findings}


def test_a_new_date_in_place_of_the_old_one_is_news_of_a_slip_not_a_promise():
    for moved in ("The new launch is March 3 instead of February 10.", "Go-live moves from Jan 5 to Jan 19 after the extra soak."):
        assert "single-date-promise" not in {f.rule for f in lint_message(LintInput(text=moved)).findings}, moved


def test_a_date_asked_for_is_not_a_single_date_promise():
    for asked in ("I need the label audit done by Thu 10 Dec.", "Please have the export ready by Jan 8.", "Could you get the fix shipped by Friday 11 Dec?"):
        assert "single-date-promise" not in {f.rule for f in lint_message(LintInput(text=asked)).findings}, asked
    assert "single-date-promise" in {f.rule for f in lint_message(LintInput(text="The label audit will be done by Thu 10 Dec.")).findings}


def test_a_why_question_is_answered_with_the_reason_never_with_odds():
    points = [{"kind": "point", "text": "since the new card readers went in, the match rate is 81%"}, {"kind": "point", "text": "the readers send a different format, so the model sees inputs it never learned from"}]
    facts = {"question_asked": "why the fraud model 'got worse'", "deadline_probability": 0.9, "points": points, "today": "2026-12-04"}
    msg = draft_message(DraftInput(audience="executive", purpose="explain_uncertainty", recipient="Ines", facts=facts))
    first = msg.body.split("\n\n")[1]
    assert "honest answer" not in first.lower() and "likely" not in first.lower()
    assert first.startswith("Since the new card readers went in")


def test_the_readers_question_restated_is_not_the_answer():
    points = [{"kind": "point", "text": "you asked why the route model can't hit zero late deliveries"}, {"kind": "point", "text": "zero lates would mean idle vans most days"}]
    facts = {"question_asked": "why the route model can't hit zero late deliveries", "points": points, "today": "2026-12-04"}
    msg = draft_message(DraftInput(audience="executive", purpose="explain_uncertainty", recipient="Ines", facts=facts))
    assert "you asked" not in msg.body.lower() and "zero lates would mean idle vans most days" in msg.body.lower()


def test_a_slip_subject_takes_the_date_after_the_last_for():
    from tools.message import DraftInput, draft_message

    inp = DraftInput.model_validate({
        "audience": "executive", "purpose": "forecast_risk", "recipient": "Bronwen",
        "facts": {"project": "leak detection alerts", "today": "2026-12-04",
                  "points": [{"kind": "point", "text": "the leak detection alerts for your sites were promised for jan 8, now feb 19"}]},
        "source_text": "email to bronwen",
    })
    out = draft_message(inp)
    assert "(was " in out.subject and "your sites" not in out.subject


def test_a_labelled_ask_is_an_ask_and_a_share_of_traffic_is_no_certainty():
    text = ("Hi Mo,\n\nOne ask: your OK to route 100% of the EU checkout traffic through the new model from Monday.\n\n"
            "Where things stand:\n- offline eval done\n- shadow run clean for a week")
    rules = [f.rule for f in lint_message(LintInput(text=text)).findings]
    assert "missing-ask" not in rules and "certainty" not in rules
    assert "certainty" in [f.rule for f in lint_message(LintInput(text="We are 100% sure it ships Friday. Thanks.")).findings]


def test_an_explanation_for_a_reader_who_thinks_it_is_broken_answers_that_first_in_the_managers_numbers():
    from tools.message import _belief_denied, _flag_rate

    denied = _belief_denied(["you think it's broken", "most of the other 40 were caught by the second check"])
    assert denied is not None and denied[0] == "It isn't broken." and denied[1] == ["most of the other 40 were caught by the second check"]
    assert _belief_denied(["the model flagged 50 sites"]) is None
    line = _flag_rate("why the leak model said 'urgent' for 120 pipes and only 30 of them actually burst")
    assert line == "An 'urgent' flag means more likely than most, not certain: of the 120 pipes it flagged, 30 burst."
    assert _flag_rate("why did it flag 120 pipes") == ""


def test_a_message_with_nothing_of_the_managers_own_to_lead_with_still_drafts():
    from tools.message import Facts, _first_point_leads

    class _Inp:
        purpose = "progress_update"

    d = _first_point_leads(_Inp(), Facts(project="pricing model"), [], [], [], [])
    assert d.lead == "A short update on the pricing model."


def test_how_often_a_model_is_right_is_a_rate_not_the_odds_of_an_event():
    from tools.message import _chance_in_points, _rate_in_points

    points = ["it's right about 4 in 5 times on which orders are fraud, but the amounts are rough"]
    assert _chance_in_points(points) is None and _rate_in_points(points) == 0.8
    assert _chance_in_points(["maybe 60% we make the march date"]) == 0.6 and _rate_in_points(["maybe 60% we make the march date"]) is None


@pytest.mark.parametrize("ruled_out", ["No blame on anyone: the weekly cadence was my call.", "This is a no-blame look back.", "I want a fix out of it, not a blame game.", "Nobody is to blame for the outage."])
def test_blame_ruled_out_is_not_blame_language(ruled_out):
    assert "blame" not in _rules(ruled_out + ASK)
    assert "blame" in _rules("We blame the vendor for the outage." + ASK)

