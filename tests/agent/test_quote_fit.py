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


def test_a_calendar_audit_line_needs_meetings_or_focus_in_the_case_not_an_unrelated_audit():
    line = "Audit the team's calendar: count recurring meetings and status rituals per engineer, and cut what no one would miss."
    outage = "the billing export has been down since 7am and the auditors need the miss counts by tuesday, what first"
    avoid = unfit_quotes(outage, None, [])
    assert avoid is not None and avoid.search(line)
    meetings = unfit_quotes("my team says they have no focus time, four recurring syncs a day. what do i cut", None, [])
    assert meetings is None or not meetings.search(line)


def test_exploration_and_resource_lines_need_research_or_a_resource_ask():
    explore = "Redefine progress for the exploration phase: hypotheses tested, options ruled out, and the next step."
    ask = "Tie every resource request to a business outcome and a decision date."
    slip = "tell the client their weekly dashboards slip to february because the rain gauges failed"
    avoid = unfit_quotes(slip, None, [])
    assert avoid is not None and avoid.search(explore) and avoid.search(ask)
    spike = unfit_quotes("update the CTO on the six-week research spike on graph features", None, [])
    assert spike is None or not spike.search(explore)


def test_a_resource_line_fits_a_message_whose_purpose_is_a_resource_ask():
    from agent.situation import Fact, Situation

    ask = "Tie every resource request to a business outcome and a decision date."
    situation = Situation(intents=["stakeholder_message"], facts=[Fact(name="purpose", value="ask_for_resources", source="question")])
    fits = unfit_quotes("write to my director about the two contractors we need", situation, [])
    assert fits is None or not fits.search(ask)


def test_a_line_backed_only_by_words_half_the_corpus_uses_is_not_quoted():
    common = _passage("some-card", "Keep leadership close and tell them early.")
    rare = _passage("other-card", "Agree a minimal freeze checklist so the paused work stays resumable.")
    decision = "keep the leadership informed early; freeze the work with a checklist so it stays resumable"
    assert [line for _, line in pick_guidance([common], decision=decision)] == []
    assert [line for _, line in pick_guidance([common, rare], decision=decision)] == [rare["text"][2:]]


def test_switching_a_system_off_is_not_a_move_of_a_person():
    card = _passage("protect-near-finished-work", "A properly closed project makes the next one start faster.")
    system = "the ops lead asks if we can switch off the legacy scoring on jan 4, write him a reply"
    person = "can I switch Omar to the pricing work before his model ships?"
    assert _cards_for_case([card], system)[0]["text"] == ""
    assert _cards_for_case([card], person)[0]["text"] == card["text"]
