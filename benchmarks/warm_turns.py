"""Warm offline turns of the checkout in the working folder, for comparing two checkouts in the same minutes:
`python benchmarks/warm_turns.py ROUNDS QUESTIONS_JSON` answers each question once to warm up, then ROUNDS times,
and prints the CPU milliseconds of each timed turn (every thread's) as a JSON list."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path


def main(rounds: int, questions: list[str]) -> list[float]:
    sys.path.insert(0, os.getcwd())  # the checkout measured, not the one this file came from
    from agent.service import Copilot
    from knowledge.retrieval import open_retriever
    from lead_core.settings import load_settings
    from tools.team import load_team

    with tempfile.TemporaryDirectory(prefix="lead-bench-warm-") as home:
        settings = load_settings(home=Path(home), brain="offline")
        team = load_team(Path("examples") / "team.yaml")
        copilot = Copilot(settings, retriever=open_retriever(settings), today=date(2026, 11, 23))
        for question in questions:
            copilot.ask(question, team=team)
        cpu = []
        for _ in range(rounds):
            for question in questions:
                start = time.process_time()
                copilot.ask(question, team=team)
                cpu.append((time.process_time() - start) * 1000)
        copilot.close()
    return cpu


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]), json.loads(sys.argv[2]))))
