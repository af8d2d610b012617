"""A status of the whole team's work from the team file: one item per piece of work, most pressing first, no more
than the manager allows, each with its date and where it stands (or what blocks it), to the reader the manager names;
no one project's forecast stands in for the team, and the manager's request never reaches the message."""

from __future__ import annotations

import re
from datetime import date

import pytest

from agent.drafting import draft_input
from agent.team_status import items_allowed, status_reader, team_status, wants_team_status
from agent.understanding import parse_situation
from tests.conftest import REPO_ROOT
from tools.message import DraftInput, draft_message
from tools.team import load_team

TODAY = date(2026, 12, 4)
TEAM = load_team(REPO_ROOT / "examples" / "team.yaml")


def _draft(question: str):
    s = parse_situation(question, TEAM, TODAY)
    inp = DraftInput.model_validate(draft_input(s, question, TODAY, [], team=TEAM))
    return s, inp, draft_message(inp)


@pytest.mark.parametrize("question,n", [("four bullets at most, no spin", 4), ("max 3 points please", 3), ("2 lines tops", 2), ("keep it honest", None)])
def test_how_many_items_the_manager_allows(question, n):
    assert items_allowed(question) == n


def test_the_most_pressing_work_comes_first_and_each_item_says_where_it_stands():
    items = team_status(TEAM, TODAY)
    assert [i.state for i in items][:2] == ["blocked", "tight"]
    assert items[0].work == "Churn retraining pipeline" and items[0].blocker.startswith("Training data snapshot")
    fraud = next(i for i in items if i.work == "Fraud model v3")
    assert fraud.due == "Friday 18 December" and fraud.left_likely == 2
    summarizer = next(i for i in items if i.work == "LLM summarizer")
    assert summarizer.state == "on_course" and summarizer.worst_misses  # 8 weeks at worst against about 6.6 working weeks, the break counted
    assert next(i for i in items if i.work == "Graph fraud research").state == "research"


@pytest.mark.parametrize("question,reader,n", [
    ("Oona wants a status for the quarterly business review. Four bullets at most, no spin.", "Hi Oona,", 4),
    ("need a status update for my director for the ops review, 3 points max", "Hello,", 3),
    ("write Grace a status update on where the team is, keep it honest", "Hi Grace,", 5),
])
def test_a_status_for_each_reader_has_one_bullet_per_piece_of_work(question, reader, n):
    s, inp, msg = _draft(question)
    assert wants_team_status(s, TEAM, question) and inp.purpose == "progress_update"
    assert not s.has("project")  # no one project stands in for the team's work
    paragraphs = msg.body.split("\n\n")
    assert paragraphs[0] == reader
    bullets = re.findall(r"(?m)^- .+$", msg.body)
    assert len(bullets) == n and bullets[0].startswith("- Churn retraining pipeline (Marco): blocked")
    assert not re.search(r"(?i)no spin|keep it honest|points max|quarterly business review|wants a status", msg.body)
    assert msg.subject.startswith("Team status")


def test_a_status_about_one_named_project_is_no_team_status():
    question = "write Oona a status update on fraud model v3 for friday"
    s = parse_situation(question, TEAM, TODAY)
    assert not wants_team_status(s, TEAM, question)


def test_who_the_status_is_for_is_never_one_of_the_team():
    assert status_reader("Oona wants a status for monday", TEAM) == "Oona"
    assert status_reader("Priya wants a status for monday", TEAM) == ""


def test_the_one_who_wants_the_status_is_its_reader_with_their_role_from_the_inbox():
    s, inp, msg = _draft("Victor needs a status update before Thursday's leadership sync, three bullets max")
    assert s.get("recipient") == "Victor" and s.get("audience") in ("vp", "exec")
    assert msg.body.startswith("Hi Victor,") and len(re.findall(r"(?m)^- ", msg.body)) == 3
