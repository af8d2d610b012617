"""The rehearsal evals: for every role, the scorecard ranks the scripted good transcript above the poor one
on every criterion the case covers, quotes only the manager's own words, and is the same on every offline run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field

from agent.rehearse.models import ROLES, Role
from agent.rehearse.scorecard import CRITERIA
from agent.rehearse.session import Rehearsal
from tools.team import load_team

REPO = Path(__file__).resolve().parents[2]
DATASET = REPO / "evals" / "datasets" / "rehearsals.yaml"


class RehearsalCase(BaseModel):
    """One scripted rehearsal pair."""

    model_config = ConfigDict(extra="forbid")

    id: str
    role: Role
    situation: str = Field(min_length=1)
    covers: list[str] = Field(min_length=1)
    good: list[str] = Field(min_length=2)
    poor: list[str] = Field(min_length=2)


class RehearsalSet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    today: date
    team: str
    cases: list[RehearsalCase]


DATA = RehearsalSet.model_validate(yaml.safe_load(DATASET.read_text(encoding="utf-8")))
TEAM = load_team(REPO / DATA.team)


def run(case: RehearsalCase, replies: list[str]):
    rehearsal = Rehearsal(team=TEAM, today=DATA.today)
    session = rehearsal.start(case.role, case.situation, session_id=f"eval-{case.id}")
    rehearsal.run_script(session, replies)
    return session


def test_every_role_has_a_case_and_criteria_are_known():
    assert {c.role for c in DATA.cases} == set(ROLES)
    for case in DATA.cases:
        assert set(case.covers) <= set(CRITERIA), case.id


@pytest.mark.parametrize("case", DATA.cases, ids=lambda c: c.id)
def test_good_transcript_beats_poor_on_every_covered_criterion(case):
    good, poor = run(case, case.good), run(case, case.poor)
    assert good.case.has_whatif, "the situation should name a team-file person with current work"
    good_scores = {c.name: c.score for c in good.scorecard.criteria}
    poor_scores = {c.name: c.score for c in poor.scorecard.criteria}
    losing = {name: (good_scores[name], poor_scores[name]) for name in case.covers if good_scores[name] <= poor_scores[name]}
    assert not losing, f"good does not beat poor on {losing}"
    assert good.scorecard.overall > poor.scorecard.overall


@pytest.mark.parametrize("case", DATA.cases, ids=lambda c: c.id)
def test_evidence_is_the_managers_own_words(case):
    for replies in (case.good, case.poor):
        session = run(case, replies)
        said = session.manager_lines()
        for criterion in session.scorecard.criteria:
            assert criterion.evidence, f"{criterion.name} has no evidence"
            assert any(criterion.evidence in line for line in said), (criterion.name, criterion.evidence)


@pytest.mark.parametrize("case", DATA.cases, ids=lambda c: c.id)
def test_offline_runs_are_deterministic(case):
    first, second = run(case, case.good), run(case, case.good)
    assert first.to_json() | {"id": None} == second.to_json() | {"id": None}
    assert [line.text for line in first.transcript] == [line.text for line in second.transcript]
