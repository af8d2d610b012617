"""Arbitrary manager replies never break a rehearsal: every role answers, the counterpart never repeats
itself, scores are 0, 50 or 100 and every quoted line is the manager's own words."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from agent.rehearse.models import ROLES
from agent.rehearse.session import Rehearsal
from tools.team import load_team

TEAM = load_team(Path(__file__).resolve().parents[2] / "examples" / "team.yaml")
WORDS = st.sampled_from([
    "I", "recommend", "understand", "Priya", "finishes", "first", "two", "options", "or", "we", "lose", "2.5",
    "days", "99%", "weeks", "definitely", "guaranteed", "by", "Friday", "fault", "Marco's", "next", "step:",
    "I'll", "tomorrow", "no", "problem", "either", "switch", "now", ".", "?", "\n", "40", "%",
])
REPLY = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=40).map(" ".join))


@settings(max_examples=60, deadline=None)
@given(role=st.sampled_from(ROLES), replies=st.lists(REPLY, max_size=6), difficulty=st.sampled_from(["easy", "tough"]))
def test_any_replies_give_a_valid_session(role, replies, difficulty):
    rehearsal = Rehearsal(team=TEAM, today=date(2026, 11, 23))
    session = rehearsal.start(role, "Victor wants Priya moved to the summarizer on Monday", difficulty=difficulty)
    card = rehearsal.run_script(session, replies)
    said = session.manager_lines()
    lines = [line for line in session.transcript if line.speaker == "counterpart"]
    assert len(lines) == len(said) + 1 and all(line.text for line in lines)
    pushing = [line.text for line in lines if line.move != "wrap"]  # once satisfied, "anything else?" may repeat
    assert len(set(pushing)) == len(pushing)
    assert 0 <= card.overall <= 100
    for criterion in card.criteria:
        assert criterion.score in (0, 50, 100) and criterion.better
        assert criterion.evidence == "" if not said else any(criterion.evidence in line for line in said)
