"""An ingest killed at a random point leaves a consistent index that a re-run completes; locks refuse a second writer."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from lead_core.settings import load_settings
from knowledge.ingest import index_lock, ingest_paths
from knowledge.store import get_collection, open_client

REPO = Path(__file__).resolve().parents[2]


def _make_docs(root: Path, files: int = 60) -> None:
    for i in range(files):
        sections = "\n\n".join(
            f"## Topic {j}\n\nDocument {i} section {j}: notes about rotation {i * 7 + j} and review cadence {j}."
            for j in range(3)
        )
        (root / f"doc{i:03d}.md").write_text(f"# Doc {i}\n\n{sections}\n")


def _snapshot(home: Path) -> dict:
    settings = load_settings(home=home)
    got = get_collection(open_client(settings), settings).get(include=["documents", "metadatas"])
    return {cid: (doc, meta) for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"])}


def _lead(args: list[str], home: Path) -> subprocess.Popen:
    env = {**os.environ, "LEAD_HOME": str(home), "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "agent.cli", *args], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )


@pytest.mark.slow
def test_killed_ingest_is_completed_by_a_rerun(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    _make_docs(docs)
    killed_home, clean_home = tmp_path / "killed", tmp_path / "clean"
    delay = random.uniform(0.0, 1.2)
    proc = _lead(["ingest", str(docs)], killed_home)
    # Wait for the progress bar (the files are being written), then kill at a random point.
    seen = b""
    while b"ingest" not in seen and proc.poll() is None:
        seen += os.read(proc.stderr.fileno(), 4096)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    rerun = _lead(["ingest", str(docs), "--json"], killed_home)
    out, err = rerun.communicate(timeout=180)
    assert rerun.returncode == 0, f"killed after {delay:.2f}s; rerun failed: {err.decode()[-1000:]}"
    ingest_paths([docs], load_settings(home=clean_home))
    killed, clean = _snapshot(killed_home), _snapshot(clean_home)
    assert len(clean) == 60 * 3
    assert killed == clean, f"index differs after a kill at {delay:.2f}s"


def test_concurrent_ingest_in_another_process_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (tmp_path / "a.md").write_text("# A\n\nsome text")
    with index_lock(load_settings(home=home)):
        proc = _lead(["ingest", str(tmp_path / "a.md")], home)
        out, err = proc.communicate(timeout=120)
    assert proc.returncode == 2
    message = err.decode().strip()
    assert message.startswith("error: Another ingest is running") and "\n" not in message
