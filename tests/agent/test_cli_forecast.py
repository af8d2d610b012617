"""`lead simulate` and `lead whatif`: readable tables, JSON output, team-file shortcuts and one-line errors."""

from __future__ import annotations

import json

import pytest

from agent import cli


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_simulate_prints_percentiles_dates_probabilities_and_a_histogram(capsys, repo_root):
    code, out, err = run(capsys, "simulate", str(repo_root / "examples/plan.yaml"), "--trials", "2000")
    assert code == 0 and not err
    assert "P50" in out and "P80" in out and "P95" in out and "2027" in out
    assert "Plan succeeds:" in out and "By the deadline:" in out and "Expected wasted work:" in out
    assert "Portfolio 'Model approach' (parallel)" in out
    assert out.count("#") >= 10


def test_simulate_json_and_overrides(capsys, repo_root):
    code, out, _ = run(capsys, "simulate", str(repo_root / "examples/plan.yaml"), "--json", "--trials", "1000",
                       "--seed", "3", "--deadline", "40")
    data = json.loads(out)
    assert code == 0 and data["trials"] == 1000 and data["seed"] == 3 and data["deadline_days"] == 40
    assert data["p50"]["working_days"] <= data["p80"]["working_days"] <= data["p95"]["working_days"]


def test_simulate_a_project_from_the_team_file(capsys, team_file):
    code, out, _ = run(capsys, "simulate", "--team", str(team_file), "--project", "fraud model v3", "--json",
                       "--trials", "1000")
    data = json.loads(out)
    assert code == 0 and data["trials"] == 1000
    assert data["success_probability"] == pytest.approx(0.85, abs=0.05)
    assert data["p50"]["date"].startswith("2026-12")


def test_whatif_prints_the_table_and_the_recommendation(capsys, repo_root):
    code, out, err = run(capsys, "whatif", str(repo_root / "examples/whatif.yaml"), "--trials", "2000")
    assert code == 0 and not err
    assert "P(meet deadline)" in out and "lost days" in out
    rows = {line.split()[0]: line for line in out.splitlines() if line.strip().startswith(("switch_now", "finish_first"))}
    assert rows["finish_first"].rstrip().endswith("*") and not rows["switch_now"].rstrip().endswith("*")
    assert "Recommendation: finish_first (recommended)" in out
    assert "keeps" in out and "working days that switching now loses" in out


def test_whatif_from_the_team_file_with_flags(capsys, team_file):
    code, out, _ = run(capsys, "whatif", "--team", str(team_file), "--person", "Priya", "--new-weeks", "3,4,6",
                       "--deadline-weeks", "8", "--trials", "2000", "--json")
    data = json.loads(out)
    assert code == 0 and data["recommendation"] == "finish_first" and len(data["strategies"]) == 4


def test_whatif_new_work_file_with_a_person(capsys, team_file, tmp_path):
    new = tmp_path / "new.yaml"
    new.write_text("title: Pricing model\nestimate_low: 1\nestimate_likely: 2\nestimate_high: 3\ndeadline_weeks: 2.5\n")
    code, out, _ = run(capsys, "whatif", str(new), "--team", str(team_file), "--person", "Marco", "--trials", "1000")
    assert code == 0 and "Marco: Churn retraining pipeline" in out and "Pricing model" in out


@pytest.mark.parametrize(
    "argv_tail, content, expected",
    [
        (["simulate"], "tasks:\n  - {name: x, optimistic: 5, most_likely: 2, pessimistic: 9}\n", "optimistic <= most_likely"),
        (["simulate"], "tasks:\n  - {name: x, optimistic: 1, most_likely: 2, pessimistic: 3, depends_on: [y]}\n", "'y'"),
        (["simulate"], "tasks: [\n", "not valid YAML"),
        (["whatif"], "current: {remaining_low: 1, remaining_likely: 2, remaining_high: 3}\n", "new_work"),
        (["whatif"], "- just a list\n", "mapping"),
    ],
)
def test_bad_files_exit_2_with_one_line(capsys, tmp_path, argv_tail, content, expected):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content)
    code, out, err = run(capsys, *argv_tail, str(bad))
    assert code == 2 and not out
    assert err.startswith("error: ") and err.count("\n") == 1 and expected in err


@pytest.mark.parametrize(
    "argv, expected",
    [
        (["simulate", "missing.yaml"], "File not found"),
        (["simulate"], "Pass a plan file"),
        (["simulate", "--team", "TEAM", "--project", "Nope"], "known projects: Fraud model v3"),
        (["whatif", "--team", "TEAM", "--person", "Zed", "--new-weeks", "1,2,3", "--deadline-weeks", "4"], "known people"),
        (["whatif", "--team", "TEAM", "--person", "Priya", "--new-weeks", "1,2"], "three numbers"),
        (["whatif", "--team", "TEAM", "--person", "Priya", "--new-weeks", "3,2,1", "--deadline-weeks", "4"], "estimate_low <="),
        (["simulate", "--team", "TEAM", "--project", "LLM summarizer", "--deadline", "soon"], "--deadline must be"),
    ],
)
def test_argument_errors_exit_2_with_one_line(capsys, team_file, argv, expected):
    argv = [str(team_file) if a == "TEAM" else a for a in argv]
    code, out, err = run(capsys, *argv)
    assert code == 2 and not out
    assert err.startswith("error: ") and err.count("\n") == 1 and expected in err


def test_whatif_file_with_a_person_takes_current_work_from_the_team(capsys, team_file, repo_root):
    code, out, _ = run(capsys, "whatif", str(repo_root / "examples/whatif.yaml"), "--team", str(team_file),
                       "--person", "Aisha", "--trials", "1000")
    assert code == 0 and out.startswith("Aisha: Feature store migration (5 weeks in, 3/4/7 weeks left)")
