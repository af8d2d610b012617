"""`lead archetype|triage|agenda|draft|lint`: readable output, --json that parses, and one-line errors with exit 2."""

import io
import json

import pytest

from agent import cli


def _run(capsys, *argv):
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ex(repo_root):
    return lambda name: str(repo_root / "examples" / name)


def test_archetype_file_readable_and_json(capsys, ex):
    code, out, _ = _run(capsys, "archetype", ex("archetype.yaml"))
    assert code == 0
    assert "Best match: Product-embedded ML (product_embedded)" in out
    assert "Model ownership: owns_deployed_models" in out
    code, out, _ = _run(capsys, "archetype", ex("archetype.yaml"), "--json")
    data = json.loads(out)
    assert code == 0 and data["top"] == "product_embedded" and abs(sum(data["scores"].values()) - 1) < 1e-3


def test_archetype_describe(capsys):
    code, out, _ = _run(
        capsys, "archetype", "--describe", "Our R&D lab hires PhD researchers who publish papers", "--json"
    )
    data = json.loads(out)
    assert code == 0 and data["top"] == "rnd" and data["inferred"]


def test_archetype_needs_input_and_rejects_bad_answers(capsys, tmp_path):
    code, out, err = _run(capsys, "archetype")
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
    bad = tmp_path / "a.yaml"
    bad.write_text("answers:\n  ml_reports_to: the moon\n")
    code, out, err = _run(capsys, "archetype", str(bad))
    assert code == 2 and "answers.ml_reports_to" in err and err.count("\n") == 1 and out == ""


def test_triage_single_request(capsys, ex):
    code, out, _ = _run(capsys, "triage", ex("request.yaml"))
    assert code == 0 and out.startswith("[decline_with_alternative] Live demo")
    assert "Reply:" in out and "Score: impact 10" in out
    code, out, _ = _run(capsys, "triage", ex("request.yaml"), "--json")
    assert json.loads(out)["decision"] == "decline_with_alternative"


def test_triage_bare_request_with_team(capsys, ex, tmp_path):
    req = tmp_path / "r.yaml"
    req.write_text(
        "title: Move Priya now\nkind: feature\nurgency: high\nimpact: high\neffort_days: 20\ninterrupts: [Priya]\n"
    )
    code, out, _ = _run(capsys, "triage", str(req), "--team", ex("team.yaml"), "--today", "2026-11-23", "--json")
    data = json.loads(out)
    assert code == 0 and data["decision"] == "negotiate" and data["suggested_date"] == "2026-12-07"


def test_triage_whole_inbox(capsys, ex):
    code, out, _ = _run(capsys, "triage", "--team", ex("team.yaml"), "--today", "2026-11-23")
    assert code == 0
    assert out.splitlines()[2].startswith("[pass_to_team] Fraud alerts")
    assert "Interruption budget used: 1 of 3 team days this week." in out
    code, out, _ = _run(capsys, "triage", "--team", ex("team.yaml"), "--today", "2026-11-23", "--json")
    data = json.loads(out)
    assert data["budget_used_days"] <= data["budget_days"] and len(data["decisions"]) == 5


def test_triage_errors_are_one_line(capsys, tmp_path, ex):
    code, _, err = _run(capsys, "triage")
    assert code == 2 and err.count("\n") == 1
    bad = tmp_path / "r.yaml"
    bad.write_text("title: x\nkind: party\n")
    code, _, err = _run(capsys, "triage", str(bad))
    assert code == 2 and "kind" in err and err.count("\n") == 1
    bad.write_text("title: x\ninterrupts: [Zed]\n")
    code, _, err = _run(capsys, "triage", str(bad), "--team", ex("team.yaml"))
    assert code == 2 and "Zed" in err and err.count("\n") == 1
    code, _, err = _run(capsys, "triage", "--team", ex("team.yaml"), "--today", "yesterday")
    assert code == 2 and "--today" in err


def test_agenda_from_file_and_team(capsys, ex, tmp_path):
    code, out, _ = _run(capsys, "agenda", ex("agenda.yaml"))
    assert code == 0 and out.startswith("# 1-on-1 with Marco (30 min, 2026-11-23)")
    assert "1. **Unblock:" in out
    md = tmp_path / "out.md"
    code, out, _ = _run(
        capsys,
        "agenda",
        "--team",
        ex("team.yaml"),
        "--person",
        "priya",
        "--minutes",
        "45",
        "--today",
        "2026-11-23",
        "--json",
        "--markdown",
        str(md),
    )
    data = json.loads(out)
    assert code == 0 and data["person"] == "Priya" and sum(i["minutes"] for i in data["items"]) == 45
    assert md.read_text().startswith("# 1-on-1 with Priya (45 min")


def test_agenda_errors(capsys, ex):
    code, _, err = _run(capsys, "agenda", "--team", ex("team.yaml"), "--person", "Zed")
    assert code == 2 and "Zed" in err and err.count("\n") == 1
    code, _, err = _run(capsys, "agenda", "--team", ex("team.yaml"), "--person", "Tom", "--minutes", "5")
    assert code == 2 and "minutes" in err and err.count("\n") == 1
    code, _, err = _run(capsys, "agenda")
    assert code == 2 and err.count("\n") == 1


def test_draft(capsys, ex):
    code, out, _ = _run(capsys, "draft", ex("draft.yaml"))
    assert code == 0 and out.startswith("Subject: Priya finishes Fraud model v3 first")
    assert "lint: clean" in out
    code, out, _ = _run(capsys, "draft", ex("draft.yaml"), "--json")
    data = json.loads(out)
    assert data["lint"]["clean"] is True and "My recommendation:" in data["body"]


def test_draft_bad_input(capsys, tmp_path):
    bad = tmp_path / "d.yaml"
    bad.write_text("audience: board\npurpose: progress_update\n")
    code, out, err = _run(capsys, "draft", str(bad))
    assert code == 2 and "audience" in err and err.count("\n") == 1 and out == ""


def test_lint_exit_codes(capsys, ex, tmp_path, monkeypatch):
    code, out, _ = _run(capsys, "lint", ex("message.txt"))
    assert code == 1
    assert "[certainty]" in out and "[blame]" in out and "[single-date-promise]" in out
    code, out, _ = _run(capsys, "lint", ex("message.txt"), "--json")
    assert code == 1 and json.loads(out)["clean"] is False
    monkeypatch.setattr(
        "sys.stdin", io.StringIO("Decision needed: approve one engineer. It cuts fraud losses. Could you confirm?")
    )
    code, out, _ = _run(capsys, "lint", "-")
    assert code == 0 and out.startswith("Clean:")
    code, _, err = _run(capsys, "lint", str(tmp_path / "missing.txt"))
    assert code == 2 and err.count("\n") == 1
    empty = tmp_path / "e.txt"
    empty.write_text("  \n")
    code, _, err = _run(capsys, "lint", str(empty))
    assert code == 2 and "empty" in err
