"""Team tables: round trip, validation on save, atomic writes, and where the team file lives."""

from __future__ import annotations

import pytest

from agent.settings import load_settings
from tools.team import TeamFileError, load_team
from ui import team_tab


def tables(team):
    t = team_tab.team_to_tables(team)
    return [t["team"], t["manager"], t["budget"], t["people"], t["projects"], t["tasks"], t["inbox"]]


def test_tables_round_trip_the_example(team_file):
    team = load_team(team_file)
    assert team_tab.apply_tables(*tables(team)) == team


def test_tasks_table_is_flattened(team_file):
    t = team_tab.team_to_tables(load_team(team_file))
    row = dict(zip(team_tab.TASK_COLUMNS, t["tasks"][1]))
    assert row == {"project": "Fraud model v3", "task": "Train and tune", "optimistic": "2", "most_likely": "4",
                   "pessimistic": "7", "success_probability": "0.85", "depends_on": "Finish feature backfill",
                   "assignee": "Priya"}


def test_pandas_tables_and_blank_rows_are_accepted(team_file):
    import pandas as pd

    team = load_team(team_file)
    args = tables(team)
    args[3] = pd.DataFrame(args[3] + [[""] * len(team_tab.PEOPLE_COLUMNS)], columns=team_tab.PEOPLE_COLUMNS)
    assert team_tab.apply_tables(*args) == team


def test_invalid_edit_changes_nothing_on_disk(team_file, tmp_path):
    path = tmp_path / "team.yaml"
    path.write_bytes(team_file.read_bytes())
    before = path.read_bytes()
    args = tables(load_team(path))
    args[5][0][3] = "1"  # most_likely 1 < optimistic 2
    with pytest.raises(TeamFileError, match="optimistic <= most_likely <= pessimistic"):
        team_tab.save_tables(path, *args)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team.yaml"]


def test_task_for_unknown_project_is_rejected(team_file, tmp_path):
    args = tables(load_team(team_file))
    args[5][0][0] = "No such project"
    with pytest.raises(TeamFileError, match="not in the projects table"):
        team_tab.apply_tables(*args)


def test_valid_save_writes_and_keeps_a_backup(team_file, tmp_path):
    path = tmp_path / "team.yaml"
    path.write_bytes(team_file.read_bytes())
    args = tables(load_team(path))
    args[3][0][1] = "Staff ML engineer"  # Priya's role
    team_tab.save_tables(path, *args)
    assert load_team(path).person("Priya").role == "Staff ML engineer"
    assert (tmp_path / "team.yaml.bak").read_bytes() == team_file.read_bytes()


def test_team_file_is_copied_into_lead_home_not_written_in_the_repo(tmp_path, team_file):
    settings = load_settings(home=tmp_path / "home")
    path = team_tab.team_path(settings)
    assert path == tmp_path / "home" / "team.yaml"
    assert path.read_bytes() == team_file.read_bytes()
    explicit = load_settings(home=tmp_path / "home", team=str(team_file))
    assert team_tab.team_path(explicit) == team_file
