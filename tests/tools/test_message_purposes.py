"""Message purposes as a manager would judge them: each leads with its answer or ask, greets by name only when
a name is known, asks only what fits the audience, follows the recommended strategy, speaks plainly to
non-technical readers, never promises a past date and never repeats 9+ words of the manager's question; the
new lint rules (echo, jargon, past-date, approval-ask) each have a positive and a negative example."""

import re
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tools.message import (
    AUDIENCES,
    PURPOSES,
    TONES,
    DraftInput,
    Facts,
    LintInput,
    audience_for,
    draft_message,
    lint_message,
    longest_shared_run,
    polish,
    restate,
)

TODAY = date(2026, 12, 4)
JARGON = re.compile(r"p50|p80|p95|percentile|monte carlo|distribution|variance|confidence interval|std", re.I)
APPROVAL = re.compile(r"confirm|approv|sign[- ]?off|sign off", re.I)


def _draft(purpose, audience="executive", facts=None, **kw):
    return draft_message(DraftInput.model_validate({"audience": audience, "purpose": purpose, "facts": facts or {}, **kw}))


def _lead(msg):
    """The first paragraph after the greeting (or the first one when there is no greeting)."""
    paras = msg.body.split("\n\n")
    return paras[1] if paras[0].startswith(("Hi ", "Dear ", "Hello")) else paras[0]


# Greetings -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("purpose", PURPOSES)
@pytest.mark.parametrize("tone, expected", [("direct", "Hi Victor,"), ("warm", "Hi Victor, hope"), ("formal", "Dear Victor,")])
def test_named_recipient_is_greeted_by_name(purpose, tone, expected):
    assert _draft(purpose, tone=tone, recipient="Victor", audience="product").body.startswith(expected)


@pytest.mark.parametrize("tone, expected", [("direct", "Hi Tamsin,"), ("warm", "Hi Tamsin, hope"), ("formal", "Dear Tamsin Okafor,")])
def test_a_reader_named_in_full_is_greeted_by_first_name_and_in_full_only_formally(tone, expected):
    assert _draft("answer_question", tone=tone, recipient="Tamsin Okafor", audience="product").body.startswith(expected)


@pytest.mark.parametrize("tone", ["direct", "warm", "formal"])
@pytest.mark.parametrize("name", ["Lady Haverstock", "Councillor Brandreth", "Sir Ian"])
def test_a_reader_with_a_title_of_rank_or_office_is_written_to_as_dear_in_full(tone, name):
    assert _draft("answer_question", tone=tone, recipient=name, audience="product").body.startswith(f"Dear {name},")


@pytest.mark.parametrize("purpose", PURPOSES)
def test_an_executive_gets_no_pleasantries_even_in_a_warm_note(purpose):
    body = _draft(purpose, tone="warm", recipient="Victor", audience="executive").body
    assert body.startswith("Hi Victor,") and "hope you are well" not in body


@pytest.mark.parametrize("purpose", [p for p in PURPOSES if p != "rewrite"])  # a rewrite keeps the greeting the manager wrote
@pytest.mark.parametrize("tone", TONES)
def test_own_team_is_greeted_as_team_and_unknown_readers_get_a_neutral_hello(purpose, tone):
    team = _draft(purpose, audience="own_team", tone=tone)
    assert team.body.startswith(("Hi team,", "Dear team,"))
    for audience in ("executive", "product", "peer_team"):
        msg = _draft(purpose, audience=audience, tone=tone, recipient_role="CFO")
        first = msg.body.split("\n")[0]
        assert first.startswith("Hello,") and not re.match(r"(?:Hi|Dear)\s*,", first), first
        assert "CFO," not in first and any("greeting" in n for n in msg.notes)


def test_sign_off_comes_from_the_sender():
    msg = _draft("progress_update", tone="formal", sender="Dana", recipient="Victor")
    assert msg.body.endswith("Kind regards,\nDana")
    assert _draft("progress_update", sender="Dana").body.endswith("\n\nDana")


# answer_question -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "probability, answer, lead",
    [
        (0.85, "yes", "Short answer: yes"),
        (0.8, "yes", "Short answer: yes"),
        (0.62, "likely", "Short answer: likely yes"),
        (0.5, "likely", "Short answer: roughly a coin flip"),  # the words match the number: a coin flip is no "likely"
        (0.3, "unlikely", "Short answer: probably not"),
        (0.2, "unlikely", "Short answer: probably not"),
        (0.1, "no", "Short answer: no"),
    ],
)
def test_answer_is_derived_from_the_probability_and_leads(probability, answer, lead):
    facts = {"question_asked": "can we ship by early January?", "deadline": "2027-01-08", "deadline_probability": probability}
    msg = _draft("answer_question", facts=facts, recipient="Maria")
    assert msg.answer == answer
    assert _lead(msg).startswith(lead)
    assert f"{round(probability * 100)}%" in msg.body and "can we ship by early January" in msg.body
    assert msg.lint.clean, msg.lint.findings


def test_a_likely_yes_never_asks_to_hold_or_move_the_date():
    boilerplate = "Can we agree this week on whether to hold the date with a smaller scope or move it?"
    facts = {"deadline": "2027-01-08", "deadline_probability": 0.85, "ask": boilerplate}
    msg = _draft("answer_question", facts=facts, recipient="Maria")
    assert "hold the date" not in msg.body and "move it" not in msg.body
    assert "?" not in msg.body.split("\n\n")[-1], "an answered question needs no decision ask"
    assert msg.lint.clean and any("hold-or-move" in n for n in msg.notes)


def test_an_explicit_answer_wins_and_a_no_asks_for_one_decision():
    msg = _draft(
        "answer_question",
        facts={"answer": "no", "deadline_probability": 0.9, "what_would_change": "dropping the second market from scope"},
    )
    assert msg.answer == "no" and _lead(msg).startswith("Short answer: no")
    assert "What would change that: dropping the second market from scope." in msg.body
    assert msg.body.count("?") == 1 and msg.body.rstrip().endswith("?")


# explain_uncertainty -------------------------------------------------------------------------------------


CFO_FACTS = {
    "project": "the churn model",
    "forecast": {"unit": "dates", "p50_date": "2027-02-15", "p80_date": "2027-03-01", "p95_date": "2027-03-19"},
    "next_check": "after the first training run in two weeks",
    "today": TODAY.isoformat(),
}


def test_uncertainty_is_explained_plainly_with_a_range_and_when_it_narrows():
    msg = _draft("explain_uncertainty", facts=CFO_FACTS, recipient="Maria", recipient_role="CFO")
    assert not JARGON.search(msg.body), JARGON.search(msg.body)
    assert "%" not in msg.body
    assert "most likely mid-February 2027, possibly as late as mid-March 2027" in _lead(msg)
    assert "narrow after the first training run in two weeks" in msg.body
    assert "experiment" in msg.body  # why ML work is uncertain
    assert "can't take" not in msg.body.lower() and "as asked" not in msg.body  # not a decline
    assert msg.lint.clean


def test_plain_wording_for_weeks_and_plain_ranges():
    weeks = _draft("explain_uncertainty", facts={"forecast": {"unit": "weeks", "p50": 6, "p95": 10}})
    assert "most likely about 6 weeks from now, possibly as long as 10 weeks" in weeks.body
    plain = _draft("explain_uncertainty", facts={"range_weeks": [6, 10]})
    assert "somewhere between 6 and 10 weeks from now" in plain.body
    assert not JARGON.search(weeks.body + plain.body)


def test_jargon_in_a_fact_is_left_out_for_a_non_technical_reader():
    facts = {**CFO_FACTS, "reason": "the P80 from the Monte Carlo run is wide"}
    msg = _draft("explain_uncertainty", facts=facts, recipient_role="CFO")
    assert not JARGON.search(msg.body) and msg.lint.clean
    assert any("jargon" in n for n in msg.notes)


def test_a_cfo_gets_plain_ranges_in_any_purpose():
    facts = {"forecast": CFO_FACTS["forecast"], "deadline": "2027-02-26", "deadline_probability": 0.55, "today": TODAY.isoformat()}
    msg = _draft("forecast_risk", facts=facts, recipient_role="CFO")
    assert not JARGON.search(msg.body) and "most likely mid-February" in msg.body and msg.lint.clean
    vp = _draft("forecast_risk", facts=facts, recipient_role="VP Engineering")
    assert "an 8 in 10 chance by" in vp.body  # percentiles said as chances a reader repeats, dates exact


# announce_change -----------------------------------------------------------------------------------------


ANNOUNCE = {
    "person": "Priya",
    "project": "fraud v3",
    "new_work": "the summarizer",
    "strategy": "finish_first",
    "reason": "the summarizer is now the company's top priority",
    "ask": "Can you confirm this plan?",
    "decision": "Please approve the move",
}


@pytest.mark.parametrize("tone", TONES)
def test_announcement_to_the_team_asks_for_no_approval(tone):
    msg = _draft("announce_change", audience="own_team", facts=ANNOUNCE, sender="Dana", tone=tone)
    assert not APPROVAL.search(msg.body), APPROVAL.search(msg.body)
    assert _lead(msg) == "A change to our plans: Priya finishes fraud v3 first, then moves to the summarizer."
    assert "Why: the summarizer is now the company's top priority." in msg.body
    assert "What stays the same: fraud v3 keeps its focus" in msg.body
    assert "Talk to Dana" in msg.body
    assert msg.lint.clean and lint_message(LintInput(text=msg.body, audience="own_team")).clean


def test_announcement_uses_what_changes_and_contact_when_given():
    facts = {"what_changes": "Ravi joins the search squad from Monday", "what_stays": "search relevance keeps its two engineers", "contact": "Lena"}
    msg = _draft("announce_change", audience="own_team", facts=facts)
    assert _lead(msg) == "A change to our plans: Ravi joins the search squad from Monday."
    assert "What stays the same: search relevance keeps its two engineers." in msg.body and "Talk to Lena" in msg.body


@pytest.mark.parametrize("purpose", PURPOSES)
def test_no_purpose_asks_the_own_team_for_approval(purpose):
    msg = _draft(purpose, audience="own_team", facts={**ANNOUNCE, "deadline_probability": 0.6})
    assert not APPROVAL.search(msg.body) and msg.lint.clean, msg.body


# respond_to_reprioritization -----------------------------------------------------------------------------


REPRIO = {
    "person": "Priya",
    "project": "Fraud v3",
    "new_work": "the summarizer",
    "deadline": "2027-01-15",
    "deadline_probability": 0.9,
    "current_finish_probability": 0.62,
    "today": TODAY.isoformat(),
}


@pytest.mark.parametrize(
    "strategy, says, never",
    [
        ("switch_now", "Priya switches to the summarizer now", ["closing it out first", "Finishing first", "finishes Fraud v3 first"]),
        ("finish_first", "Priya finishes Fraud v3 first, then moves to the summarizer", ["switches to the summarizer now", "Switching now"]),
        ("split_capacity", "splits time between Fraud v3 and the summarizer", ["closing it out first", "Switching now"]),
        ("defer_new", "stays on Fraud v3 for now", ["closing it out first", "Switching now"]),
    ],
)
def test_reprioritization_body_follows_the_strategy(strategy, says, never):
    msg = _draft("respond_to_reprioritization", facts={**REPRIO, "strategy": strategy}, recipient="Victor")
    assert _lead(msg).startswith("My recommendation: ") and says in _lead(msg)
    for phrase in never:
        assert phrase not in msg.body, phrase
    assert "90%" in msg.body and "62%" in msg.body
    assert msg.lint.clean


def test_finish_first_explains_what_finishing_protects():
    msg = _draft("respond_to_reprioritization", facts={**REPRIO, "strategy": "finish_first"})
    assert "protects the work already invested in Fraud v3" in msg.body


def test_without_a_strategy_the_draft_argues_for_neither():
    msg = _draft("respond_to_reprioritization", facts={k: v for k, v in REPRIO.items() if k != "strategy"})
    assert "closing it out first" not in msg.body and "Finishing first" not in msg.body


# ask_for_resources ---------------------------------------------------------------------------------------


def test_headcount_request_in_the_managers_numbers():
    q = "Can you help me ask my VP for two more ML engineers? We're at about 120% of capacity and the fraud backlog is nine weeks."
    facts = {"headcount": 2, "resource": "ML engineers", "load_percent": 120, "backlog_weeks": 9, "project": "fraud", "decide_by": "2026-12-18", "today": TODAY.isoformat()}
    msg = _draft("ask_for_resources", facts=facts, recipient="Victor", recipient_role="VP Engineering", source_text=q)
    assert _lead(msg) == "I'm asking for two more ML engineers for fraud."
    assert "120% of capacity" in msg.body and "9 weeks" in msg.body and "Without them" in msg.body
    assert msg.body.rstrip().endswith("by Friday 18 December?")
    assert longest_shared_run(q, msg.body) <= 8 and msg.lint.clean


def test_cost_of_not_is_used_when_given():
    facts = {"headcount": 1, "resource": "data engineer", "cost_of_not": "the Q1 pricing model slips a quarter"}
    msg = _draft("ask_for_resources", facts=facts)
    assert "Without them: the Q1 pricing model slips a quarter." in msg.body


# decline_or_negotiate ------------------------------------------------------------------------------------


def test_decline_gives_the_reason_an_offer_a_later_slot_and_a_question():
    facts = {
        "new_work": "the live demo",
        "reason": "the build is not stable yet",
        "offer": "a recorded walkthrough this week",
        "later_date": "2027-01-11",
        "today": TODAY.isoformat(),
    }
    msg = _draft("decline_or_negotiate", audience="product", facts=facts, recipient="Sam")
    assert _lead(msg) == "We can't take on the live demo as asked."
    assert "The reason: the build is not stable yet." in msg.body
    assert "What I can offer instead: a recorded walkthrough this week." in msg.body
    assert "11 January" in msg.body and msg.body.rstrip().endswith("?")
    assert msg.lint.clean


def test_a_later_slot_already_past_is_not_offered():
    msg = _draft("decline_or_negotiate", facts={"later_date": "2026-11-30", "today": TODAY.isoformat()})
    assert "30 Nov" not in msg.body and any("already past" in n for n in msg.notes)


# progress_update and past dates ---------------------------------------------------------------------------


def test_progress_update_has_no_boilerplate_decision_ask():
    facts = {
        "project": "Fraud v3",
        "decision": "shadow deployment started",
        "ask": "Can we agree this week on whether to hold the date with a smaller scope or move it?",
        "deadline_probability": 0.55,
        "next_check": "when the shadow results are in next Friday",
        "product_impact": "fewer fraudulent card payments reach customers",
    }
    msg = _draft("progress_update", facts=facts, recipient="Victor")
    assert _lead(msg) == "Headline: shadow deployment started."
    assert "hold the date" not in msg.body and "confirm" not in msg.body.lower()
    assert msg.body.rstrip().endswith("Next step: I'll update you when the shadow results are in next Friday.")


def test_a_past_deadline_is_flagged_as_passed_never_promised():
    facts = {
        "project": "Fraud v3",
        "deadline": "2026-11-27",
        "deadline_probability": 0.7,
        "forecast": {"unit": "dates", "p50_date": "2026-11-30", "p80_date": "2026-12-18"},
        "today": TODAY.isoformat(),
    }
    for purpose in PURPOSES:
        msg = _draft(purpose, facts=facts, recipient="Victor")
        assert "70%" not in msg.body and "30 Nov" not in msg.body, (purpose, msg.body)
        if "27 Nov" in msg.body:
            assert "has already passed" in msg.body
        assert msg.lint.clean, (purpose, msg.lint.findings)


# Echo guard ----------------------------------------------------------------------------------------------


def test_longest_shared_run_counts_words_ignoring_case_and_punctuation():
    assert longest_shared_run("Priya is moving to the summarizer.", "PRIYA, is moving -- to the summarizer!") == 6
    assert longest_shared_run("don't stop", "dont stop now") == 2
    assert longest_shared_run("", "anything") == 0
    assert longest_shared_run("a b c d", "x a b y c d") == 2


def test_the_managers_sentence_is_not_pasted_back():
    q = "My recommendation: priya is moving to the summarizer after fraud v3 ships, and why"
    facts = {"decision": "priya is moving to the summarizer after fraud v3 ships, and why", "person": "Priya", "project": "fraud v3"}
    for purpose in PURPOSES:
        msg = _draft(purpose, facts=facts, source_text=q, recipient="Victor")
        assert longest_shared_run(q, msg.body) <= 8, (purpose, msg.body)
        assert msg.lint.clean, (purpose, msg.lint.findings)
    kept = _draft("respond_to_reprioritization", facts=facts, source_text=q)
    assert "summarizer" in kept.body and longest_shared_run(q, kept.body) <= 8  # reworded, not dropped


_phrases = st.sampled_from(
    [
        "the summarizer is now the top company priority",
        "Priya finishes fraud v3 first, then moves to the summarizer",
        "we are at about 120% of capacity and the backlog is nine weeks",
        "can we ship the churn model by early January",
        "after the first training run in two weeks",
        "the build is not stable yet and the demo would break",
        "Short answer: yes, we expect to make it",
        "Questions or worries? Talk to Dana, any time this week.",
    ]
)


@settings(max_examples=60, deadline=None)
@given(
    purpose=st.sampled_from(PURPOSES),
    audience=st.sampled_from(AUDIENCES),
    picks=st.lists(_phrases, min_size=1, max_size=4),
    slots=st.lists(st.sampled_from(["decision", "reason", "ask", "what_changes", "next_check", "question_asked", "offer"]), min_size=1, max_size=4),
)
def test_no_draft_repeats_nine_words_of_the_source(purpose, audience, picks, slots):
    source = " ".join(picks)
    facts = dict(zip(slots, picks)) | {"person": "Priya", "project": "fraud v3", "new_work": "the summarizer"}
    msg = _draft(purpose, audience=audience, facts=facts, source_text=source, sender="Dana")
    assert longest_shared_run(source, msg.body) <= 8, msg.body


# Drafts from valid facts lint clean --------------------------------------------------------------------------


_text = st.sampled_from(
    ["", "the churn model", "a two-week pilot", "support agents answer tickets faster", "the data pipeline changed",
     "we cut scope to the top three markets", "Ravi moves to search from Monday"]
)
_future = st.dates(min_value=TODAY, max_value=TODAY + timedelta(days=300))
_any_day = st.dates(min_value=TODAY - timedelta(days=60), max_value=TODAY + timedelta(days=300))


@st.composite
def _valid_facts(draw):
    dates = sorted(draw(st.lists(_any_day, min_size=0, max_size=3)))
    forecast = None
    if dates:
        forecast = {"unit": "dates", **dict(zip(("p50_date", "p80_date", "p95_date"), [d.isoformat() for d in dates]))}
    elif draw(st.booleans()):
        weeks = sorted(draw(st.lists(st.integers(1, 30), min_size=1, max_size=3)))
        forecast = {"unit": "weeks", **dict(zip(("p50", "p80", "p95"), weeks))}
    low = draw(st.integers(1, 20))
    return {
        "forecast": forecast,
        "deadline": draw(st.one_of(st.none(), _any_day)),
        "deadline_probability": draw(st.one_of(st.none(), st.floats(0, 1))),
        "answer": draw(st.sampled_from(["", "yes", "likely", "unlikely", "no"])),
        "strategy": draw(st.sampled_from(["", "switch_now", "finish_first", "split_capacity", "defer_new"])),
        "current_finish_probability": draw(st.one_of(st.none(), st.floats(0, 1))),
        "headcount": draw(st.one_of(st.none(), st.integers(1, 12))),
        "load_percent": draw(st.one_of(st.none(), st.integers(50, 200))),
        "backlog_weeks": draw(st.one_of(st.none(), st.integers(1, 20))),
        "later_date": draw(st.one_of(st.none(), _any_day)),
        "decide_by": draw(st.one_of(st.none(), _future)),
        "range_weeks": draw(st.sampled_from([[], [low, low + 4]])),
        "today": TODAY.isoformat(),
        **{k: draw(_text) for k in ("decision", "reason", "product_impact", "offer", "what_changes", "what_stays", "next_check", "what_would_change", "new_work", "question_asked", "cost_of_not")},
        "person": draw(st.sampled_from(["", "Priya"])),
        "project": draw(st.sampled_from(["", "Fraud v3"])),
        "options": draw(st.lists(st.fixed_dictionaries({"name": st.sampled_from(["Cut scope", "Move the date"]), "tradeoff": st.sampled_from(["less value at launch", "later revenue"])}), max_size=3)),
    }


@settings(max_examples=120, deadline=None)
@given(
    facts=_valid_facts(),
    purpose=st.sampled_from(PURPOSES),
    audience=st.sampled_from(AUDIENCES),
    tone=st.sampled_from(TONES),
    role=st.sampled_from(["", "CFO", "VP Engineering", "director"]),
    recipient=st.sampled_from(["", "Victor"]),
)
def test_drafts_from_valid_facts_lint_clean_under_every_rule(facts, purpose, audience, tone, role, recipient):
    inp = DraftInput.model_validate(
        {"audience": audience, "purpose": purpose, "tone": tone, "facts": facts, "recipient": recipient, "recipient_role": role, "sender": "Dana"}
    )
    msg = draft_message(inp)
    full = lint_message(
        LintInput(text=msg.body, audience=audience, today=TODAY, recipient_role=role, purpose=purpose, plain_language=role == "CFO")
    )
    assert msg.lint.clean and full.clean, (msg.body, full.findings)
    assert "Hi," not in msg.body and "\n\n\n" not in msg.body
    if audience == "own_team":
        assert not APPROVAL.search(msg.body)
    if facts["deadline_probability"] is not None and facts["deadline_probability"] >= 0.8:
        assert "hold the date" not in msg.body


# New lint rules ------------------------------------------------------------------------------------------


def _rules(text, **kw):
    return [f.rule for f in lint_message(LintInput(text=text, **kw)).findings]


ASK = " Could you let me know?"


def test_echo_rule_flags_nine_shared_words_with_the_span():
    source = "Please tell the VP that Priya is moving to the summarizer after fraud v3 ships."
    text = "Hi Victor, Priya is moving to the summarizer after fraud v3 ships." + ASK
    report = lint_message(LintInput(text=text, source_text=source))
    (finding,) = [f for f in report.findings if f.rule == "echo"]
    assert finding.span.text == "Priya is moving to the summarizer after fraud v3 ships"
    assert "echo" not in _rules("Hi Victor, Priya moves to the summarizer once fraud v3 is out." + ASK, source_text=source)
    assert "echo" not in _rules(text)  # no source, no echo check


def test_jargon_rule_only_for_non_technical_readers():
    text = "The P80 date is in March; the Monte Carlo run gives a wide percentile spread." + ASK
    assert _rules(text, recipient_role="CFO").count("jargon") == 3
    assert "jargon" in _rules(text, plain_language=True)
    assert "jargon" in _rules(text, purpose="explain_uncertainty")
    assert "jargon" not in _rules(text, recipient_role="VP Engineering")
    assert "jargon" not in _rules("Most likely mid-March, possibly as late as April." + ASK, recipient_role="CFO")


@pytest.mark.parametrize(
    "text, flagged",
    [
        ("We will ship on Fri 27 Nov, 80% likely." + ASK, True),
        ("Target date: 2026-11-30, with a 60% chance." + ASK, True),
        ("We are 80% likely to ship by 18 Dec." + ASK, False),
        ("The original date, Friday 27 November, has already passed." + ASK, False),
        ("We missed the Nov 27 target." + ASK, False),
        ("We expect it by 8 Jan, 70% likely." + ASK, False),  # no year: the nearest 8 Jan is next month
    ],
)
def test_past_date_rule(text, flagged):
    assert ("past-date" in _rules(text, today=TODAY)) is flagged
    assert "past-date" not in _rules(text)  # without today nothing is past


def test_approval_ask_rule_only_for_the_own_team():
    text = "Priya moves to the summarizer. Can you confirm this plan?"
    assert "approval-ask" in _rules(text, audience="own_team")
    assert "approval-ask" in _rules("Please approve the new rota.", audience="own_team")
    assert "approval-ask" not in _rules(text, audience="executive")
    assert "approval-ask" not in _rules("The date is confirmed. Questions? Talk to me.", audience="own_team")


def test_facts_fields_default_empty_and_range_is_validated():
    f = Facts()
    assert (f.answer, f.strategy, f.range_weeks, f.today, f.headcount) == ("", "", [], None, None)
    with pytest.raises(ValueError, match="range_weeks"):
        Facts(range_weeks=[10, 6])
    with pytest.raises(ValueError, match="range_weeks"):
        Facts(range_weeks=[3])


@pytest.mark.parametrize(
    "role, audience",
    [("CFO", "executive"), ("VP Engineering", "executive"), ("director", "executive"), ("own_team", "own_team"),
     ("my team", "own_team"), ("head_of_product", "product"), ("PM", "product"), ("peer_team", "peer_team"),
     ("the data team", "peer_team"), ("product team", "product"), ("", "executive")],
)
def test_audience_for_a_role(role, audience):
    assert audience_for(role) == audience


def test_a_passed_deadline_answers_no_and_a_safe_forecast_is_not_called_at_risk():
    passed = _draft("answer_question", facts={"deadline": "2026-11-27", "deadline_probability": 0.9, "today": TODAY.isoformat()})
    assert passed.answer == "no" and "has already passed" in passed.body and "90%" not in passed.body
    safe = _draft("forecast_risk", facts={"project": "fraud v3", "deadline": "2027-01-15", "deadline_probability": 0.85})
    assert _lead(safe).startswith("Fraud v3 is on course, with a risk to watch") and "at risk" not in safe.body
    risky = _draft("forecast_risk", facts={"project": "fraud v3", "deadline": "2027-01-15", "deadline_probability": 0.4})
    assert _lead(risky).startswith("Fraud v3 is at risk: we put the chance of meeting Friday 15 January 2027 at 40%.")


def test_a_headcount_ask_is_stated_once_and_closes_the_message():
    facts = {"headcount": 2, "resource": "ML engineers", "ask": "Could we add 2 more engineers to the team?", "load_percent": 120}
    msg = _draft("ask_for_resources", facts=facts, recipient="Victor")
    assert _lead(msg) == "I'm asking for two more ML engineers."
    assert msg.body.count("Could we add 2 more engineers to the team?") == 1
    assert msg.body.split("\n\n")[-1] == "Could we add 2 more engineers to the team?" and msg.lint.clean


def test_a_resource_request_does_not_say_the_same_thing_twice():
    facts = {
        "headcount": 2, "resource": "ML engineers", "load_percent": 120, "backlog_weeks": 9,
        "reason": "Right now the team is running at about 120% of capacity and the backlog is about 9 weeks of work.",
        "cost_of_not": "Without them, new work waits behind the backlog.",
    }
    msg = _draft("ask_for_resources", facts=facts, recipient="Victor")
    assert msg.body.count("120%") == 1 and "Without them: Without" not in msg.body
    assert "Without them, new work waits behind the backlog." in msg.body
    other = _draft("ask_for_resources", facts={**facts, "reason": "the fraud team lost two people in November"})
    assert "Why now: the fraud team lost two people in November." in other.body


def test_news_of_a_slip_is_not_a_single_date_promise():
    slip = lint_message(LintInput(text="Heads-up: the ranking launch is at risk for Wed 03 Feb 2027. Can we talk today?"))
    promise = lint_message(LintInput(text="The ranking launch ships on Wed 03 Feb 2027. Can we talk today?"))
    assert "single-date-promise" not in {f.rule for f in slip.findings}
    assert "single-date-promise" in {f.rule for f in promise.findings}


# The manager's own words, made ready to send ---------------------------------------------------------------


def test_notes_are_polished_into_sentences_with_dates_and_shorthand_written_out():
    said = polish("fraud v3 backfill done, still targeting the 18th. feature store on track, ~4 wks. offer moved to jan 8", TODAY)
    assert said.startswith("Fraud v3 backfill done") and "Fri 18 Dec 2026" in said and "Fri 08 Jan 2027" in said
    assert "about 4 weeks" in said and ". Feature store" in said and said.endswith(".")
    assert polish("we keep the friday demo meeting", TODAY) == "We keep the Friday demo meeting."  # a meeting, not a date


def test_restating_joins_clauses_instead_of_dropping_what_the_manager_said():
    source = "tell my team: the jan 29 date is at risk. not cutting scope yet, but we decide go/no-go on the fine-tuned model on jan 8"
    said = restate(polish(source.split(": ", 1)[1], TODAY), source, TODAY)
    assert longest_shared_run(said, source) <= 8
    assert "at risk" in said and "fine-tuned model" in said and "Fri 08 Jan 2027" in said and "scope" in said


def test_a_dictated_message_keeps_every_sentence_it_can():
    source = "weekly update to Victor: fraud v3 backfill done, training started, still targeting the 18th. summarizer rubric ~60% done. marco still blocked on the warehouse schema"
    facts = {"decision": source.split(": ", 1)[1], "today": TODAY.isoformat()}
    msg = _draft("progress_update", recipient="Victor", facts=facts, source_text=source)
    assert longest_shared_run(msg.body, source) <= 8
    for kept in ("backfill", "Friday 18 December", "rubric", "60%", "warehouse schema"):
        assert kept in msg.body, msg.body


def test_share_decision_leads_with_the_decision_said_to_the_reader():
    source = "DM to Zainab: she's not getting the promotion this cycle, but here's what gets her there next time - own a launch and mentor the new hires"
    facts = {"decision": source.split(": ", 1)[1], "today": TODAY.isoformat()}
    msg = _draft("share_decision", recipient="Zainab", facts=facts, source_text=source)
    greeting, lead = msg.body.split("\n\n")[:2]
    assert greeting == "Hi Zainab," and lead.startswith("You're not getting the promotion")
    assert "gets you there" in lead and "launch" in lead and "mentor" in lead
    assert "update on the project" not in msg.body and msg.lint.clean


def test_an_answer_the_manager_gives_leads_the_reply():
    facts = {"decision": "ships between late december and mid january, then about two months before chargebacks move",
             "question_asked": "when does the fraud model pay back?", "today": TODAY.isoformat()}  # fmt: skip
    msg = _draft("answer_question", recipient="Lars", recipient_role="CFO", facts=facts)
    lead = _lead(msg)
    assert lead.startswith("Short answer: ships between late December and mid January"), lead
    assert "two months" in lead and "firm yes or no" not in msg.body


def test_at_risk_progress_update_carries_the_plan_changes_and_asks_which():
    options = [{"name": "Defer a step", "tradeoff": "Defer 'fine-tune' to a later release (chance of making the date: 86%)."},
               {"name": "Move the date", "tradeoff": "Move the date to Fri 12 Feb 2027 (chance on the new date: 81%)."}]  # fmt: skip
    facts = {"project": "LLM summarizer", "deadline": "2027-01-29", "deadline_probability": 0.31, "options": options, "today": TODAY.isoformat()}
    msg = _draft("progress_update", recipient="Victor", facts=facts)
    assert "is at risk" in _lead(msg) and "Options:\n- Defer a step" in msg.body and "86%" in msg.body
    assert msg.body.rstrip().endswith("which of these should we take?")
    team = _draft("progress_update", audience="own_team", facts=facts)
    assert "86%" in team.body and not APPROVAL.search(team.body)


def test_a_peer_is_asked_for_help_not_for_a_decision():
    msg = _draft("ask_for_resources", audience="peer_team", recipient="Jaroslav", recipient_role="partner team",
                 facts={"ask": "Could someone spend half a day on the warehouse schema change?"})  # fmt: skip
    assert "as partner team" not in msg.body and "?" in msg.body


def test_a_decline_in_the_managers_words_gets_no_stock_reason_or_offer():
    msg = _draft("decline_or_negotiate", recipient="Kwame", facts={"person": "Priya", "offer": "Priya can do a one-hour design review next week"})
    assert "design review" in msg.body and "close to landing" not in msg.body and "smaller" not in msg.body
    bare = _draft("decline_or_negotiate", recipient="Kwame", facts={"decision": "We can't lend Priya before fraud v3 ships"})
    assert "close to landing" not in bare.body and "smaller" not in bare.body and "?" not in bare.body.split("\n\n")[1]


# rewrite: the manager's pasted message, reworked ------------------------------------------------------------


def test_a_rewrite_keeps_the_content_and_facts_and_fixes_tone():
    original = ("Team, the eval numbers last week were OBVIOUSLY wrong and nobody checked them!!! "
                "You need to rerun the benchmark before Friday. This is unacceptable.")  # fmt: skip
    msg = _draft("rewrite", audience="own_team", facts={"original": original})
    assert msg.body.startswith("Hi team,") and "Team," not in msg.body
    for kept in ("eval numbers", "nobody checked them", "rerun the benchmark before Friday"):
        assert kept in msg.body
    for gone in ("OBVIOUSLY", "!!!", "unacceptable", "You need to"):
        assert gone not in msg.body
    assert "Could you rerun the benchmark before Friday?" in msg.body
    changed = [n for n in msg.notes if n.startswith("Changed: ")]
    assert any(n.startswith("Changed: cut") and "impatient or harsh words" in n for n in changed)
    assert any("reworded, now" in n and "'This isn't where it needs to be'" in n for n in changed)


def test_a_rewrite_turns_promises_into_likelihoods_and_greets_who_the_original_greets():
    msg = _draft("rewrite", facts={"original": "Hi Victor, the fraud model will cut chargebacks by 30% and we'll have it live before christmas, no problem."})
    assert msg.body.startswith("Hi Victor,") and "30%" in msg.body and "Christmas" in msg.body
    assert "no problem" not in msg.body and "we're likely to have it live" in msg.body and msg.lint.clean


def test_rewriting_a_message_that_reads_fine_says_so():
    msg = _draft("rewrite", recipient="Ana", facts={"original": "Could you send the labelling numbers by Thursday? We need them for the planning review."})
    assert "Could you send the labelling numbers by Thursday?" in msg.body
    assert any(n.startswith("Kept your wording") for n in msg.notes)


def test_tightening_cuts_hedges_and_filler_but_keeps_the_numbers():
    original = "so basically we think, maybe, that the ranking model might possibly be ready sometime around late january-ish, we'll see, probably 60-70%"
    msg = _draft("rewrite", recipient="Ines", facts={"original": original, "rewrite_goal": "tighten"})
    lead = _lead(msg)
    assert lead.startswith("The ranking model should be ready around late January") and "(60-70% likely)" in lead
    for gone in ("basically", "maybe", "possibly", "-ish", "we'll see"):
        assert gone not in msg.body
    soft = _draft("rewrite", recipient="Ines", facts={"original": original, "rewrite_goal": "soften"})
    assert "maybe" in soft.body  # softening keeps the manager's hedges


def test_a_draft_with_nothing_to_say_leaves_a_bracket_not_invented_content():
    for purpose in ("progress_update", "forecast_risk", "announce_change", "ask_for_resources", "share_decision"):
        msg = _draft(purpose, recipient="Ana")
        assert "[add " in msg.body and any("bracketed text" in n for n in msg.notes), (purpose, msg.body)
        assert "changing how we split our work" not in msg.body and "and what comes next." not in msg.body


def test_restating_writes_hyphenated_numbers_out_rather_than_drop_the_sentence():
    source = "tell my team we're moving from 2-week to 3-week sprints starting jan 11 and dropping the wednesday sync"
    said = restate(polish(source.split("team ", 1)[1], TODAY, capital=False), source, TODAY)
    assert longest_shared_run(said, source) <= 8 and "3-week sprints" in said and "Wednesday sync" in said


def test_a_forecast_with_no_spread_is_not_given_three_identical_dates():
    facts = {"project": "churn pipeline", "forecast": {"unit": "dates", "p50_date": "2026-12-29", "p80_date": "2026-12-29", "p95_date": "2026-12-29"}}
    msg = _draft("progress_update", recipient="Amara", audience="product", facts=facts)
    assert msg.body.count("29 December 2026") == 1 and "no range yet" in msg.body


def test_a_rewrite_names_the_problem_not_the_people():
    msg = _draft("rewrite", recipient="Leon", facts={"original": "your team broke our pipeline AGAIN with an unannounced schema change. this is the third time. fix your process."})
    assert "the team broke our pipeline again" in msg.body.lower() and "Your team broke" not in msg.body
    assert "This is the third time." in msg.body and "Could you fix your process?" in msg.body


def test_a_perfect_is_opened_with_has():
    source = "it's been a long week for the whole data team and the snapshot job"
    assert restate(source, source, TODAY).startswith("it has been a long week")
    assert restate("it's late for the whole data team and the snapshot job", "it's late for the whole data team and the snapshot job", TODAY).startswith("it is late")


def test_a_date_the_manager_states_gets_its_odds_beside_it():
    facts = {"decision": "fraud v3 backfill done, training started, still targeting the 18th", "deadline": "2026-12-18", "deadline_probability": 0.85,
             "today": TODAY.isoformat()}  # fmt: skip
    msg = _draft("progress_update", recipient="Victor", facts=facts)
    assert "still targeting Friday 18 December (chance 85%)" in msg.body and msg.lint.clean


def test_a_date_that_reports_what_happened_is_not_a_missed_target():
    from datetime import date

    from tools.message import _past_date_findings

    assert _past_date_findings("Fraud v3 shipped Mon 30 Nov 2026; the summarizer is on track for Fri 29 Jan 2027.", date(2026, 12, 4)) == []
    assert _past_date_findings("We will ship it by Fri 27 Nov 2026.", date(2026, 12, 4))


# answer_question from a forecast: an answer the reader can plan on -----------------------------------------
SIM_FORECAST = {"unit": "dates", "p50_date": "2027-03-03", "p80_date": "2027-03-17", "p95_date": "2027-03-31"}


def _asked(p, **extra):
    facts = {"forecast": SIM_FORECAST, "deadline": "2027-03-08", "deadline_probability": p, "project": "returns fraud scorer",
             "question_asked": "will the returns fraud scorer be ready for the spring refund policy launch on march 8?", "today": TODAY.isoformat(), **extra}
    return _draft("answer_question", audience="product", facts=facts, recipient="Ines")


def test_a_forecast_answer_says_the_chances_as_a_reader_would_repeat_them():
    msg = _asked(0.58)
    assert not JARGON.search(msg.body) and "% likely" not in msg.body
    assert "about 6 in 10" in msg.body and "an 8 in 10 chance by Wednesday 17 March" in msg.body
    assert msg.lint.clean, [f.model_dump() for f in msg.lint.findings]


def test_a_date_at_risk_gets_a_date_to_plan_on_and_a_fallback_in_their_own_plans():
    msg = _asked(0.35)
    assert "If you need a date to plan on, I'd use Wednesday 17 March" in msg.body
    assert "plan the spring refund policy launch on what you use today" in msg.body
    assert "Options:" not in msg.body and "which of these" not in msg.body.lower()  # nothing for the reader to pick among our levers


def test_a_safe_date_needs_no_fallback():
    msg = _asked(0.9)
    assert "yes" in _lead(msg).lower() and "date to plan on" not in msg.body and "what you use today" not in msg.body


def test_the_stated_first_try_chance_is_named_as_the_main_uncertainty():
    msg = _asked(0.5, first_try_probability=0.6, first_try_retried=True)
    assert "works on the first try, which the team puts at 6 in 10" in msg.body and "another round" in msg.body


def test_dates_that_count_only_working_trials_say_so():
    msg = _asked(0.45, works_probability=0.7)
    assert "whether the returns fraud scorer works at all: the team puts that at about 7 in 10. If it does" in msg.body
    assert "date to plan on" not in msg.body  # an 8 in 10 date among working trials is no 8 in 10 date


def test_the_start_we_counted_from_is_said():
    msg = _asked(0.6, work_starts="2027-01-11")
    assert "Counting from our start on Monday 11 January" in msg.body


def test_a_reprioritization_reply_gives_the_current_works_promised_date_under_each_option():
    facts = {"strategy": "finish_first", "person": "Oda", "project": "ferry demand model", "new_work": "pricing dashboard",
             "current_due": "2027-01-12", "current_due_promised_to": "the port authority", "today": TODAY.isoformat(),
             "current_due_chances": [{"strategy": "finish_first", "probability": 0.93}, {"strategy": "switch_now", "probability": 0.12}]}
    msg = _draft("respond_to_reprioritization", facts=facts, recipient="Jens")
    line = next(x for x in msg.body.split("\n\n") if "promised" in x)
    assert "the ferry demand model is promised to the port authority for Tuesday 12 January".lower() in line.lower()
    assert line.index("if Oda moves now, about 1 in 10") < line.index("if Oda finishes it first, about 9 in 10")  # the ask first
    assert msg.lint.clean, [f.model_dump() for f in msg.lint.findings]


def test_a_stock_closing_the_manager_also_wrote_is_said_another_way():
    source = "Questions or worries? Talk to Dana, any time this week. Priya finishes fraud v3 first, then moves to the summarizer"
    for audience in AUDIENCES:
        msg = _draft("announce_change", audience=audience, facts={"what_changes": "Priya finishes fraud v3 first, then moves to the summarizer", "person": "Priya", "project": "fraud v3"}, source_text=source, sender="Dana")
        assert longest_shared_run(source, msg.body) <= 8, msg.body


def test_a_warm_note_to_a_titled_reader_closes_with_kind_regards():
    body = _draft("answer_question", tone="warm", recipient="Lady Haverstock", audience="product").body
    assert body.startswith("Dear Lady Haverstock,") and body.rstrip().endswith("Kind regards,")
