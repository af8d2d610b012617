"""Quoted guidance backs the line it sits under: no 'junior engineers' line for someone who is not junior, no
'present options' after the manager ruled options out, no near-finished-work card under a post that moves nobody."""

from __future__ import annotations

from agent.compose import _cards_for_case, pick_guidance, unfit_quotes

JUNIOR = "Junior engineers often hold off too long before asking for help because they worry about looking incompetent."
OPTIONS = "Present options, not refusals: scope A by the date, full scope later, or full scope with more people."


def _passage(card: str, text: str) -> dict:
    return {"id": f"{card}#what-to-do", "card_id": card, "title": card, "text": f"- {text}", "source": "s"}


def test_a_line_about_juniors_is_not_quoted_for_someone_the_question_does_not_call_junior():
    senior = "1:1 with dagny wed. she's sharp, came from a quant fund, three weeks in, and has stopped asking for help"
    avoid = unfit_quotes(senior, None, [])
    assert avoid is not None and avoid.search(JUNIOR)
    passages = [_passage("normalize-asking-for-help", JUNIOR)]
    assert pick_guidance(passages, query=senior, avoid=avoid, decision="asking for help looking incompetent") == []
    junior = unfit_quotes("1:1 with a junior who joined three weeks ago and never asks for help", None, [])
    assert junior is None or not junior.search(JUNIOR)


def test_options_are_not_quoted_once_the_manager_said_no_options():
    q = "tell the ops directors the ETA model moves to mid january. decision's made, i don't want options in the email"
    avoid = unfit_quotes(q, None, [])
    assert avoid is not None and avoid.search(OPTIONS)
    decline = unfit_quotes("can you help me decline the demo request from sales", None, [])
    assert decline is None or not decline.search(OPTIONS)


def test_the_near_finished_card_is_quoted_only_when_someone_is_moved_or_near_the_end():
    card = _passage("protect-near-finished-work", "A new priority does not have to land on everyone the same afternoon.")
    post = "post for the team: from january no deploys on fridays, and every deploy names a rollback owner"
    move = "tell my team Priya moves to the summarizer after fraud v3 ships"
    assert _cards_for_case([card], post)[0]["text"] == ""
    assert _cards_for_case([card], move)[0]["text"] == card["text"]
