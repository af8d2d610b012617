"""A 1-on-1 with a peer who is not the manager's report gets the peer's question set (the goal you share, the facts as
shared data, one rule you both keep), never a report's growth or feedback-for-you questions; the manager's stated
numbers reach the agenda; a meeting with no day said is not dated today; a named piece of the team file's work keeps
the file's status."""

from __future__ import annotations


def test_a_peer_gets_a_shared_goal_and_a_joint_rule_not_report_questions(offline_copilot):
    question = ("need to prep a tricky 1:1 with gustavo on wednesday, 30 min. he's a peer, heads the warehouse team, not my report. "
                "his pickers keep skipping our slotting suggestions during the holiday rush, and at the monday ops sync he says "
                "'the algorithm is useless'. the skipped suggestions cost us roughly 15k in overtime last week. i want him on board")
    r = offline_copilot.ask(question)
    assert r.intent == "one_on_one"
    assert "a peer, not your report" in r.answer
    assert "One rule you both keep" in r.answer
    assert "15k" in r.answer and "the algorithm is useless" in r.answer
    assert "do your best work" not in r.answer and "career goal" not in r.answer.casefold()


def test_a_report_with_stated_numbers_gets_them_as_items(offline_copilot):
    question = ("1:1 with halvard friday 30 min. his last four model releases each needed a hotfix within a day, "
                "and the churn dashboard was two weeks late. need to be straight with him")
    r = offline_copilot.ask(question)
    assert "four model releases" in r.answer and "two weeks late" in r.answer


def test_a_meeting_with_no_day_said_is_not_dated_today(offline_copilot):
    r = offline_copilot.ask("prep a 30 min 1:1 with wilhelmina, she seems stretched thin lately")
    assert "day not given" in r.answer


def test_work_named_by_part_of_its_name_keeps_the_team_files_status(offline_copilot, example_team):
    question = "1:1 with aisha monday, 30 min. she's been up past midnight all week getting the migration done"
    r = offline_copilot.ask(question, team=example_team)
    assert "status: deep_work" in r.answer


def test_ones_own_boss_is_said_back_in_the_managers_words_not_a_cue_name():
    from datetime import date

    from agent.compose import understood_block
    from agent.understanding import parse_situation

    block = understood_block(parse_situation("1:1 with my boss tomorrow, 30 min, i want to ask for a second data engineer", None, date(2026, 12, 4)))
    assert 'Who they are to you: your own manager (you said "1:1 with my boss")' in block
    assert "managing_up" not in block
