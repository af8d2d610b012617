"""A person's stated time off reaches the what-if: the dates skip those days, the answer says which, and the team's
year-end break is still assumed (and said to be) because one person's days off are not the team's calendar. Fresh
phrasing (b37-u01 showed the class: 'he's also off the 21st to the 23rd' became the new work's deadline)."""

from __future__ import annotations

from datetime import date

QUESTION = ("the risk director wants bea off the claims triage model from monday and onto a fraud ring graph, roughly four weeks. "
            "she reckons 7 working days left on triage, which is due jan 20. she's away the 14th to the 16th. what do i tell him")


def test_her_days_off_are_skipped_and_said_beside_the_assumed_team_break(offline_copilot):
    r = offline_copilot.ask(QUESTION)
    call = next(t for t in r.tool_calls if t.name == "compare_strategies")
    holidays = {date.fromisoformat(d) for d in call.arguments["holidays"]}
    assumed = {date.fromisoformat(d) for d in call.arguments["assumed_holidays"]}
    her_days = {date(2026, 12, 14), date(2026, 12, 15), date(2026, 12, 16)}
    assert her_days <= holidays and not her_days & assumed
    assert date(2026, 12, 24) in assumed  # the team's break is still an assumption
    assert "These dates skip the days off you gave (Mon 14 Dec to Wed 16 Dec) and an assumed year-end break" in r.answer
    assert "New work needed by: Mon 14 Dec" not in r.answer  # her first day off is no deadline


def test_two_stretches_of_days_off_are_said_apart_never_as_one_range(offline_copilot):
    r = offline_copilot.ask("the ops lead wants kai on a routing fix from monday, about 2 weeks. kai has 25 working days left on the "
                            "churn model, due mar 5. the team's off 24 dec to 1 jan and the whole team is at the offsite jan 14-15. ok?")
    assert "(Thu 24 Dec to Fri 01 Jan and Thu 14 Jan to Fri 15 Jan)" in r.answer
    assert "Thu 24 Dec to Fri 15 Jan" not in r.answer
