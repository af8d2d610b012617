"""A first data team, from scratch: 'the trustees want us to start a data team, who do we hire first?' is answered with
the team's shape and the first hire, from the pieces the organisation already has (a model on someone's laptop, a tool
only its contractor understands, spreadsheets), each with what the first hire does about it. Descriptions written for
this test."""

from __future__ import annotations

import pytest

from agent.routing import intents_asked
from tools.archetype import ArchetypeInput, score_archetype
from tools.archetype_structure import read_structure
from tools.org_proposal import existing_pieces, first_hire_answer, first_team_answer, proposal_answer

CHARITY = ("I run operations at a hospice charity, around 60 staff. Data today: a retired volunteer wrote a script that "
           "predicts which donors will lapse and runs it off his own laptop each quarter; an agency built our donations "
           "dashboard and no one else understands how it refreshes; fundraising keep their targets in spreadsheets. The "
           "trustees want us to build a proper data team. Who should we hire first, and what should it look like?")


def test_each_existing_piece_is_read_with_what_makes_it_fragile() -> None:
    pieces = existing_pieces(CHARITY)
    laptop = next(p for p in pieces if "laptop" in p.words)
    dashboard = next(p for p in pieces if "dashboard" in p.words)
    sheets = next(p for p in pieces if "spreadsheets" in p.words)
    assert laptop.personal_machine and laptop.outsider and not laptop.one_person
    assert dashboard.one_person and dashboard.outsider
    assert sheets.spreadsheet and not sheets.outsider


def test_the_shape_and_the_first_hire_come_from_what_exists() -> None:
    answer = first_team_answer(CHARITY)
    assert answer is not None and answer.whole_answer
    assert "60 staff" in answer.answer and "one small central team" in answer.answer
    assert "First hire: a data engineer" in answer.answer and "not another data scientist" in answer.answer
    assert "own laptop" in answer.answer  # the fragile pieces, in the manager's words
    moves = " ".join(answer.moves)
    assert "documented and handed over" in moves and "off the personal machine" in moves and "beats the spreadsheet" in moves
    assert proposal_answer(CHARITY) == answer  # nothing else floated: the first team is the call


@pytest.mark.parametrize(
    "text",
    [
        "my team of 6 builds the pricing models; the CFO wants to set up a data team in finance too. thoughts?",  # a team exists: not from scratch
        "our volunteer runs the donor model on his laptop. how do I get him to document it?",  # no team asked about
    ],
)
def test_no_first_team_answer_when_a_team_exists_or_none_is_asked(text: str) -> None:
    assert first_team_answer(text) is None


@pytest.mark.parametrize("ask", ["who do we hire first?", "what shape should the team be?", "which roles should we hire first"])
def test_asking_about_a_first_team_names_an_org_reading(ask: str) -> None:
    assert intents_asked(ask)[:1] == ["archetype"]


def test_forming_one_team_out_of_groups_that_exist_is_the_centralise_call() -> None:
    text = ("ML today: two data scientists in planning and an analyst in finance. The COO asks whether we should form one data "
            "team. Thoughts?")
    answer = proposal_answer(text)
    assert answer is not None and answer.question == "Should every ML person move into one central group?"
    assert "data scientists in planning" in answer.answer


LAB = ("We are a regional housing association, about 300 employees. Analytics sits in two places. Two analysts in Repairs "
       "built the damp-risk model that ranks homes for inspection; it runs weekly on one of their own virtual machines and no "
       "one else can restart it. A graduate in Strategy is trialling a rent-arrears classifier with no engineering support. "
       "The executive team has asked whether we should set up a central data team, and whom we should hire first.")


def test_a_clause_that_leans_back_keeps_what_it_is_about() -> None:
    pieces = existing_pieces(LAB)
    model = next(p for p in pieces if "damp-risk" in p.words)
    assert model.personal_machine and model.one_person and not model.outsider
    assert "no one else can restart it" in model.words
    assert any(p.unsupported and "rent-arrears" in p.words for p in pieces)
    assert not any("housing association" in p.words for p in pieces)  # the organisation itself is no piece of work


def test_a_change_put_to_the_manager_as_a_question_is_not_todays_layout() -> None:
    structure = read_structure(LAB)
    assert structure is None or "central" not in structure.name


def test_the_first_hire_is_answered_beside_the_change_floated() -> None:
    result = score_archetype(ArchetypeInput(description=LAB))
    questions = [a.question for a in result.org_answers]
    assert questions[:2] == ["Should every ML person move into one central group?", "Who do you hire first?"]
    hire = first_hire_answer(LAB)
    assert hire is not None and "damp-risk" in hire.answer
    assert "write down how it runs and restarts" in " ".join(hire.moves)


MERGER = ("We are a seed potato grower, about 180 staff. I lead four analysts in Finance who do the yield forecasts. Separately, "
          "the lab hired a geneticist of its own; she runs the variety scoring on a box under her desk, and nobody outside the "
          "lab knows whether it is backed up. The packhouse uses a vendor's camera system for grading that nobody here can "
          "retrain. Our new CEO wants to pull all of it into one central data team under me. What would it fix and what would "
          "it break?")


def test_what_rests_on_one_person_is_fixed_whatever_the_chart() -> None:
    result = score_archetype(ArchetypeInput(description=MERGER))
    fragile = next(a for a in result.org_answers if a.question == "What rests on one person or one machine today?")
    moves = " ".join(fragile.moves)
    assert "variety scoring on a box under her desk" in moves and "back it up" in moves
    assert "agree with the vendor, in writing, how it is retrained" in moves
    assert "yield forecasts" not in moves  # a team that is fine is no fragile piece
