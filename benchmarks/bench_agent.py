"""Agent benchmarks on a throwaway LEAD_HOME: warm offline `Copilot.ask` latency (p50/p95 over the
headline questions), a cold `lead ask` in a new process (nothing ingested) against bare Python, and model round trips per
turn for single-tool requests against the scripted OpenAI-compatible server.

The cold `lead ask` runs the way a user's install does: bytecode and the user cache folder (first names, the
optimised embedding graph) written by a first run and read by the next ones, both kept in private folders of the
throwaway home, so neither the caller's environment (PYTHONDONTWRITEBYTECODE) nor other installs sharing ~/.cache
decide the figure. `LEAD_BENCH_BASELINE=<another checkout>` also runs that checkout's cold ask, alternating with this
one, for a paired before/after in the same minutes.
"""

from __future__ import annotations

import json
import os
import resource
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
        times, cpu = [], []
        for _ in range(5):
            for q in QUESTIONS:
                start, start_cpu = time.perf_counter(), time.process_time()
                copilot.ask(q, team=team)
                times.append((time.perf_counter() - start) * 1000)
                cpu.append((time.process_time() - start_cpu) * 1000)  # every thread's, the embedding workers' too
        copilot.close()
        p95 = percentile(times, 0.95)
        rows.append({"name": "offline ask warm p50", "value": statistics.median(times), "unit": "ms"})
        rows.append({"name": "offline ask warm p95", "value": p95, "unit": "ms", "target": "< 150 ms", "ok": p95 < 150})
        rows.append({"name": "offline ask warm, CPU per turn (median)", "value": statistics.median(cpu), "unit": "ms"})

        rows += _cold_rows(tmp)

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


def _cold_env(home: Path) -> dict[str, str]:
    """A new process's environment: the throwaway home, and bytecode and user caches of its own."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "LEAD_HOME": str(home), "LEAD_BRAIN": "offline", "PYTHONPYCACHEPREFIX": str(home / "bytecode"), "XDG_CACHE_HOME": str(home / "cache")}


def _timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _ask(root: Path) -> list[str]:
    return [sys.executable, "-m", "agent.cli", "ask", QUESTIONS[0], "--team", str(root / "examples" / "team.yaml"), "--json"]


def _cold_rows(tmp: Path) -> list[dict]:
    """Cold `lead ask` (min of 3 wall and CPU) against bare Python; with no bytecode written; and, when
    LEAD_BENCH_BASELINE names another checkout, that checkout's, run alternately with this one."""
    baseline = Path(os.environ["LEAD_BENCH_BASELINE"]).resolve() if os.environ.get("LEAD_BENCH_BASELINE") else None
    roots = {"": ROOT, **({"baseline": baseline} if baseline else {})}
    envs = {name: _cold_env(tmp / f"cold{name}") for name in roots}
    for name, root in roots.items():
        _timed(_ask(root), root, envs[name])  # writes the bytecode and user caches, warms the OS file cache
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in roots}
    for i in range(3):
        for name in sorted(roots, reverse=i % 2 == 1):
            runs[name].append(_timed(_ask(roots[name]), roots[name], envs[name]))
    # As runs A-F (to 2026-12-05 07:25 UTC) ran on the shared machine: bytecode neither written nor read from a private folder, so the
    # project's own modules (never compiled in this checkout) are compiled at every start.
    as_before = {k: v for k, v in envs[""].items() if k != "PYTHONPYCACHEPREFIX"} | {"PYTHONDONTWRITEBYTECODE": "1"}
    uncached = [_timed(_ask(ROOT), ROOT, as_before) for _ in range(3)]
    bare = [_timed([sys.executable, "-c", "pass"], ROOT, envs[""]) for _ in range(3)]
    best, cpu = min(w for w, _ in runs[""]), min(c for _, c in runs[""])
    bare_wall = min(w for w, _ in bare)
    rows = [
        {"name": "cold lead ask (new process, nothing ingested)", "value": best, "unit": "s", "target": "<= 1.0 s", "ok": best <= 1.0},
        {"name": "cold lead ask, CPU (user + system)", "value": cpu, "unit": "s"},
        {"name": "cold lead ask, PYTHONDONTWRITEBYTECODE=1 (as runs A-F)", "value": min(w for w, _ in uncached), "unit": "s"},
        {"name": "cold lead ask, PYTHONDONTWRITEBYTECODE=1, CPU", "value": min(c for _, c in uncached), "unit": "s"},
        {"name": "bare python start (python -c pass)", "value": bare_wall, "unit": "s"},
        {"name": "cold lead ask / bare python start", "value": best / max(bare_wall, 1e-3), "unit": "x"},
    ]
    if baseline:
        base_wall, base_cpu = min(w for w, _ in runs["baseline"]), min(c for _, c in runs["baseline"])
        rows += [
            {"name": f"baseline cold lead ask ({baseline.name})", "value": base_wall, "unit": "s"},
            {"name": "baseline cold lead ask, CPU", "value": base_cpu, "unit": "s"},
            {"name": "cold lead ask CPU / baseline's (paired)", "value": cpu / max(base_cpu, 1e-3), "unit": "x"},
        ]
        rows += _paired_warm_rows(baseline, envs)
    return rows


def _paired_warm_rows(baseline: Path, envs: dict[str, dict[str, str]], rounds: int = 2) -> list[dict]:
    """Median CPU per warm turn of this checkout and the baseline, each in its own processes, alternating."""
    script = [sys.executable, str(ROOT / "benchmarks" / "warm_turns.py"), "5", json.dumps(QUESTIONS)]
    roots = {"": ROOT, "baseline": baseline}
    cpu: dict[str, list[float]] = {name: [] for name in roots}
    for i in range(rounds):
        for name in sorted(roots, reverse=i % 2 == 1):
            done = subprocess.run(script, cwd=roots[name], env=envs[name], check=True, capture_output=True, text=True)
            cpu[name] += json.loads(done.stdout.strip().splitlines()[-1])
    this, base = statistics.median(cpu[""]), statistics.median(cpu["baseline"])
    return [
        {"name": "warm turn CPU, median (paired run)", "value": this, "unit": "ms"},
        {"name": "baseline warm turn CPU, median (paired run)", "value": base, "unit": "ms"},
        {"name": "warm turn CPU / baseline's (paired)", "value": this / max(base, 1e-3), "unit": "x"},
    ]
