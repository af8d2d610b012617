"""Planner, Org, Triage and 1-on-1 tab logic against the example team."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tools.errors import ToolInputError
from tools.team import load_team
from ui import one_on_one, org, planner, triage_tab


@pytest.fixture(scope="module")
def team(repo_root):
    return load_team(repo_root / "examples" / "team.yaml")


def test_whatif_plot_and_table_name_the_new_work(team):
    fig, table, note = planner.whatif(team, "Priya", "LLM summarizer", 3, 5, 8, 9, ["switch_now", "finish_first"],
                                      trials=500)
    assert list(table["strategy"].str.replace(" (recommended)", "", regex=False)) == ["switch now", "finish first"]
    assert table.columns[1].startswith("LLM summarizer done in")
    assert all("_" not in str(c) for c in table.columns)
    assert "Recommended:" in note
    ax = fig.axes[0]
    assert ax.get_title() == "Completion time by strategy"
    assert {t.get_text() for t in ax.get_legend().get_texts()} >= {"P50", "P80", "P95", "deadline", "LLM summarizer"}


def test_whatif_needs_a_person_with_current_work(team):
    with pytest.raises(ToolInputError, match="no current_work"):
        planner.whatif(team, "Sam", "x", 3, 5, 8, 9, ["switch_now"], trials=200)
    with pytest.raises(ToolInputError, match="at least one strategy"):
        planner.whatif(team, "Priya", "x", 3, 5, 8, 9, [], trials=200)


def test_strategy_choices_come_from_the_tool():
    assert set(planner.strategy_choices()) == {"switch_now", "finish_first", "split_capacity", "defer_new"}


def test_forecast_has_dates_on_its_axis_and_the_message_lists_its_options(team):
    fig, table, note, result = planner.forecast(team, "LLM summarizer")
    assert list(table.iloc[:3, 0]) == ["50% chance done by", "80% chance done by", "95% chance done by"]
    assert list(table.iloc[:3, 1]) == [str(getattr(result, k).date) for k in ("p50", "p80", "p95")]
    assert result.p50.working_days <= result.p80.working_days <= result.p95.working_days
    ax = fig.axes[0]
    labels = {t.get_text() for t in ax.get_legend().get_texts()}
    assert {"P50", "P80", "P95", "deadline"} <= labels
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    assert ticks and all(re.fullmatch(r"\d\d [A-Z][a-z]{2}", t) for t in ticks), ticks
    assert ax.get_xlabel().startswith("finish date")
    assert planner.working_day(date(2026, 12, 4), 1) == date(2026, 12, 4)  # a Friday: day 1 ends that day
    assert planner.working_day(date(2026, 12, 4), 2) == date(2026, 12, 7)  # then the weekend is skipped
    start = team.project("LLM summarizer").start or date.today()
    assert planner.working_day(start, result.p80.working_days) == result.p80.date  # the axis agrees with the table
    text = planner.draft_from_forecast(team, "LLM summarizer", result, "product")
    assert text.startswith("Subject:") and "LLM summarizer" in text
    # a draft that mentions options lists them; at risk, the options come from the forecast's own dates
    if "option" in text.lower():
        assert "Options:" in text and "\n- " in text.split("Options:")[1], text
    if planner.at_risk(result):
        assert f"Plan on {result.p80.date:%d %b}" in text and "Keep scope and date, add help" in text
    assert "Run a forecast first" in planner.draft_from_forecast(team, "LLM summarizer", None, "product")


def test_forecast_unknown_project(team):
    with pytest.raises(ToolInputError, match="known projects"):
        planner.forecast(team, "Nope")


def test_org_questionnaire_scores_and_design_choices():
    questions = org.questionnaire()
    assert len(questions) == 12 and all(choices[0] == (org.UNKNOWN, org.UNKNOWN) for _, _, choices in questions)
    assert all("_" not in label for _, _, choices in questions for label, _ in choices)
    result = org.score({"ml_reports_to": "rnd_arm", "publishing": "often", "data_access": org.UNKNOWN}, "")
    assert result.top == "rnd"
    fig = org.scores_figure(result)
    assert len(fig.axes[0].patches) == 5
    md = org.result_markdown(result)
    assert "Recommended design choices" in md and "Data ownership" in md


def test_org_needs_some_answer():
    with pytest.raises(ToolInputError, match="at least one question"):
        org.score({"publishing": org.UNKNOWN}, "  ")


def test_triage_table_cards_and_split(team):
    rows, summary, cards = triage_tab.triage(team, 1.0)
    assert len(rows) == len(team.inbox) == 5
    assert all(len(r) == len(triage_tab.TRIAGE_COLUMNS) for r in rows)
    assert "Reaches the team this week" in summary and "You absorb" in summary
    assert "Fraud alerts spiking" in summary.split("**You absorb**")[0]
    # every request explains its priority in words and carries its reply; no internal decision names
    assert cards.count("#### ") == 5 and cards.count("Suggested reply:") == 5
    assert cards.count("Priority ") >= 5 and "impact" in cards and "Priority Priority" not in cards
    assert not any(d in cards for d in ("pass_to_team", "hold_for_planning", "handle_yourself"))


def test_priority_words_add_up_to_the_priority(team):
    from tools.triage import inbox_from_team, triage_inbox

    for d in triage_inbox(inbox_from_team(team)).decisions:
        text = triage_tab.priority_words(d)
        if getattr(d, "priority_explained", None):
            assert text == d.priority_explained
            continue
        p = d.parts
        total = p.impact + p.urgency + p.deadline_pressure - p.effort_cost - p.interruption_cost
        assert text.startswith(f"Priority {d.priority:.0f}") and round(total) == round(d.priority)


def test_agenda_notes_pass_the_cues_they_contain(team, monkeypatch):
    import agent

    calls = []

    def fake_detect(text):
        calls.append(text)
        return ["new_hire", "quiet"]

    understanding = type("M", (), {"detect_cues": staticmethod(fake_detect)})
    monkeypatch.setitem(__import__("sys").modules, "agent.understanding", understanding)
    monkeypatch.setattr(agent, "understanding", understanding, raising=False)
    md = one_on_one.agenda_markdown(team, "Marco", 30, notes="joined three weeks ago, quiet in stand-ups")
    assert calls == ["joined three weeks ago, quiet in stand-ups"]
    assert md.startswith("# 1-on-1 with Marco")  # the agenda itself carries the cues
    plain = one_on_one.agenda_markdown(team, "Marco", 30)
    assert "new hire" in md.lower().replace("_", " ") and md != plain
    assert one_on_one.detect_cues("   ") == []


def test_agenda_markdown_and_file(team, tmp_path):
    md = one_on_one.agenda_markdown(team, "Marco", 30)
    assert md.startswith("# 1-on-1 with Marco")
    path = one_on_one.write_agenda_file(md, "Marco", folder=tmp_path)
    assert path.name == "1on1-Marco.md" and path.read_text() == md
    with pytest.raises(ToolInputError, match="known people"):
        one_on_one.agenda_markdown(team, "Nobody")


def test_a_description_prefills_the_questionnaire_with_its_evidence():
    text = "ML sits in an R&D arm and we publish papers often."
    found = org.infer(text)
    answers = {q: a for q, a, _ in found}
    assert answers.get("ml_reports_to") == "rnd_arm" and answers.get("publishing") == "often"
    assert all(words and words.lower() in text.lower() for _, _, words in found)
    md = org.inferred_markdown(found)
    assert md.startswith(f"**Filled in from your description** ({len(found)} of 12")
    assert "\u201c" in md and "_" not in md.replace("**", "")
    assert org.inferred_markdown([]).startswith("Nothing in the description matched")


def test_org_chart_uses_names_not_ids():
    result = org.score({"ml_reports_to": "rnd_arm", "publishing": "often"}, "")
    labels = [t.get_text() for t in org.scores_figure(result).axes[0].get_yticklabels()]
    assert len(labels) == 5 and not any("_" in label for label in labels), labels
    assert org.archetype_label(result.top) in labels
