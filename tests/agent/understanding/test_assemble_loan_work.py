"""The work a loan is for, named after 'to help his team with' ('to help her group with the ledger reconciliation'):
that work, never 'new work'. Phrasings written for this test."""

from datetime import date

from agent.understanding import parse_situation


def test_a_loan_to_help_someones_team_with_a_piece_of_work_names_that_work():
    s = parse_situation("ottavia from treasury wants ines for three weeks from jan 11 to help her group with the ledger "
                        "reconciliation. she's on the demand forecast. what does it cost us?", None, date(2026, 12, 4))
    assert s.get("new_work") == "ledger reconciliation"
