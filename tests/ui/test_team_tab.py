"""The Team tab: the person form and tables round-trip the team, problems are sentences naming the person and
the field (never field paths), saving validates first and writes atomically, and where the team file lives."""

from __future__ import annotations

from datetime import date

import pytest

from lead_core.settings import load_settings
from tools.team import TeamFileError, load_team
from ui import team_tab
from ui.team_form import PERSON_FIELDS, form_to_person, person_to_form, problems

KEYS = [f.key for f in PERSON_FIELDS]


def tab(team, index=0, **changes):
    """The Team tab's inputs for `team`, with person `index` shown in the form and `changes` typed into it."""
    t, data = team_tab.team_to_tables(team), team_tab.team_to_draft(team)
    form = team_tab.person_form(data, index)
    for key, value in changes.items():
        form[KEYS.index(key)] = value
    return [data, index, form, t["team"], t["manager"], t["budget"], t["projects"], t["tasks"], t["inbox"]]


def test_form_and_tables_round_trip_the_example(team_file):
    team = load_team(team_file)
    assert team_tab.apply_edit(*tab(team)) == team
    assert team_tab.apply_edit(*tab(team, index=2)) == team


def test_saving_the_tab_keeps_the_team_files_holidays(team_file):
    team = load_team(team_file).model_copy(update={"holidays": [date(2026, 12, 24), date(2026, 12, 25)]})
    assert team_tab.apply_edit(*tab(team, role="Staff ML engineer")).holidays == team.holidays


def test_the_form_shows_percentages_and_one_line_per_list_item(team_file):
    priya = load_team(team_file).person("Priya").model_dump(mode="json")
    form = dict(zip(KEYS, person_to_form(priya)))
    assert form["success_probability"] == round(priya["current_work"]["success_probability"] * 100)
    assert form["capacity"] == round(priya["capacity"] * 100)
    assert form["recent_wins"].splitlines() == priya["recent_wins"]
    assert form_to_person(person_to_form(priya))["current_work"]["success_probability"] == \
        priya["current_work"]["success_probability"]


def test_an_edit_in_the_form_reaches_the_team(team_file):
    team = load_team(team_file)
    edited = team_tab.apply_edit(*tab(team, role="Staff ML engineer", success_probability=60))
    first = team.people[0].name
    assert edited.person(first).role == "Staff ML engineer"
    assert edited.person(first).current_work.success_probability == pytest.approx(0.6)


def test_a_bad_value_is_one_sentence_naming_the_person_and_the_field(team_file):
    team = load_team(team_file)
    first = team.people[0].name
    with pytest.raises(team_tab.TeamEditError) as caught:
        team_tab.apply_edit(*tab(team, success_probability=150, capacity=-10, last_feedback="last week"))
    sentences = [text for _, text in caught.value.problems]
    assert f"{first}'s chance of success must be between 0 and 100%" in sentences
    assert f"{first}'s time for project work must be between 0 and 100%" in sentences
    assert f"{first}'s last feedback given must be a date like 2026-11-20" in sentences
    assert all(who == 0 for who, _ in caught.value.problems)
    assert not any("people." in s or "current_work" in s or "_" in s for s in sentences), sentences


def test_weeks_left_out_of_order_and_a_missing_name_are_explained(team_file):
    team = load_team(team_file)
    data = team_tab.edited_data(*tab(team, remaining_weeks_low=5, remaining_weeks_likely=2, name=""))
    found = [text for _, text in problems(data)]
    assert "Person 1's name is required" in found
    assert any("current work: must go optimistic \u2264 most likely \u2264 pessimistic" in s for s in found), found


def test_switching_person_keeps_the_edit_of_the_one_left(team_file):
    team = load_team(team_file)
    args = tab(team, role="Principal wizard")
    data = team_tab.commit_person(args[0], 0, args[2])
    assert data["people"][0]["role"] == "Principal wizard"
    assert team_tab.person_form(data, 1)[KEYS.index("name")] == team.people[1].name
    assert [label for label, _ in team_tab.people_choices(data)] == [p.name for p in team.people]


def test_tasks_table_is_flattened_with_percent_chances(team_file):
    t = team_tab.team_to_tables(load_team(team_file))
    row = dict(zip(team_tab.TASK_COLUMNS, t["tasks"][1]))
    assert row == {"project": "Fraud model v3", "task": "Train and tune", "optimistic": "2", "most_likely": "4",
                   "pessimistic": "7", "success_probability": "85", "depends_on": "Finish feature backfill",
                   "assignee": "Priya"}
    assert all("_" not in label for label in team_tab.TASK_LABELS + team_tab.INBOX_LABELS + team_tab.PROJECT_LABELS)


def test_pandas_tables_and_blank_rows_are_accepted(team_file):
    import pandas as pd

    team = load_team(team_file)
    args = tab(team)
    args[-1] = pd.DataFrame(args[-1] + [[""] * len(team_tab.INBOX_COLUMNS)], columns=team_tab.INBOX_LABELS)
    assert team_tab.apply_edit(*args) == team


def test_invalid_edit_changes_nothing_on_disk(team_file, tmp_path):
    path = tmp_path / "team.yaml"
    path.write_bytes(team_file.read_bytes())
    before = path.read_bytes()
    args = tab(load_team(path))
    args[-2][0][3] = "1"  # most_likely 1 < optimistic 2
    with pytest.raises(TeamFileError, match="must go optimistic \u2264 most likely \u2264 pessimistic"):
        team_tab.save_edit(path, *args)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.yaml"]


def test_task_for_unknown_project_is_rejected(team_file):
    args = tab(load_team(team_file))
    args[-2][0][0] = "No such project"
    with pytest.raises(TeamFileError, match="not in the projects table"):
        team_tab.apply_edit(*args)


def test_valid_save_writes_and_keeps_a_backup(team_file, tmp_path):
    path = tmp_path / "team.yaml"
    path.write_bytes(team_file.read_bytes())
    team_tab.save_edit(path, *tab(load_team(path), role="Staff ML engineer"))
    assert load_team(path).people[0].role == "Staff ML engineer"
    assert (tmp_path / "team.yaml.bak").read_bytes() == team_file.read_bytes()


def test_team_file_is_copied_into_lead_home_not_written_in_the_repo(tmp_path, team_file):
    settings = load_settings(home=tmp_path / "home")
    path = team_tab.team_path(settings)
    assert path == tmp_path / "home" / "team.yaml"
    assert path.read_bytes() == team_file.read_bytes()
    explicit = load_settings(home=tmp_path / "home", team=str(team_file))
    assert team_tab.team_path(explicit) == team_file
