"""Planner, Org, Triage and 1-on-1 tab logic against the example team."""

from __future__ import annotations

import pytest

from tools.errors import ToolInputError
from tools.team import load_team
from ui import one_on_one, org, planner, triage_tab


@pytest.fixture(scope="module")
def team(repo_root):
    return load_team(repo_root / "examples" / "team.yaml")


def test_whatif_plot_and_table(team):
    fig, table, note = planner.whatif(team, "Priya", 3, 5, 8, 9, ["switch_now", "finish_first"], trials=500)
    assert list(table["strategy"].str.replace(" (recommended)", "", regex=False)) == ["switch now", "finish first"]
    assert "Recommended:" in note
    ax = fig.axes[0]
    assert ax.get_title() == "Completion time by strategy"
    assert {t.get_text() for t in ax.get_legend().get_texts()} >= {"P50", "P80", "P95", "deadline"}


def test_whatif_needs_a_person_with_current_work(team):
    with pytest.raises(ToolInputError, match="no current_work"):
        planner.whatif(team, "Sam", 3, 5, 8, 9, ["switch_now"], trials=200)
    with pytest.raises(ToolInputError, match="at least one strategy"):
        planner.whatif(team, "Priya", 3, 5, 8, 9, [], trials=200)


def test_strategy_choices_come_from_the_tool():
    assert set(planner.strategy_choices()) == {"switch_now", "finish_first", "split_capacity", "defer_new"}


def test_forecast_and_message_from_it(team):
    fig, table, note, result = planner.forecast(team, "LLM summarizer")
    assert list(table["measure"])[:3] == ["P50", "P80", "P95"]
    assert result.p50.working_days <= result.p80.working_days <= result.p95.working_days
    labels = {t.get_text() for t in fig.axes[0].get_legend().get_texts()}
    assert {"P50", "P80", "P95", "deadline"} <= labels
    text = planner.draft_from_forecast(team, "LLM summarizer", result, "product")
    assert text.startswith("Subject:") and "LLM summarizer" in text
    assert "Run a forecast first" in planner.draft_from_forecast(team, "LLM summarizer", None, "product")


def test_forecast_unknown_project(team):
    with pytest.raises(ToolInputError, match="known projects"):
        planner.forecast(team, "Nope")


def test_org_questionnaire_scores_and_design_choices():
    questions = org.questionnaire()
    assert len(questions) == 12 and all(choices[0] == org.UNKNOWN for _, _, choices in questions)
    result = org.score({"ml_reports_to": "rnd_arm", "publishing": "often", "data_access": org.UNKNOWN}, "")
    assert result.top == "rnd"
    fig = org.scores_figure(result)
    assert len(fig.axes[0].patches) == 5
    md = org.result_markdown(result)
    assert "Recommended design choices" in md and "Data ownership" in md


def test_org_needs_some_answer():
    with pytest.raises(ToolInputError, match="at least one question"):
        org.score({"publishing": org.UNKNOWN}, "  ")


def test_triage_table_and_split(team):
    rows, summary = triage_tab.triage(team, 1.0)
    assert len(rows) == len(team.inbox) == 5
    assert all(len(r) == len(triage_tab.TRIAGE_COLUMNS) for r in rows)
    assert "Reaches the team this week" in summary and "You absorb" in summary
    assert "Fraud alerts spiking" in summary.split("**You absorb**")[0]


def test_agenda_markdown_and_file(team, tmp_path):
    md = one_on_one.agenda_markdown(team, "Marco", 30)
    assert md.startswith("# 1-on-1 with Marco")
    path = one_on_one.write_agenda_file(md, "Marco", folder=tmp_path)
    assert path.name == "1on1-Marco.md" and path.read_text() == md
    with pytest.raises(ToolInputError, match="known people"):
        one_on_one.agenda_markdown(team, "Nobody")
