"""A damaged index folder, seen from a real `lead` process: every kind of damage gives exit 2 and one line
pointing at `lead index rebuild` (never a traceback), damage Chroma can heal answers as before, and the rebuild
really recovers. The processes run side by side to keep the module fast."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.timeout(300)

REPO = Path(__file__).resolve().parents[2]
JUNK = bytes((i * 131 + 7) % 256 for i in range(8192))
QUERY = "stuck for hours"


def _garbage_sqlite(index: Path) -> None:
    index.mkdir(parents=True)
    (index / "chroma.sqlite3").write_bytes(JUNK)


def _index_is_a_file(index: Path) -> None:
    index.parent.mkdir(parents=True, exist_ok=True)
    index.write_text("not a folder")


def _sqlite_is_a_folder(index: Path) -> None:
    (index / "chroma.sqlite3").mkdir(parents=True)


def _truncated_sqlite(index: Path, good: Path) -> None:
    shutil.copytree(good, index)
    db = index / "chroma.sqlite3"
    with db.open("r+b") as f:
        f.truncate(db.stat().st_size // 3)


def _vector_files_overwritten(index: Path, good: Path) -> None:
    shutil.copytree(good, index)
    for path in index.glob("*/*.bin"):
        path.write_bytes((JUNK * (path.stat().st_size // len(JUNK) + 1))[: path.stat().st_size])


def _vector_folder_deleted(index: Path, good: Path) -> None:
    shutil.copytree(good, index)
    for path in index.iterdir():
        if path.is_dir():
            shutil.rmtree(path)


BROKEN = {"garbage sqlite": _garbage_sqlite, "index is a file": _index_is_a_file,
          "sqlite is a folder": _sqlite_is_a_folder, "truncated sqlite": _truncated_sqlite}
HEALABLE = {"vector files overwritten": _vector_files_overwritten, "vector folder deleted": _vector_folder_deleted}


def _lead(home: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "LEAD_HOME": str(home), "LEAD_BRAIN": "offline", "HF_HUB_OFFLINE": "1",
           "ORT_DISABLE_TELEMETRY": "1", "ANONYMIZED_TELEMETRY": "False"}
    env.pop("LEAD_CHROMA_URL", None)
    env.pop("LEAD_DEBUG", None)
    return subprocess.Popen([sys.executable, "-m", "agent.cli", *args], env=env, cwd=REPO, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture(scope="module")
def runs(tmp_path_factory, lead_home):
    """Every damaged home, queried by `lead retrieve` (and two by `lead ask`) in parallel processes."""
    from knowledge.ingest import index_status

    index_status(ensure=True)  # the healthy session index, copied for the damage that needs a real one
    good = lead_home / "index"
    base = tmp_path_factory.mktemp("damaged")
    procs: dict[tuple[str, str], subprocess.Popen] = {}
    for name, damage in {**BROKEN, **HEALABLE, "healthy": None}.items():
        home = base / name.replace(" ", "-")
        index = home / "index"
        if damage is None:
            shutil.copytree(good, index)
        elif damage.__code__.co_argcount == 2:
            damage(index, good)
        else:
            damage(index)
        procs[(name, "retrieve")] = _lead(home, "retrieve", QUERY, "--mode", "dense", "--json")
    for name in ASKED:
        procs[(name, "ask")] = _lead(base / name.replace(" ", "-"), "ask", "How do I protect focus time?")
    out = {}
    for key, proc in procs.items():
        stdout, stderr = proc.communicate(timeout=240)
        out[key] = (proc.returncode, stdout, stderr)
    return out


ASKED = ("garbage sqlite", "truncated sqlite")
CASES = [(damage, "retrieve") for damage in sorted(BROKEN)] + [(damage, "ask") for damage in ASKED]


@pytest.mark.parametrize(("damage", "command"), CASES)
def test_damaged_index_is_one_line_pointing_at_rebuild(runs, damage, command):
    code, stdout, stderr = runs[(damage, command)]
    assert code == 2, stderr[-2000:]
    assert stderr.startswith("error: ") and stderr.count("\n") == 1, stderr[-2000:]
    assert "lead index rebuild" in stderr
    assert "Traceback" not in stderr and stdout == ""


@pytest.mark.parametrize("damage", sorted(HEALABLE))
def test_damaged_vector_files_heal_and_answer_like_a_healthy_index(runs, damage):
    code, stdout, stderr = runs[(damage, "retrieve")]
    healthy_code, healthy_out, _ = runs[("healthy", "retrieve")]
    assert code == 0 and healthy_code == 0, stderr[-2000:]
    assert [p["id"] for p in json.loads(stdout)] == [p["id"] for p in json.loads(healthy_out)]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_unreadable_index_folder_says_permission_denied_not_rebuild(tmp_path):
    index = tmp_path / "home" / "index"
    _garbage_sqlite(index)
    (index / "chroma.sqlite3").write_bytes(b"")
    index.chmod(0)
    try:
        proc = _lead(tmp_path / "home", "retrieve", QUERY)
        _, stderr = proc.communicate(timeout=120)
    finally:
        index.chmod(0o755)
    assert proc.returncode == 2 and stderr.count("\n") == 1 and "permission denied" in stderr
    assert "do not rebuild" in stderr


def test_rebuild_recovers_after_garbage(tmp_path, monkeypatch, capsys):
    """In process (fast, a small corpus): garbage -> exit 2 -> `lead index rebuild` -> answers again."""
    import knowledge.ingest as ingest
    from agent.cli import main
    from knowledge.corpus import corpus_passages

    monkeypatch.setenv("LEAD_HOME", str(tmp_path / "home"))
    subset = [p for p in corpus_passages() if p.card_id == "two-hour-rule"]
    monkeypatch.setattr(ingest, "corpus_passages", lambda: subset)
    _garbage_sqlite(tmp_path / "home" / "index")
    assert main(["retrieve", QUERY]) == 2
    assert "lead index rebuild" in capsys.readouterr().err
    assert main(["index", "rebuild"]) == 0
    capsys.readouterr()
    assert main(["retrieve", QUERY, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["card_id"] == "two-hour-rule"
