"""The team file: validation with clear messages, atomic saves that never corrupt the file, parsed once per change."""

import os

import pytest

from tools.team import TeamFileError, dump_team, load_team, parse_team, save_team


def test_example_team_loads(team_file):
    team = load_team(team_file)
    assert 5 <= len(team.people) <= 6
    priya = team.person("priya")
    assert priya is not None and priya.current_work.remaining_weeks_likely == 2
    assert team.project("fraud model v3").tasks
    assert len(team.inbox) == 5


def test_round_trip_is_lossless(team_file):
    team = load_team(team_file)
    assert parse_team(__import__("yaml").safe_load(dump_team(team))) == team


@pytest.mark.parametrize(
    "text, expected",
    [
        ("people: [name: x\n", "line"),
        ("people:\n  - name: A\n    role: x\n    shoe_size: 9\n", "shoe_size"),
        ("people:\n  - {name: Ann, role: x}\n  - {name: ann, role: y}\n", "duplicate person names"),
        ("projects:\n  - name: P\n    tasks:\n      - {name: t, optimistic: -1, most_likely: 2, pessimistic: 3}\n", "optimistic"),
        ("projects:\n  - name: P\n    tasks:\n      - {name: t, optimistic: 5, most_likely: 2, pessimistic: 3}\n", "optimistic <= most_likely"),
        ("projects:\n  - name: P\n    tasks:\n      - {name: t, optimistic: 1, most_likely: 2, pessimistic: 3, success_probability: 1.5}\n", "success_probability"),
        ("projects:\n  - name: P\n    tasks:\n      - {name: t, optimistic: 1, most_likely: 2, pessimistic: 99999}\n", "pessimistic"),
        ("projects:\n  - name: P\n    tasks:\n      - {name: t, optimistic: 1, most_likely: 2, pessimistic: 3, depends_on: [ghost]}\n", "ghost"),
        ("", "empty"),
        ("- just\n- a list\n", "mapping"),
    ],
)
def test_bad_team_files_get_one_clear_message(tmp_path, text, expected):
    path = tmp_path / "team.yaml"
    path.write_text(text)
    with pytest.raises(TeamFileError) as info:
        load_team(path)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and "Traceback" not in message


def test_yaml_errors_name_the_line(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text("team: X\npeople:\n  - name: [unclosed\n")
    with pytest.raises(TeamFileError, match=r"line \d+"):
        load_team(path)


def test_missing_and_non_utf8_files(tmp_path):
    with pytest.raises(TeamFileError, match="not found"):
        load_team(tmp_path / "nope.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("team: Caf\xe9\n".encode("latin-1"))
    with pytest.raises(TeamFileError, match="UTF-8"):
        load_team(bad)


def test_save_is_atomic_and_keeps_a_backup(tmp_path, team_file):
    team = load_team(team_file)
    target = tmp_path / "team.yaml"
    target.write_text(team_file.read_text())
    original = target.read_bytes()
    team.people[0].career_goal = "Lead the platform"
    save_team(team, target)
    assert load_team(target).people[0].career_goal == "Lead the platform"
    assert (tmp_path / "team.yaml.bak").read_bytes() == original
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_a_crash_mid_save_leaves_the_previous_file(tmp_path, team_file, monkeypatch):
    team = load_team(team_file)
    target = tmp_path / "team.yaml"
    target.write_text(team_file.read_text())
    before = target.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("lead_core.atomic.os.replace", boom)
    team.people[0].role = "Changed"
    with pytest.raises(OSError):
        save_team(team, target)
    assert target.read_bytes() == before
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_names_lists_people_requesters_and_manager(team_file):
    names = load_team(team_file).names()
    assert {"Priya", "Marco", "Dana", "Victor"} <= set(names)
    assert names == sorted(names, key=lambda s: (-len(s), s))


def test_a_file_is_parsed_once_per_change_and_callers_get_their_own_copy(tmp_path, team_file, monkeypatch):
    import tools.team as team_module

    path = tmp_path / "team.yaml"
    path.write_text(team_file.read_text())
    reads = []
    real_read = team_module._read_team
    monkeypatch.setattr(team_module, "_read_team", lambda p: reads.append(p) or real_read(p))
    first = load_team(path)
    first.people[0].name = "Changed by the caller"
    second = load_team(path)
    assert len(reads) == 1
    assert second.people[0].name != "Changed by the caller"
    text = path.read_text().replace("name: Priya", "name: Priyanka", 1)
    path.write_text(text)
    assert load_team(path).people[0].name == "Priyanka" and len(reads) == 2
    path.unlink()
    with pytest.raises(TeamFileError, match="not found"):
        load_team(path)


def test_the_owner_of_a_current_work_is_found_by_its_name():
    from pathlib import Path

    from tools.team import load_team

    team = load_team(Path(__file__).resolve().parents[2] / "examples" / "team.yaml")
    owner = team.current_work_owner("feature store MIGRATION ")
    assert owner is not None and owner.current_work.project == "Feature store migration"
    assert team.current_work_owner("no such work") is None


def test_free_people_are_the_available_ones_in_file_order_besides_the_one_asked_about():
    from pathlib import Path

    from tools.team import load_team

    team = load_team(Path(__file__).resolve().parents[2] / "examples" / "team.yaml")
    free = [p.name for p in team.people if p.status == "available"]
    assert free, "the example team file marks someone available"
    assert team.free_people() == free
    assert team.free_people(besides=free[0].upper()) == free[1:]
    assert team.free_people(besides="nobody here") == free


def test_a_persons_share_of_a_project_in_weeks_falls_back_to_the_whole_project():
    from tools.team import Project

    project = Project(name="Churn", tasks=[
        {"name": "data", "optimistic": 5, "most_likely": 10, "pessimistic": 15, "assignee": "Aisha"},
        {"name": "model", "optimistic": 2.5, "most_likely": 5, "pessimistic": 12.5, "assignee": "Lena"},
    ])  # fmt: skip
    assert project.weeks_for("aisha") == (1.0, 2.0, 3.0)
    assert project.weeks_for("Tom") == project.weeks_for(None) == (1.5, 3.0, 5.5)


def test_a_requests_effort_in_weeks_is_20_percent_under_to_50_percent_over():
    from tools.team import Request

    assert Request(title="dashboard", effort_days=10).effort_weeks() == (1.6, 2.0, 3.0)
    assert Request(title="fix", effort_days=1).effort_weeks() == (0.16, 0.2, 0.3)
