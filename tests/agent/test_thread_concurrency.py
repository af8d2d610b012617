"""Concurrent turns on one conversation: ten `lead ask --thread same` processes at once, and threads of one
process, are serialised per conversation, so every turn is saved and none is silently lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from agent.service import Copilot
from lead_core.settings import load_settings
from tests.agent.conftest import TODAY

pytestmark = pytest.mark.timeout(600)
REPO = Path(__file__).resolve().parents[2]
QUESTIONS = [f"Question {n}: how often should I hold one-on-ones with engineer {n}?" for n in range(10)]


def _saved_questions(home: Path, thread: str, retriever) -> list[str]:
    copilot = Copilot(load_settings(home=home, brain="offline"), retriever=retriever)
    try:
        history = copilot.history(thread)
    finally:
        copilot.close()
    assert [m["role"] for m in history] == ["user", "assistant"] * (len(history) // 2)
    return [m["content"] for m in history if m["role"] == "user"]


def test_ten_parallel_processes_on_one_thread_all_save_their_turn(tmp_path, lead_home, retriever):
    home = tmp_path / "home"
    if (lead_home / "index").is_dir():  # the session's built index, if any: no process rebuilds it
        shutil.copytree(lead_home / "index", home / "index")
    env = {**os.environ, "LEAD_HOME": str(home), "LEAD_BRAIN": "offline", "HF_HUB_OFFLINE": "1",
           "ORT_DISABLE_TELEMETRY": "1", "ANONYMIZED_TELEMETRY": "False"}
    procs = [subprocess.Popen([sys.executable, "-m", "agent.cli", "ask", q, "--thread", "same"], env=env, cwd=REPO,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for q in QUESTIONS]
    results = [(p.wait(timeout=540), p.stdout.read(), p.stderr.read()) for p in procs]
    for code, _, err in results:
        assert code == 0, err[-2000:]
    assert sorted(_saved_questions(home, "same", retriever)) == sorted(QUESTIONS)


def test_parallel_threads_of_one_process_all_save_their_turn(tmp_path, retriever):
    copilot = Copilot(load_settings(home=tmp_path, brain="offline"), retriever=retriever,
                      checkpointer_path=tmp_path / "conversations.sqlite", today=TODAY)
    errors: list[BaseException] = []

    def ask(question: str) -> None:
        try:
            copilot.ask(question, thread_id="shared")
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=ask, args=(q,)) for q in QUESTIONS[:6]]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=300)
    copilot.close()
    assert not errors, errors
    assert sorted(_saved_questions(tmp_path, "shared", retriever)) == sorted(QUESTIONS[:6])
