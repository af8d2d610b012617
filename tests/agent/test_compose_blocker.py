"""A forecast says what it assumes of a block the manager named, instead of listing the person as not used (b45-u06
showed the class). Phrasings written for this test."""

from datetime import date

from agent.compose import _blocker_lines
from agent.understanding import parse_situation
from tools.team import load_team

TEAM = load_team("examples/team.yaml")
TODAY = date(2026, 12, 4)


def test_a_named_block_on_the_forecast_work_is_said_with_what_the_dates_assume():
    s = parse_situation("odds for the feature store migration by jan 22? aisha has been stuck 2 days on the schema registry", TEAM, TODAY)
    assert s.get("blocker") and "schema registry" in s.get("blocker")
    line = " ".join(_blocker_lines(s))
    assert "Aisha has been stuck" in line and "schema registry" in line and "clears today" in line


def test_no_block_named_adds_no_line():
    s = parse_situation("odds for the feature store migration by jan 22? we're off 24 dec to 1 jan", TEAM, TODAY)
    assert _blocker_lines(s) == []


def test_work_said_to_go_slowly_is_said_as_a_drag_not_a_block():
    # b44-u06 showed the class: "tom's been slow on the rubric" was dropped from the forecast
    s = parse_situation("will the feature store migration make jan 29? aisha's been struggling with the backfill tbh", TEAM, TODAY)
    line = " ".join(_blocker_lines(s))
    assert "struggling with the backfill" in line and "later dates" in line and "stuck" not in line
