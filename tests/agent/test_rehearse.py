"""The rehearsal engine offline: the case's numbers come from the team file and the what-if, each
counterpart line answers what the last reply lacked, the scorecard quotes the manager and suggests lines
that are themselves clean, and sessions are saved (0600) and exported."""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from agent.errors import AgentError
from agent.rehearse.case import build_case
from agent.rehearse.export import session_markdown
from agent.rehearse.models import ROLES
from agent.rehearse.scorecard import CRITERIA
from agent.rehearse.session import Rehearsal
from agent.rehearse.signals import read_line
from agent.rehearse.store import RehearsalStore
from tools.message import LintInput, lint_message
from tools.whatif import NewWork, compare_strategies, whatif_from_team

TODAY = date(2026, 11, 23)
SITUATION = "Victor wants Priya moved to the summarizer on Monday"


@pytest.fixture
def rehearsal(example_team):
    return Rehearsal(team=example_team, today=TODAY)


def test_case_uses_the_team_file_and_the_whatif(example_team):
    case = build_case(SITUATION, example_team, TODAY)
    assert (case.person, case.project, case.new_work, case.requester) == ("Priya", "Fraud model v3", "LLM summarizer", "Victor")
    assert case.remaining_weeks == [1.5, 2, 3] and case.assumptions == []
    # Priya's summarizer task (5/10/20 working days) against the project deadline, 67 days away.
    new = NewWork(title="LLM summarizer", estimate_low=1, estimate_likely=2, estimate_high=4, deadline_weeks=9.6)
    expected = compare_strategies(whatif_from_team(example_team, "Priya", new, trials=4000))
    assert case.recommendation == expected.recommendation == "finish_first"
    assert [s.lost_days for s in case.strategies] == [round(o.lost_days, 1) for o in expected.strategies]


def test_case_without_a_team_runs_no_whatif_and_says_nothing_invented():
    case = build_case(SITUATION, None, TODAY)
    # Priya is named in the question, so she is the person; with no team file there is nothing to simulate.
    assert not case.has_whatif and case.person == "Priya" and case.remaining_weeks is None


def test_unknown_person_is_said_to_be_unknown(example_team):
    case = build_case("Zed is being moved to the summarizer", example_team, TODAY)
    assert not case.has_whatif


def test_every_role_opens_with_the_numbers_of_the_case(rehearsal):
    for role in ROLES:
        session = rehearsal.start(role, SITUATION)
        opening = session.transcript[0]
        assert opening.speaker == "counterpart" and opening.move == "opening"
        assert "Priya" in opening.text or "summarizer" in opening.text or "Fraud model v3" in opening.text, opening.text


@pytest.mark.parametrize(
    "reply, move",
    [
        ("It's Marco's fault we're late.", "blame"),
        ("I recommend she finishes first. She will definitely be done by Friday.", "over_promise"),
        ("I recommend she finishes first; it takes 40 days otherwise.", "invented_numbers"),
        ("Priya is busy with important work.", "no_decision"),
        ("I recommend Priya finishes Fraud model v3 first.", "no_numbers"),
        ("I recommend Priya finishes first; switching now loses 6.5 working days.", "no_options"),
    ],
)
def test_vp_answers_what_the_last_reply_lacked(rehearsal, reply, move):
    session = rehearsal.start("vp", SITUATION)
    line = rehearsal.reply(session, reply)
    assert line.move == move, line.text


def test_the_invented_number_is_quoted_back(rehearsal):
    session = rehearsal.start("cfo", SITUATION)
    line = rehearsal.reply(session, "I recommend she finishes first; it takes 40 days otherwise.")
    assert "40 days" in line.text


def test_report_wants_to_be_heard_first(rehearsal):
    session = rehearsal.start("report", SITUATION)
    line = rehearsal.reply(session, "I recommend you move to the summarizer; switching loses 6.5 working days.")
    assert line.move == "no_acknowledgement" and "2 weeks" in line.text


def test_difficulty_sets_how_long_the_counterpart_keeps_pressing(rehearsal):
    complete = ("I understand why the summarizer matters. I recommend Priya finishes first: two options, finishing first "
                "loses 2.5 working days, switching now loses 6.5 days. Next step: I'll send the plan by tomorrow.")
    moves = {}
    for difficulty in ("easy", "realistic", "tough"):
        session = rehearsal.start("vp", SITUATION, difficulty=difficulty)
        moves[difficulty] = [rehearsal.reply(session, complete).move for _ in range(3)]
    assert moves["easy"][0] == "concede"
    assert moves["realistic"][:2] == ["press", "concede"]
    assert moves["tough"] == ["press", "press", "concede"]


def test_counterpart_never_repeats_a_line(rehearsal):
    session = rehearsal.start("vp", SITUATION, difficulty="tough")
    for _ in range(10):
        rehearsal.reply(session, "Hmm.")
    said = [line.text for line in session.transcript if line.speaker == "counterpart"]
    assert len(said) == len(set(said))


@pytest.mark.parametrize("role", ROLES)
def test_scorecard_quotes_the_manager_and_better_lines_are_clean(rehearsal, role):
    session = rehearsal.start(role, SITUATION)
    card = rehearsal.run_script(session, ["We will definitely ship the summarizer on Friday.", "It's Tom's fault."])
    assert [c.name for c in card.criteria] == list(CRITERIA)
    scores = {c.name: c for c in card.criteria}
    assert scores["no_over_promising"].score == 0 and "definitely" in scores["no_over_promising"].evidence
    assert scores["no_blame"].score == 0 and scores["no_blame"].evidence == "It's Tom's fault."
    assert card.overall == round(sum(c.score for c in card.criteria) / 9) and len(card.practise_next) == 2
    case = session.case
    for c in card.criteria:
        rules = {f.rule for f in lint_message(LintInput(text=c.better)).findings}
        assert not rules & {"certainty", "blame", "single-date-promise"}, (c.name, c.better)
        assert not read_line(c.better, case, []).invented, (c.name, c.better)


def test_empty_session_scores_zero_with_no_evidence(rehearsal):
    session = rehearsal.start("cto", SITUATION)
    card = rehearsal.end(session)
    assert card.overall == 0 and all(c.evidence == "" for c in card.criteria)


@pytest.mark.parametrize(
    "role, situation, message",
    [("ceo", SITUATION, "Unknown role"), ("vp", "   ", "Describe the situation"), ("vp", "x" * 3000, "keep it under")],
)
def test_bad_start_is_one_sentence(rehearsal, role, situation, message):
    with pytest.raises(AgentError, match=message):
        rehearsal.start(role, situation)


def test_ended_session_takes_no_more_replies(rehearsal):
    session = rehearsal.start("vp", SITUATION)
    rehearsal.end(session)
    with pytest.raises(AgentError, match="has ended"):
        rehearsal.reply(session, "one more thing")


def test_store_saves_every_turn_privately_and_exports(example_team, tmp_path):
    store = RehearsalStore(tmp_path / "conversations.sqlite")
    rehearsal = Rehearsal(team=example_team, today=TODAY, store=store)
    session = rehearsal.start("vp", SITUATION)
    assert store.load(session.id).transcript == session.transcript
    rehearsal.reply(session, "I recommend Priya finishes first.")
    assert len(store.load(session.id).transcript) == 3
    rehearsal.end(session)
    loaded = store.load(session.id)
    assert loaded == session and loaded.scorecard is not None
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    assert [row[0] for row in store.recent()] == [session.id]
    markdown = session_markdown(loaded)
    assert "**You:** I recommend Priya finishes first." in markdown and "## Scorecard:" in markdown


def test_store_on_an_unwritable_path_is_one_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(AgentError, match="Cannot open the rehearsal store"):
        RehearsalStore(blocker / "sub" / "c.sqlite")


def test_case_reads_what_the_situation_parser_read_from_the_question(example_team, monkeypatch):
    import sys
    import types

    from agent.situation import Situation

    def parse_situation(question, team, today):
        situation = Situation(intents=["reprioritization"])
        situation.put("person", "Priya", "question", "Priya")
        situation.put("new_work", "summarizer", "question", "the summarizer")
        situation.put("deadline", "2027-01-04", "question", "by early January")
        situation.put("new_work_weeks", [9, 10, 11], "assumed", "not given; assumed")
        return situation

    monkeypatch.setitem(sys.modules, "agent.understanding", types.SimpleNamespace(parse_situation=parse_situation))
    case = build_case("My VP wants her on the new thing", example_team, TODAY)
    assert (case.person, case.new_work, case.deadline_weeks) == ("Priya", "LLM summarizer", 6.0)
    assert case.new_work_weeks == [1, 2, 4]  # Priya's summarizer task from the team file, not the parser's assumption
    assert case.has_whatif and case.assumptions == []


def test_without_a_team_numbers_cannot_be_checked_so_are_neither_backed_nor_invented():
    rehearsal = Rehearsal(team=None, today=TODAY)
    session = rehearsal.start("cfo", "My CFO asks why we need another engineer")
    line = rehearsal.reply(session, "I recommend we hire; without it the backlog grows by 6 weeks a quarter.")
    assert line.move not in ("invented_numbers", "no_numbers"), line.text
    card = rehearsal.end(session)
    numbers = next(c for c in card.criteria if c.name == "uses_numbers")
    assert numbers.score == 50 and "6 weeks" in numbers.evidence


def test_an_over_promise_on_a_deadline_at_risk_is_met_with_the_whatif(rehearsal):
    session = rehearsal.start("head_of_product", "Helen wants Aisha on the fraud model")
    assert session.case.deadline_at_risk
    line = rehearsal.reply(session, "I recommend Aisha switches now; it will definitely land on time.")
    assert line.move == "over_promise" and "only 76% of making its deadline" in line.text
