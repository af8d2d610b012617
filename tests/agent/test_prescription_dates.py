"""A forecast that misses its date, when no change saves the date alone, offers the one that can: a fallback for the
step that fails outright together with the earliest date it reaches."""

import re

from agent.service import Copilot

QUESTION = ("data cleanup 1-2 weeks, training 2-4 weeks with maybe a 60% chance the approach works at all, integration 1 week. "
            "The deadline is in 4 weeks. Will we make it?")  # fmt: skip


def test_a_forecast_no_single_change_can_save_gets_a_fallback_with_the_date_it_reaches(monkeypatch):
    monkeypatch.setenv("LEAD_TODAY", "2026-12-04")  # four weeks that span the year-end break: nothing saves the date
    answer = Copilot().ask(QUESTION).answer
    block = answer.split("**What would change the odds**", 1)[1].split("\n\n", 1)[0]
    lines = [line for line in block.splitlines() if line.startswith("- ")]
    changes = [line for line in lines if re.search(r": \d+% \(", line)]
    assert changes and "fallback" in changes[0] and "move the date to" in changes[0]  # the change that saves it, with its date
    assert "(reaches the target)" in changes[0]
