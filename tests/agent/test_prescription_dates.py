"""A forecast that misses its date lists what each plan change does, even when none saves the date alone."""

from agent.service import Copilot

QUESTION = ("data cleanup 1-2 weeks, training 2-4 weeks with maybe a 60% chance it works first time, integration 1 week. "
            "The deadline is in 4 weeks. Will we make it?")  # fmt: skip


def test_a_forecast_no_change_can_save_still_lists_what_each_change_does_to_the_date(monkeypatch):
    monkeypatch.setenv("LEAD_TODAY", "2026-12-04")  # four weeks that span the year-end break: nothing saves the date
    answer = Copilot().ask(QUESTION).answer
    block = answer.split("**What would change the odds**", 1)[1].split("\n\n", 1)[0]
    lines = [line for line in block.splitlines() if line.startswith("- ")]
    assert len(lines) >= 2 and all("%" in line and "done by" in line for line in lines)
    assert "fallback" in lines[0]
