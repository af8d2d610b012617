"""Agent benchmarks on a throwaway LEAD_HOME: warm offline `Copilot.ask` latency (p50/p95 over the
headline questions), a cold `lead ask` in a new process (nothing ingested) against bare Python, and model round trips per
turn for single-tool requests against the scripted OpenAI-compatible server.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.stats import percentile

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "My VP wants Priya off the fraud model on Monday and onto the LLM summarizer. She has two weeks left on a six-week model. How should I respond?",
    "Draft a message to my head of product: the launch may slip; here is our forecast.",
    "Prepare my 1-on-1 with Marco: he is stuck and wants to grow toward tech lead.",
    "Which of these five incoming requests should reach my team at all?",
    "What kind of ML organization are we, and what does that mean for how we staff?",
    "How do I build a culture where people admit failed experiments early?",
]


def run() -> list[dict]:
    """Measure the agent; returns benchmark rows."""
    sys.path.insert(0, str(ROOT))
    from agent.brains.openai_brain import OpenAIBrain
    from agent.service import Copilot
    from knowledge.retrieval import open_retriever
    from lead_core.settings import load_settings
    from tests.support.scripted_openai import ScriptedOpenAI, reply_text, reply_tool
    from tools.team import load_team

    tmp = Path(tempfile.mkdtemp(prefix="lead-bench-agent-"))
    rows: list[dict] = []
    try:
        settings = load_settings(home=tmp, brain="offline")
        retriever = open_retriever(settings)
        team = load_team(ROOT / "examples" / "team.yaml")
        copilot = Copilot(settings, retriever=retriever, today=date(2026, 11, 23))
        for q in QUESTIONS:  # warm-up: encoder, classifier, tool imports
            copilot.ask(q, team=team)
        times = []
        for _ in range(5):
            for q in QUESTIONS:
                start = time.perf_counter()
                copilot.ask(q, team=team)
                times.append((time.perf_counter() - start) * 1000)
        copilot.close()
        p95 = percentile(times, 0.95)
        rows.append({"name": "offline ask warm p50", "value": statistics.median(times), "unit": "ms"})
        rows.append({"name": "offline ask warm p95", "value": p95, "unit": "ms", "target": "< 150 ms", "ok": p95 < 150})

        env = {**os.environ, "LEAD_HOME": str(tmp), "LEAD_BRAIN": "offline"}
        ask = [sys.executable, "-m", "agent.cli", "ask", QUESTIONS[0], "--team", str(ROOT / "examples" / "team.yaml"), "--json"]
        subprocess.run(ask, cwd=ROOT, env=env, check=True, capture_output=True)  # warm the OS file cache
        cold = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run(ask, cwd=ROOT, env=env, check=True, capture_output=True)
            cold.append(time.perf_counter() - start)
        bare = []
        for _ in range(3):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append(time.perf_counter() - start)
        best = min(cold)
        rows.append({"name": "cold lead ask (new process, nothing ingested)", "value": best, "unit": "s", "target": "<= 1.0 s", "ok": best <= 1.0})
        rows.append({"name": "bare python start (python -c pass)", "value": min(bare), "unit": "s"})
        rows.append({"name": "cold lead ask / bare python start", "value": best / max(min(bare), 1e-3), "unit": "x"})

        agenda = {"person": {"name": "Person_1", "role": "ML engineer"}, "minutes": 30, "today": "2026-11-23"}
        single_tool = [
            ("Prepare my 1-on-1 with Marco", reply_tool("build_agenda", agenda)),
            ("Check this note: we will ship on Friday.", reply_tool("lint_message", {"text": "We will ship on Friday."})),
            ("What archetype are we? A central research lab.", reply_tool("score_archetype", {"description": "A central research lab."})),
        ]
        trips = []
        for question, call in single_tool:
            with ScriptedOpenAI([call, reply_text("Done [1].")]) as server:
                s = load_settings(home=tmp, brain="openai", openai_base_url=server.url, openai_api_key="bench", model="scripted")
                remote = Copilot(s, brain=OpenAIBrain(s, backoff_base=0.01), retriever=retriever)
                remote.ask(question, team=team)
                remote.close()
                trips.append(len(server.requests))
        worst = max(trips)
        rows.append({"name": "model round trips per single-tool turn (max)", "value": worst, "unit": "requests", "target": "<= 3", "ok": worst <= 3})
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows
